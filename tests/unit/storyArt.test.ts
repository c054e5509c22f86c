import { describe, expect, it } from 'vitest';
import { ALL_SCENARIOS } from '../../src/content';
import { RISK_FAMILIES } from '../../src/content/types';
import { storyPicture } from '../../src/art/storyPictures';
import { rewardArt, worldArt } from '../../scripts/vite/storyArt';

describe('story art (built by scripts/vite/storyArt.ts)', () => {
  const art = Object.fromEntries(RISK_FAMILIES.map((f) => [f, worldArt(f)]));

  it("has every face and thing each picture of a world draws, in that world's module", () => {
    for (const s of ALL_SCENARIOS) {
      const { people, props } = art[s.family]!;
      for (const step of s.steps) {
        const moments = [
          storyPicture(s, { stepId: step.id, phase: 'scene' }),
          storyPicture(s, { stepId: step.id, phase: 'end' }),
          ...(step.kind === 'practice'
            ? []
            : step.choices.map((c) => storyPicture(s, { stepId: step.id, phase: 'outcome', choiceId: c.id }))),
        ];
        for (const p of moments) {
          if (!p) continue;
          for (const { who, feeling } of p.cast)
            expect(people[`${who}/${feeling}`], `${s.id}.${step.id}: ${who}/${feeling}`).toMatch(/^<svg /);
          if (p.from) expect(people[`${p.from}/calm`]).toMatch(/^<svg /);
          for (const prop of [...p.screen, ...p.props]) expect(props[prop], `${s.id}.${step.id}: ${prop}`).toMatch(/^<svg /);
        }
      }
    }
  });

  it('ships the art without its metadata, sized for the canvas, and nothing from another host', () => {
    for (const f of RISK_FAMILIES) {
      const all = [...Object.values(art[f]!.people), ...Object.values(art[f]!.props)].join('');
      expect(all).not.toContain('<metadata');
      expect(all).not.toMatch(/(href|src)="https?:/);
    }
  });

  it('draws four different badges and a sticker for every story', () => {
    const rewards = rewardArt();
    expect(new Set(Object.values(rewards.badges)).size).toBe(RISK_FAMILIES.length);
    for (const s of ALL_SCENARIOS) expect(rewards.stories[s.id], s.id).toMatch(/^<svg /);
  });
});
