import { createAvatar } from '@dicebear/core';
import * as openPeeps from '@dicebear/open-peeps';
import type { Plugin } from 'vite';
import { RISK_FAMILIES, type RiskFamily } from '../../src/content/types.ts';
import { CAST, FEELINGS, PEEP_FACE, type CastId, type Feeling, type Person } from '../../src/art/cast.ts';
import { PROPS, type PropId } from '../../src/art/props.ts';
import { STORY_ART } from '../../src/art/storyPictures.ts';
import { iconSvg } from './iconModules.ts';
import { BADGES, GAME_STICKERS, badgePath } from '../../src/art/badges.ts';
import { WORLD_THEMES } from '../../src/theme/worlds.ts';

/**
 * The story pictures' art, one module per world: `import art from 'virtual:story-art/contact'`
 * gives `{ people, props }`, SVG markup keyed `<cast>/<feeling>` and by prop id. The people are
 * Open Peeps (CC0) drawn by DiceBear here at build time, the props Fluent Emoji Flat (MIT);
 * only the faces and things that some picture of the world shows are in its module, and nothing
 * is fetched from another host. `virtual:story-art/rewards` holds the badges and the album's stickers. Pixel sizes are set so the canvas rasterises them crisply.
 */
const PREFIX = 'virtual:story-art/';
const RESOLVED = '\0story-art-';
export const PERSON_PX = 320;
export const PROP_PX = 160;

export function personSvg(id: CastId, feeling: Feeling): string {
  const p: Person = CAST[id];
  const svg = createAvatar(openPeeps, {
    seed: id,
    head: [p.head],
    face: [PEEP_FACE[feeling]],
    skinColor: [p.skin],
    clothingColor: [p.clothes],
    headContrastColor: [p.hair],
    accessories: p.accessories ? [p.accessories] : [],
    accessoriesProbability: p.accessories ? 100 : 0,
    facialHair: p.facialHair ? [p.facialHair] : [],
    facialHairProbability: p.facialHair ? 100 : 0,
    maskProbability: 0,
  } as Parameters<typeof createAvatar<typeof openPeeps>>[1]).toString();
  // The licence travels in the README and on the credits screen, not in every copy.
  return svg.replace(/<metadata[\s\S]*?<\/metadata>/, '').replace('<svg ', `<svg width="${PERSON_PX}" height="${PERSON_PX}" `);
}

export function propSvg(id: PropId): string {
  return iconSvg('fluent-emoji-flat', PROPS[id].icon)
    .replace(/width="1em" height="1em"|height="1em" width="1em"/, `width="${PROP_PX}" height="${PROP_PX}"`)
    .replace(/height="1em"/, `width="${PROP_PX}" height="${PROP_PX}"`);
}

/**
 * What a world's pictures may show, read from the table alone (the config loads no content):
 * each story's child with every feeling, the grown-ups glad, the writers on screen calm, and
 * every thing named. tests/unit/storyArt.test.ts checks it covers every picture.
 */
export function worldArt(family: RiskFamily): { people: Record<string, string>; props: Record<string, string> } {
  const people = new Set<string>();
  const props = new Set<string>();
  for (const [id, art] of Object.entries(STORY_ART)) {
    if (!id.startsWith(`${family}-`)) continue;
    for (const feeling of FEELINGS) people.add(`${art.child}/${feeling}`);
    for (const spec of [...Object.values(art.steps), ...Object.values(art.outcomes ?? {})]) {
      for (const who of spec.with ?? []) people.add(`${who}/relieved`);
      if (spec.from) people.add(`${spec.from}/calm`);
      for (const prop of [...(spec.screen ?? []), ...(spec.props ?? [])]) props.add(prop);
    }
  }
  return {
    people: Object.fromEntries([...people].sort().map((key) => [key, personSvg(...(key.split('/') as [CastId, Feeling]))])),
    props: Object.fromEntries([...props].sort().map((key) => [key, propSvg(key as PropId)])),
  };
}

/** An emoji as a nested picture at (x, y), size s, in a parent SVG's units. */
function emblem(icon: string, x: number, y: number, size: number): string {
  return iconSvg('fluent-emoji-flat', icon)
    .replace(/<svg /, `<svg x="${x}" y="${y}" width="${size}" height="${size}" `)
    .replace(/ (width|height)="1em"/g, '');
}

/** A world's badge: its shape in the world's colour, a white ring, the emblem, a ribbon. */
export function badgeSvg(family: RiskFamily): string {
  const { shape, emblem: icon } = BADGES[family];
  const colour = WORLD_THEMES[family].main;
  const path = badgePath(shape);
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 120" aria-hidden="true" focusable="false">',
    `<path d="M30 80 L22 118 L38 108 L50 118 L50 84 Z M70 80 L78 118 L62 108 L50 118 L50 84 Z" fill="${colour}" opacity="0.8"/>`,
    `<path d="${path}" fill="${colour}" fill-rule="nonzero"/>`,
    `<path d="${path}" fill="#ffffff" transform="translate(50 50) scale(0.78) translate(-50 -50)"/>`,
    `<path d="${path}" fill="none" stroke="${colour}" stroke-width="3" stroke-dasharray="4 4" transform="translate(50 50) scale(0.7) translate(-50 -50)"/>`,
    emblem(icon, 27, 27, 46),
    '</svg>',
  ].join('');
}

/** A sticker: the emblem on a round of the world's light colour with a white edge. */
function stickerSvg(icon: string, family: RiskFamily): string {
  const { main, background } = WORLD_THEMES[family];
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" aria-hidden="true" focusable="false">',
    `<circle cx="50" cy="50" r="47" fill="#ffffff" stroke="${main}" stroke-width="3"/>`,
    `<circle cx="50" cy="50" r="40" fill="${background}"/>`,
    emblem(icon, 22, 22, 56),
    '</svg>',
  ].join('');
}

/** The album's and certificate's pictures: each world's badge, a sticker per story (its first scene's focus) and per mini-game. */
export function rewardArt(): { badges: Record<string, string>; stories: Record<string, string>; games: Record<string, string> } {
  return {
    badges: Object.fromEntries(RISK_FAMILIES.map((f) => [f, badgeSvg(f)])),
    stories: Object.fromEntries(
      Object.entries(STORY_ART).map(([id, art]) => {
        // The story's first scene, in the table's order: what Tiko points at there.
        const first = Object.values(art.steps)[0];
        const prop = first?.focus ?? first?.screen?.[0] ?? 'party';
        return [id, stickerSvg(PROPS[prop].icon, id.slice(0, id.indexOf('-')) as RiskFamily)];
      }),
    ),
    games: Object.fromEntries(RISK_FAMILIES.map((f) => [f, stickerSvg(GAME_STICKERS[f], f)])),
  };
}

export function storyArt(): Plugin {
  return {
    name: 'story-art',
    resolveId: (source) => (source.startsWith(PREFIX) ? RESOLVED + source.slice(PREFIX.length) : undefined),
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      if (id === `${RESOLVED}rewards`) return `export default ${JSON.stringify(rewardArt())};`;
      const family = id.slice(RESOLVED.length) as RiskFamily;
      if (!RISK_FAMILIES.includes(family)) throw new Error(`No world "${family}" for story art`);
      return `export default ${JSON.stringify(worldArt(family))};`;
    },
  };
}
