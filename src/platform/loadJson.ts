/**
 * Reads a configuration file beside the game. Missing, unreachable or broken
 * files give `undefined` and one console warning: the game then uses its defaults.
 */
export async function loadJson(path: string): Promise<unknown> {
  try {
    const response = await fetch(path, { cache: 'no-cache' });
    if (!response.ok) {
      console.warn(`[config] ${path} was not found (${response.status}); using the defaults.`);
      return undefined;
    }
    return await response.json();
  } catch (error) {
    console.warn(`[config] ${path} could not be read; using the defaults.`, error);
    return undefined;
  }
}
