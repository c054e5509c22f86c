/**
 * Each world's badge, drawn differently (not the same star four times), and the stickers of the
 * album: pure descriptions, turned into SVG at build time by scripts/vite/storyArt.ts.
 */
import type { RiskFamily } from '../content/types';

export interface BadgeDesign {
  /** The badge's outline: a shield, a lens, a flower, a hexagon. */
  shape: 'shield' | 'round' | 'flower' | 'hexagon';
  /** Fluent Emoji Flat's name for the emblem in the middle. */
  emblem: string;
}

export const BADGES: Record<RiskFamily, BadgeDesign> = {
  // Who you talk to: a shield around a real friendship.
  contact: { shape: 'shield', emblem: 'handshake' },
  // What you see: a detective's lens.
  content: { shape: 'round', emblem: 'magnifying-glass-tilted-left' },
  // How you act: a flower around a kind heart.
  conduct: { shape: 'flower', emblem: 'red-heart' },
  // Tricks and deals: a strong hexagon around a key.
  contract: { shape: 'hexagon', emblem: 'key' },
};

/** Each world's mini-game sticker, whatever its mechanic. */
export const GAME_STICKERS: Record<RiskFamily, string> = {
  contact: 'speech-balloon',
  content: 'detective',
  conduct: 'sparkles',
  contract: 'shield',
};

/** The outline of each shape in a 100 × 100 box. */
export function badgePath(shape: BadgeDesign['shape']): string {
  switch (shape) {
    case 'shield':
      return 'M50 4 L90 16 Q92 62 50 96 Q8 62 10 16 Z';
    case 'round':
      return 'M50 4 A46 46 0 1 1 49.9 4 Z';
    case 'hexagon':
      return 'M50 3 L91 26.5 L91 73.5 L50 97 L9 73.5 L9 26.5 Z';
    case 'flower': {
      // Eight petals round a centre.
      const petals = Array.from({ length: 8 }, (_, i) => {
        const a = (i * Math.PI) / 4;
        const x = (50 + Math.cos(a) * 30).toFixed(1);
        const y = (50 + Math.sin(a) * 30).toFixed(1);
        return `M${x} ${y} m-18 0 a18 18 0 1 0 36 0 a18 18 0 1 0 -36 0`;
      });
      return `${petals.join(' ')} M50 50 m-32 0 a32 32 0 1 0 64 0 a32 32 0 1 0 -64 0`;
    }
  }
}
