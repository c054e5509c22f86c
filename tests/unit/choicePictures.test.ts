/**
 * Play together (ages 6–8): every choice of every story carries a picture of what it does, from
 * an icon set the build can draw, and no two choices at one step look alike.
 */
import { describe, expect, it } from 'vitest';
import { iconSvg } from '../../scripts/vite/iconModules';
import { ALL_SCENARIOS } from '../../src/content';
import { CHOICE_PICTURES, CHOICE_PICTURE_OF } from '../../src/content/choicePictures';
import { isChooseStep } from '../../src/engine/steps';

const chooseSteps = ALL_SCENARIOS.flatMap((scenario) => scenario.steps.filter(isChooseStep).map((step) => ({ scenario, step })));

describe('choice pictures', () => {
  it('every choice of every choose step has one', () => {
    expect(ALL_SCENARIOS).toHaveLength(20);
    const missing = chooseSteps.flatMap(({ scenario, step }) =>
      step.choices.filter((c) => !c.picture).map((c) => `${scenario.id} ${step.id}/${c.id}`),
    );
    expect(missing, 'add them to src/content/choicePictures.ts').toEqual([]);
    expect(chooseSteps.flatMap(({ step }) => step.choices).length).toBeGreaterThan(100);
  });

  it('each exists in Fluent Emoji Flat, so the build can draw it', () => {
    for (const name of CHOICE_PICTURES) expect(() => iconSvg('fluent-emoji-flat', name), name).not.toThrow();
  });

  it('tell the choices of one step apart', () => {
    for (const { scenario, step } of chooseSteps) {
      const pictures = step.choices.map((c) => c.picture);
      expect(new Set(pictures).size, `${scenario.id} ${step.id}`).toBe(pictures.length);
    }
  });

  it('name only choices that exist, and the list holds only pictures in use', () => {
    const used = new Set<string>();
    for (const [scenarioId, table] of Object.entries(CHOICE_PICTURE_OF)) {
      const scenario = ALL_SCENARIOS.find((s) => s.id === scenarioId);
      expect(scenario, scenarioId).toBeDefined();
      for (const [where, picture] of Object.entries(table)) {
        const [stepId, choiceId] = where.split('/');
        const step = scenario!.steps.find((s) => s.id === stepId);
        expect(step && isChooseStep(step) && step.choices.some((c) => c.id === choiceId), `${scenarioId} ${where}`).toBe(true);
        used.add(picture);
      }
    }
    expect([...CHOICE_PICTURES].filter((p) => !used.has(p))).toEqual([]);
  });
});
