import type { Page } from '@playwright/test';
import { WORLDS, findScenario, type PracticeStep } from '../../../src/content';
import { openGame } from '../fixtures';
import type { Lang } from '../../support/locales';
import { walkToPractice } from './play';

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
  await withContactDone(page);
  await openGame(page, `lang=${lang}`);
  return walkToPractice(page, lang, findScenario(id)!);
}
