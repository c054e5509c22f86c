import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const VOICES = fileURLToPath(new URL('../../public/voices/', import.meta.url));

/** Each language's recorded voice files (public/voices/<lang>/<key>.ogg), as their keys, sorted. */
export function voiceFiles(dir: string = VOICES): Record<string, string[]> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && /^[a-z]{2}$/.test(entry.name))
      .map((entry) => [
        entry.name,
        readdirSync(join(dir, entry.name))
          .filter((file) => /^[0-9a-f]+\.ogg$/.test(file))
          .map((file) => file.slice(0, -'.ogg'.length))
          .sort(),
      ]),
  );
}

/**
 * voices/<lang>/index.json in the build: the list a kiosk's organiser panel reads to keep every
 * voice of the event's languages on the device (src/platform/keptVoices.ts). Written from the
 * folder at each build, so it cannot drift from the files it lists.
 */
export function voiceLists(dir: string = VOICES): Plugin {
  return {
    name: 'voice-lists',
    apply: 'build',
    generateBundle() {
      for (const [lang, keys] of Object.entries(voiceFiles(dir)))
        this.emitFile({ type: 'asset', fileName: `voices/${lang}/index.json`, source: JSON.stringify(keys) });
    },
  };
}
