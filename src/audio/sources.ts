/** Each sound in two formats: WebM/Opus for most browsers, MP3 for Safari. */
const urls = import.meta.glob<string>('../../assets/audio/*.{webm,mp3}', { query: '?url', import: 'default', eager: true });

export function soundSources(name: string): string[] {
  return ['webm', 'mp3'].map((ext) => urls[`../../assets/audio/${name}.${ext}`]).filter((u): u is string => !!u);
}
