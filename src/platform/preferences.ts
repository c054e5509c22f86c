/**
 * The device's wishes for motion and contrast, which count until the child chooses in Settings.
 * Read by the DOM layer (html data attributes) and the stage (still poses) alike.
 */
const matches = (query: string) => typeof matchMedia === 'function' && matchMedia(query).matches;

export const CONTRAST_QUERY = '(prefers-contrast: more)';

export function effectiveReducedMotion(setting: boolean | null): boolean {
  return setting ?? matches('(prefers-reduced-motion: reduce)');
}

export function effectiveHighContrast(setting: boolean | null): boolean {
  return setting ?? matches(CONTRAST_QUERY);
}
