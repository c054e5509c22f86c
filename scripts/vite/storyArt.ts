import { createAvatar } from '@dicebear/core';
import * as openPeeps from '@dicebear/open-peeps';
import type { Plugin } from 'vite';
import { ALL_SCENARIOS } from '../../src/content/index.ts';
import { RISK_FAMILIES, type RiskFamily } from '../../src/content/types.ts';
import { CAST, PEEP_FACE, type CastId, type Feeling, type Person } from '../../src/art/cast.ts';
import { PROPS, type PropId } from '../../src/art/props.ts';
import { storyPicture, type Picture } from '../../src/art/storyPictures.ts';
import { iconSvg } from './iconModules.ts';

/**
 * The story pictures' art, one module per world: `import art from 'virtual:story-art/contact'`
 * gives `{ people, props }`, SVG markup keyed `<cast>/<feeling>` and by prop id. The people are
 * Open Peeps (CC0) drawn by DiceBear here at build time, the props Fluent Emoji Flat (MIT);
 * only the faces and things that some picture of the world shows are in its module, and nothing
 * is fetched from another host. Pixel sizes are set so the canvas rasterises them crisply.
 */
const PREFIX = 'virtual:story-art/';
const RESOLVED = '\0virtual-story-art/';
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

/** Every picture a world's stories can show: each step's scene, each outcome and each ending. */
export function worldPictures(family: RiskFamily): Picture[] {
  return ALL_SCENARIOS.filter((s) => s.family === family)
    .flatMap((s) =>
      s.steps.flatMap((step) => [
        storyPicture(s, { stepId: step.id, phase: 'scene' }),
        storyPicture(s, { stepId: step.id, phase: 'end' }),
        ...(step.kind === 'practice'
          ? []
          : step.choices.map((c) => storyPicture(s, { stepId: step.id, phase: 'outcome', choiceId: c.id }))),
      ]),
    )
    .filter((p): p is Picture => p !== null);
}

export function worldArt(family: RiskFamily): { people: Record<string, string>; props: Record<string, string> } {
  const people = new Map<string, string>();
  const props = new Map<string, string>();
  for (const picture of worldPictures(family)) {
    for (const { who, feeling } of picture.cast) people.set(`${who}/${feeling}`, '');
    if (picture.from) people.set(`${picture.from}/calm`, '');
    for (const prop of [...picture.screen, ...picture.props]) props.set(prop, '');
  }
  return {
    people: Object.fromEntries([...people.keys()].sort().map((key) => [key, personSvg(...(key.split('/') as [CastId, Feeling]))])),
    props: Object.fromEntries([...props.keys()].sort().map((key) => [key, propSvg(key as PropId)])),
  };
}

export function storyArt(): Plugin {
  return {
    name: 'story-art',
    resolveId: (source) => (source.startsWith(PREFIX) ? RESOLVED + source.slice(PREFIX.length) : undefined),
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      const family = id.slice(RESOLVED.length) as RiskFamily;
      if (!RISK_FAMILIES.includes(family)) throw new Error(`No world "${family}" for story art`);
      return `export default ${JSON.stringify(worldArt(family))};`;
    },
  };
}
