/**
 * How each world looks: its colours, for the canvas (scenes/illustrations.ts) and the page (the
 * `.world-<family>` rules, written into the build's stylesheet by vite.config.ts), and where it
 * sits on the map. Keyed by every risk family, so a new world does not compile until it is coloured
 * and placed. Pure data: Node reads it at build time.
 */
import { RISK_FAMILIES, type RiskFamily } from '../content/types.ts';

export interface WorldColours {
  /** The landmark, the world's name and borders: text colour on white and on `background`. */
  main: string;
  /** The light fill of the world's buttons. */
  background: string;
}

export interface WorldTheme extends WorldColours {
  /** For html[data-contrast='high']: darker, on white. */
  highContrast: WorldColours;
}

export const WORLD_THEMES: Record<RiskFamily, WorldTheme> = {
  contact: { main: '#6a3fb5', background: '#f1eafd', highContrast: { main: '#4b2590', background: '#ffffff' } },
  content: { main: '#0b7285', background: '#e3f6f8', highContrast: { main: '#054b58', background: '#ffffff' } },
  conduct: { main: '#b6461a', background: '#fdeee6', highContrast: { main: '#7a2a08', background: '#ffffff' } },
  contract: { main: '#2b7a0b', background: '#eaf6e3', highContrast: { main: '#1a4d05', background: '#ffffff' } },
};

/** Map positions as fractions of the picture area, read from the start side. */
export const MAP_POSITIONS: Record<RiskFamily, readonly [x: number, y: number]> = {
  contact: [0.16, 0.7],
  content: [0.4, 0.3],
  conduct: [0.63, 0.72],
  contract: [0.86, 0.32],
};

/** The stylesheet's world rules: `--world` and `--world-bg` for each world, and in high contrast. */
export function worldColourCss(): string {
  const rule = (selector: string, c: WorldColours) => `${selector} { --world: ${c.main}; --world-bg: ${c.background}; }`;
  return RISK_FAMILIES.flatMap((family) => {
    const theme = WORLD_THEMES[family];
    return [rule(`.world-${family}`, theme), rule(`html[data-contrast='high'] .world-${family}`, theme.highContrast)];
  }).join('\n');
}
