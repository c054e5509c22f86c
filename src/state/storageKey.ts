/** The one localStorage key the game writes, and its record's version (their own module so the early entry can read them without the rest). */
export const STORAGE_KEY = 'tiko-safe-online';
export const STORAGE_VERSION = 1;
