/**
 * The name of a line's recorded voice file (public/voices/<lang>/<key>.ogg): a hash of the line's
 * words, so a changed line gets a new file and an unchanged one keeps its own. Spaces are folded
 * (French typography adds narrow no-break spaces at load time) so the page and the script agree.
 * scripts/voices.mjs has the same function (a unit test keeps them equal).
 */
export function voiceText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\u00a0\u202f]+/gu, ' ')
    .trim();
}

export function voiceKey(text: string): string {
  const s = voiceText(text);
  // FNV-1a, 32 bits, over UTF-16 code units: tiny, and the same in the browser and in Node.
  let hash = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    hash ^= s.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
