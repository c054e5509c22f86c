import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_SCENARIOS } from '../../src/content';
import type { ChooseStep, Scenario, Step } from '../../src/content/types';
import { CAST, feelingsOf, type CastId } from '../../src/art/cast';
import { PROPS } from '../../src/art/props';
import { STORY_ART, storyPicture, type Picture } from '../../src/art/storyPictures';
import { ATTRACT_ACT } from '../../src/art/attractAct';

const files = new Map<string, Record<string, unknown>>();
function english(key: string): string {
  const [ns = '', path = ''] = key.split(':');
  if (!files.has(ns)) files.set(ns, JSON.parse(readFileSync(`locales/en/${ns}.json`, 'utf8')));
  const value = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], files.get(ns));
  return typeof value === 'string' ? value.replace(/’/g, "'") : '';
}

/** The words on screen while a step sets its scene: Tiko's lines and what the device shows. */
function sceneText(step: Step): string {
  return [...step.lines, ...step.situation.flatMap((i) => [i.text, i.from ?? ''])].filter(Boolean).map(english).join(' ');
}

function expectNamed(picture: Picture, text: string, where: string): void {
  // The story's child is named when the story starts (below); everyone else where they appear.
  for (const { who } of picture.cast.slice(1)) expect.soft(text, `${where}: ${who} is in the picture`).toMatch(CAST[who].cue);
  if (picture.from) expect(text, `${where}: ${picture.from} writes`).toMatch(CAST[picture.from].cue);
  for (const prop of [...picture.screen, ...picture.props]) expect.soft(text, `${where}: ${prop} is drawn`).toMatch(PROPS[prop].cue);
}

const chooseSteps = (s: Scenario) => s.steps.filter((step): step is ChooseStep => step.kind !== 'practice');

describe('story pictures', () => {
  it('every story has its own art, and every step and outcome it names exists', () => {
    for (const s of ALL_SCENARIOS) {
      const art = STORY_ART[s.id];
      expect(art, s.id).toBeDefined();
      for (const stepId of Object.keys(art!.steps))
        expect(
          s.steps.some((st) => st.id === stepId),
          `${s.id}.${stepId}`,
        ).toBe(true);
      for (const key of Object.keys(art!.outcomes ?? {})) {
        const [stepId, choiceId] = key.split('.');
        const step = s.steps.find((st) => st.id === stepId);
        expect(step && step.kind !== 'practice' && step.choices.some((c) => c.id === choiceId), `${s.id} outcome ${key}`).toBe(true);
      }
    }
    expect(Object.keys(STORY_ART).sort()).toEqual(ALL_SCENARIOS.map((s) => s.id).sort());
  });

  it('every step of every story has a picture, and practice leaves the stage to the pretend app', () => {
    for (const s of ALL_SCENARIOS) {
      for (const step of s.steps) {
        const scene = storyPicture(s, { stepId: step.id, phase: 'scene' });
        if (step.kind === 'practice') expect(scene, `${s.id}.${step.id}`).toBeNull();
        else expect(scene?.cast[0]?.who, `${s.id}.${step.id}`).toBe(STORY_ART[s.id]!.child);
      }
      const last = s.steps.find((st) => st.kind === 'practice' || st.choices.some((c) => c.kind === 'safe' && c.next === 'end'));
      expect(storyPicture(s, { stepId: last!.id, phase: 'end' })?.cast[0]?.feeling, `${s.id} ends proud`).toBe('proud');
    }
  });

  it("what a step's picture shows is named in its text: the people and every thing drawn", () => {
    for (const s of ALL_SCENARIOS) {
      const first = s.steps.find((st) => st.id === s.start)!;
      expect(sceneText(first), `${s.id} names its child`).toMatch(CAST[STORY_ART[s.id]!.child].cue);
      for (const step of chooseSteps(s)) {
        expect(STORY_ART[s.id]!.steps[step.id], `${s.id}.${step.id} has its own picture`).toBeDefined();
        const text = sceneText(step);
        expectNamed(storyPicture(s, { stepId: step.id, phase: 'scene' })!, text, `${s.id}.${step.id}`);
        for (const choice of step.choices) {
          const outcome = storyPicture(s, { stepId: step.id, phase: 'outcome', choiceId: choice.id })!;
          expectNamed(outcome, `${text} ${[choice.label, ...choice.outcome].map(english).join(' ')}`, `${s.id}.${step.id}.${choice.id}`);
        }
      }
    }
  });

  it('faces follow the story: worried or thinking after a less safe choice, glad after a safe one', () => {
    for (const s of ALL_SCENARIOS) {
      for (const step of chooseSteps(s)) {
        for (const choice of step.choices) {
          const [child] = storyPicture(s, { stepId: step.id, phase: 'outcome', choiceId: choice.id })!.cast;
          const glad = child!.feeling === 'relieved' || child!.feeling === 'proud';
          expect(glad, `${s.id}.${step.id}.${choice.id}: ${child!.feeling}`).toBe(choice.kind === 'safe');
        }
      }
    }
  });

  it('grown-ups are drawn only calm or glad, and nobody is ever drawn afraid', () => {
    for (const id of Object.keys(CAST) as CastId[]) expect(feelingsOf(id)).not.toContain('afraid');
    for (const s of ALL_SCENARIOS)
      for (const step of chooseSteps(s))
        for (const who of storyPicture(s, { stepId: step.id, phase: 'scene' })!.cast.slice(1))
          expect(feelingsOf(who.who)).toContain(who.feeling);
  });

  it('agrees with the text where it once did not', () => {
    const find = (id: string) => ALL_SCENARIOS.find((s) => s.id === id)!;
    // "The video is closed": no video any more.
    const video = find('content-upsetting-video');
    expect(storyPicture(video, { stepId: 'after', phase: 'scene' })!.screen).not.toContain('video');
    expect(storyPicture(video, { stepId: 'autoplay', phase: 'outcome', choiceId: 'close' })!.screen).not.toContain('video');
    // "A big red box" is red, and gone once Dad closes the page.
    const popup = find('content-scary-popup');
    expect(storyPicture(popup, { stepId: 'popup', phase: 'scene' })!.alert).toBe('red');
    expect(storyPicture(popup, { stepId: 'popup', phase: 'outcome', choiceId: 'ask-dad' })!.alert).toBeUndefined();
    // Each story has its own picture: no two stories share their first scene.
    const firsts = ALL_SCENARIOS.map((s) => JSON.stringify(storyPicture(s, { stepId: s.start, phase: 'scene' })));
    expect(new Set(firsts).size).toBe(firsts.length);
  });
});

describe("the attract screen's act", () => {
  it('is ten seconds of one story, every beat a picture of it', () => {
    const story = ALL_SCENARIOS.find((s) => s.id === ATTRACT_ACT.scenarioId)!;
    expect(story.family).toBe(ATTRACT_ACT.family);
    expect(ATTRACT_ACT.beats.length * ATTRACT_ACT.beatMs).toBe(10_000);
    for (const beat of ATTRACT_ACT.beats) expect(storyPicture(story, beat), JSON.stringify(beat)).not.toBeNull();
  });
});
