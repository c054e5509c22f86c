/**
 * The open sets the game's art comes from, for the credits screen and the README. Names and
 * licences are proper names, the same in every language; what each is used for is a text key.
 */
export interface ArtCredit {
  /** Which part of the game it draws: `art.credits.<use>` in common.json. */
  use: 'people' | 'things' | 'icons' | 'emoji' | 'tiko';
  /** The set's own name. */
  set: string;
  /** Who made it; none for what the game's team made itself. */
  author?: string;
  licence: string;
}

export const ART_CREDITS: readonly ArtCredit[] = [
  { use: 'people', set: 'Open Peeps (DiceBear)', author: 'Pablo Stanley', licence: 'CC0 1.0' },
  { use: 'things', set: 'Fluent Emoji', author: 'Microsoft', licence: 'MIT' },
  { use: 'icons', set: 'Lucide', author: 'Lucide', licence: 'ISC' },
  // Drawn only on devices without an emoji font of their own (scripts/vite/fontPlan.ts planEmoji).
  { use: 'emoji', set: 'Noto Emoji', author: 'Google', licence: 'SIL OFL 1.1' },
  { use: 'tiko', set: 'Tiko', licence: 'MIT' },
];
