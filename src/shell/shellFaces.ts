/**
 * The language picker's Arabic and Chinese names in their own faces from the first layout on.
 * Before a web face has arrived, the browser looks for a device font that has those letters,
 * and on a slow machine that search cost the first screen more than everything else in its
 * layout. The two tiny faces come inside the page instead (scripts/vite/firstScreen.ts), and a
 * face made from bytes is ready at once: the search never happens, and no name changes width
 * when its face arrives. The stylesheet's own rules for them stay, unused unless this fails.
 */
import { SHELL_FACES_ID, type ShellFace } from './shellContract';

function bytes(base64: string): ArrayBuffer {
  const text = atob(base64);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out.buffer;
}

export function addShellFaces(): void {
  try {
    const faces = JSON.parse(document.getElementById(SHELL_FACES_ID)?.textContent ?? '[]') as ShellFace[];
    for (const face of faces)
      document.fonts.add(
        new FontFace(face.family, bytes(face.data), { weight: face.weight, unicodeRange: face.unicodeRange, display: 'swap' }),
      );
  } catch {
    // A browser without the Font Loading API: the stylesheet's rules fetch the same faces.
  }
}
