import type { Page } from '@playwright/test';
import { WORLDS, findScenario, type PracticeStep } from '../../../src/content';
import { isChooseStep } from '../../../src/engine/steps';
import { expect, openGame, say } from '../fixtures';
import type { Lang } from '../../support/locales';
import { button, escape, onScreen, openWorld, safeNext } from './play';

/** The content world opens once three contact stories are finished: a child who has played them. */
async function withContactDone(page: Page) {
  const done = WORLDS.find((w) => w.family === 'contact')!
    .scenarios.slice(0, 3)
    .map((s) => s.id);
  await page.addInitScript((completed) => {
    if (!localStorage.getItem('tiko-safe-online')) {
      localStorage.setItem(
        'tiko-safe-online',
        JSON.stringify({ state: { progress: { completed, games: [], current: null } }, version: 1 }),
      );
    }
  }, done);
}

/** From the title to a content story's practice step, taking the safe choice at each step before it. */
export async function toPractice(page: Page, lang: Lang, id: string): Promise<PracticeStep> {
  const scenario = findScenario(id)!;
  await withContactDone(page);
  await openGame(page, `lang=${lang}`);
  await button(page, lang, 'title.play').click();
  await openWorld(page, lang, 'content');
  await page.getByRole('button', { name: new RegExp(escape(say(lang, scenario.title))) }).click();
  let stepId = scenario.start;
  for (;;) {
    const step = scenario.steps.find((s) => s.id === stepId)!;
    for (const line of step.lines) {
      await expect(onScreen(page).getByText(say(lang, line))).toBeVisible();
      await button(page, lang, 'scenario.next').click();
    }
    if (!isChooseStep(step)) return step;
    const safe = step.choices.find((c) => c.kind === 'safe')!;
    await page.getByRole('button', { name: new RegExp(`^${escape(say(lang, safe.label))}`) }).click();
    await button(page, lang, 'scenario.continue').click();
    stepId = safeNext(step);
  }
}
