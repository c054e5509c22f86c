/**
 * The Chinese faces' stylesheet comes only when the game speaks Chinese (the other players'
 * first download stays smaller). Until it arrives, the device's Chinese fonts draw the words.
 */
let requested: Promise<unknown> | null = null;

export function loadChineseFonts(lang: string): void {
  if (lang !== 'zh' || requested) return;
  requested = import('../ui/fonts-zh.css').catch((error: unknown) => {
    requested = null; // offline for now: the device's fonts draw, and the next switch tries again
    console.warn('[fonts] The Chinese fonts could not be downloaded; the device’s fonts draw the words.', error);
  });
}
