/** The one localStorage key the game writes (its own module so the early entry can read it without the rest). */
export const STORAGE_KEY = 'tiko-safe-online';
