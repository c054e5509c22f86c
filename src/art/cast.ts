/**
 * The people of the stories, as Open Peeps (Pablo Stanley, CC0) drawn by DiceBear at build
 * time (scripts/vite/storyArt.ts): each is a fixed set of the style's options, so a child who
 * meets Leo in two stories meets the same Leo. Pure data: no drawing happens here.
 */

/** How a person looks at a moment of a story. Nobody is ever drawn in fear or anger. */
export const FEELINGS = ['calm', 'worried', 'thinking', 'relieved', 'proud'] as const;
export type Feeling = (typeof FEELINGS)[number];

/** Open Peeps' face for each feeling. */
export const PEEP_FACE: Record<Feeling, string> = {
  calm: 'calm',
  worried: 'concerned',
  thinking: 'serious',
  relieved: 'smile',
  proud: 'smileBig',
};

export interface Person {
  /** The English word the stories use for this person, so a test can check the picture against the text. */
  cue: RegExp;
  head: string;
  skin: string;
  clothes: string;
  hair: string;
  accessories?: string;
  facialHair?: string;
  /** Grown-ups in the stories only ever look calm or glad. */
  grownUp?: boolean;
}

const look = (cue: RegExp, head: string, skin: string, clothes: string, hair: string, extra: Partial<Person>): Person => ({
  cue,
  head,
  skin,
  clothes,
  hair,
  ...extra,
});
const kid = (cue: RegExp, head: string, skin: string, clothes: string, hair: string, accessories?: string): Person =>
  look(cue, head, skin, clothes, hair, accessories ? { accessories } : {});
const adult = (cue: RegExp, head: string, skin: string, clothes: string, hair: string, extra: Partial<Person> = {}): Person =>
  look(cue, head, skin, clothes, hair, { grownUp: true, ...extra });

// Skin: ffdbb4 edb98a d08b5b ae5d29 694d3d. Clothes: e78276 ffcf77 fdea6b 78e185 9ddadb 8fa7df e279c7.
export const CAST = {
  maya: kid(/\bMaya\b/, 'long', 'd08b5b', '78e185', '2c1b18'),
  omar: kid(/\bOmar\b/, 'short2', 'ae5d29', '8fa7df', '2c1b18'),
  nina: kid(/\bNina\b/, 'buns', 'edb98a', 'e279c7', '724133'),
  leo: kid(/\bLeo\b/, 'short4', 'ffdbb4', 'fdea6b', 'b58143'),
  sara: kid(/\bSara\b/, 'hijab', 'd08b5b', '9ddadb', '2c1b18'),
  nora: kid(/\bNora\b/, 'bantuKnots', '694d3d', 'ffcf77', '2c1b18'),
  adam: kid(/\bAdam\b/, 'afro', '694d3d', 'e78276', '2c1b18'),
  lina: kid(/\bLina\b/, 'bangs', 'ffdbb4', '8fa7df', '4a312c', 'glasses'),
  zara: kid(/\bZara\b/, 'twists', 'ae5d29', '78e185', '2c1b18'),
  sofia: kid(/\bSofia\b/, 'longCurly', 'edb98a', 'e78276', 'a55728'),
  tom: kid(/\bTom\b/, 'short1', 'ffdbb4', '9ddadb', 'd6b370'),
  sami: kid(/\bSami\b/, 'short5', 'd08b5b', 'ffcf77', '2c1b18'),
  anna: kid(/\bAnna\b/, 'bun', 'ffdbb4', 'fdea6b', 'c93305'),
  max: kid(/\bMax\b/, 'mohawk', 'edb98a', '78e185', '4a312c'),
  ben: kid(/\bBen\b/, 'flatTop', 'ae5d29', 'e279c7', '2c1b18'),
  jay: kid(/\bJay\b/, 'cornrows', '694d3d', '8fa7df', '2c1b18'),
  mia: kid(/\bMia\b/, 'mediumBangs', 'd08b5b', 'e78276', '2c1b18'),
  mayaDad: adult(/\bdad\b/i, 'noHair2', 'd08b5b', '8fa7df', '2c1b18', { facialHair: 'full' }),
  omarMum: adult(/\bmum\b/i, 'hijab', 'ae5d29', 'e279c7', '2c1b18'),
  ninaGran: adult(/\bgran\b/i, 'grayBun', 'edb98a', '9ddadb', 'e8e1e1', { accessories: 'glasses2' }),
  leoDad: adult(/\bdad\b/i, 'short3', 'ffdbb4', '78e185', 'b58143', { facialHair: 'moustache1' }),
  leoMum: adult(/\bmum\b/i, 'medium1', 'ffdbb4', 'ffcf77', 'a55728'),
  saraAunt: adult(/\baunt\b/i, 'turban', 'd08b5b', 'e78276', '2c1b18'),
  noraTeacher: adult(/\bteacher\b/i, 'grayShort', '694d3d', '8fa7df', 'e8e1e1', { accessories: 'glasses3' }),
  adamDad: adult(/\bdad\b/i, 'dreads1', '694d3d', 'ffcf77', '2c1b18', { facialHair: 'goatee1' }),
  adamGrandpa: adult(/\bgrandpa\b/i, 'noHair1', '694d3d', '9ddadb', 'e8e1e1', { facialHair: 'full2', accessories: 'glasses' }),
  linaMum: adult(/\bmum\b/i, 'long', 'ffdbb4', '78e185', '4a312c'),
  linaTeacher: adult(/\bteacher\b/i, 'pomp', 'edb98a', 'ffcf77', '2c1b18', { accessories: 'glasses4' }),
  zaraDad: adult(/\bdad\b/i, 'shaved2', 'ae5d29', '9ddadb', '2c1b18', { facialHair: 'chin' }),
  tomDad: adult(/\bdad\b/i, 'short2', 'ffdbb4', 'e78276', 'd6b370', { facialHair: 'full3' }),
  benDad: adult(/\bdad\b/i, 'flatTop', 'ae5d29', 'fdea6b', '2c1b18', { accessories: 'glasses5' }),
  samiMum: adult(/\bmum\b/i, 'mediumStraight', 'd08b5b', '8fa7df', '2c1b18'),
  annaDad: adult(/\bdad\b/i, 'medium3', 'ffdbb4', '78e185', 'c93305', { facialHair: 'full4' }),
} satisfies Record<string, Person>;

export type CastId = keyof typeof CAST;

/** The feelings a person is drawn with: grown-ups calm or glad only. */
export function feelingsOf(id: CastId): readonly Feeling[] {
  return (CAST[id] as Person).grownUp ? (['calm', 'relieved'] as const) : FEELINGS;
}
