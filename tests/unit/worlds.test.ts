/**
 * A world is added in several places (README: "Adding a world"). Each test here fails while one
 * of them is missing, so a world can never be half added: the type checker catches most
 * (Record<RiskFamily, …>), these catch the files and the words.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MUSIC } from '../../src/audio/audio';
import { DEFAULT_KIOSK } from '../../src/engine/siteConfig';
import { FIRST_WORLD, RISK_FAMILIES, WORLDS } from '../../src/content';
import { LANG_CODES } from '../../src/i18n/languages';
import { WORLD_COLOURS, drawLandmark } from '../../src/scenes/illustrations';
import { colourNumber } from '../../src/art/shapes';
import { MAP_POSITIONS, WORLD_THEMES, worldColourCss } from '../../src/theme/worlds';
import { flatten, namespaces } from '../support/locales';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5]
      .map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** A stand-in for Phaser's Graphics that counts what is drawn. */
function recorder() {
  const calls: string[] = [];
  const g: object = new Proxy(
    {},
    {
      get: (_, name) => () => {
        calls.push(String(name));
        return g;
      },
    },
  );
  return { g: g as Parameters<typeof drawLandmark>[0], calls };
}

describe('the world list', () => {
  it('has one world for each risk family, and the first opens the game', () => {
    expect(WORLDS.map((w) => w.family).sort()).toEqual([...RISK_FAMILIES].sort());
    expect(FIRST_WORLD).toBe(WORLDS[0]);
  });
});

describe.each(RISK_FAMILIES)('the %s world has all its parts', (family) => {
  const world = WORLDS.find((w) => w.family === family)!;

  it('stories and a mini-game of its own', () => {
    expect(world.name).toBe(`common:world.${family}`);
    expect(world.scenarios.length).toBeGreaterThan(0);
    for (const s of world.scenarios) expect(s.family, s.id).toBe(family);
    expect(world.game.family).toBe(family);
  });

  it('colours that read well on white and on its own background, in both contrasts', () => {
    const theme = WORLD_THEMES[family];
    for (const c of [theme, theme.highContrast]) for (const hex of [c.main, c.background]) expect(hex).toMatch(/^#[0-9a-f]{6}$/);
    expect(contrast(theme.main, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(theme.main, theme.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(theme.highContrast.main, theme.highContrast.background)).toBeGreaterThanOrEqual(7);
    expect(WORLD_COLOURS[family]).toBe(colourNumber(theme.main));
    expect(worldColourCss()).toContain(`.world-${family} { --world: ${theme.main}; --world-bg: ${theme.background}; }`);
    expect(worldColourCss()).toContain(`html[data-contrast='high'] .world-${family} { --world: ${theme.highContrast.main};`);
  });

  it('a place on the map and a landmark drawn there', () => {
    for (const f of MAP_POSITIONS[family]) expect(f > 0 && f < 1).toBe(true);
    const { g, calls } = recorder();
    drawLandmark(g, family, 100, 100, 50, WORLD_COLOURS[family]);
    expect(calls.filter((c) => c.startsWith('fill') && c !== 'fillStyle').length).toBeGreaterThanOrEqual(2);
  });

  // The express tour (issue 14) is two stories and a mini-game, about three minutes: never two from one world.
  it("at most one story in a kiosk's express tour", () => {
    const ids = new Set(world.scenarios.map((s) => s.id));
    expect(DEFAULT_KIOSK.tour.scenarios.filter((id) => ids.has(id)).length).toBeLessThanOrEqual(1);
  });

  it('its own music, in both formats', () => {
    expect(MUSIC).toContain(family);
    for (const ext of ['webm', 'mp3']) expect(existsSync(join(ROOT, 'assets', 'audio', `music-${family}.${ext}`)), ext).toBe(true);
    expect(readFileSync(join(ROOT, 'scripts', 'make-sounds.mjs'), 'utf8')).toContain(`'music-${family}'`);
  });

  it.each(LANG_CODES)('its stories, game and guide in %s, and its name and description', (lang) => {
    expect(namespaces(lang)).toEqual(expect.arrayContaining([family, `${family}-game`, `${family}-guide`]));
    const words = flatten(lang);
    for (const key of [`common:world.${family}`, `common:worldAbout.${family}`]) expect(words.get(key)?.trim(), key).toBeTruthy();
  });
});

it('keeps no positions on the map or word files for a world that is not in the list', () => {
  expect(Object.keys(MAP_POSITIONS).sort()).toEqual([...RISK_FAMILIES].sort());
  expect(Object.keys(WORLD_THEMES).sort()).toEqual([...RISK_FAMILIES].sort());
  const families = new Set<string>(RISK_FAMILIES);
  // Besides the worlds' files: the interface (common) and the teachers' lesson packs (lesson).
  for (const ns of namespaces('en'))
    expect(ns === 'common' || ns === 'lesson' || families.has(ns.replace(/-(game|guide)$/, '')), ns).toBe(true);
  const positions = RISK_FAMILIES.map((f) => MAP_POSITIONS[f].join());
  expect(new Set(positions).size, 'two worlds on one spot').toBe(positions.length);
});
