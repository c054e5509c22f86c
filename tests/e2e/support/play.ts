/**
 * Plays stories the way a child does, with the mouse, pressing what the
 * screen says: the safe choice is taken from the curriculum data so the
 * test follows the story without looking inside the running game.
 */
import type { Page } from '@playwright/test';
import type { RiskFamily, Scenario } from '../../../src/content';
import { WORLDS } from '../../../src/content';
import { expect, say } from '../fixtures';
import type { Lang } from '../../support/locales';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s/gu, '\\s');
const exact = (text: string) => new RegExp(`^${escape(text)}$`);

export const onScreen = (page: Page) => page.getByRole('main');
export const button = (page: Page, lang: Lang, key: string) => page.getByRole('button', { name: exact(say(lang, key)) });
/** A world on the map: its button's name starts with the world's name (then its status). */
export const worldButton = (page: Page, lang: Lang, family: string) =>
  page.getByRole('button', { name: new RegExp(`^${escape(say(lang, `world.${family}`))}`) });

export async function openWorld(page: Page, lang: Lang, family: RiskFamily): Promise<void> {
  await worldButton(page, lang, family).click();
  await expect(page.getByRole('heading', { name: exact(say(lang, `world.${family}`)) })).toBeVisible();
}

/** From a world's story list, plays one story through its safe path to the end card. */
export async function playStorySafely(page: Page, lang: Lang, scenario: Scenario): Promise<void> {
  await page.getByRole('button', { name: new RegExp(escape(say(lang, scenario.title))) }).click();
  let stepId = scenario.start;
  for (;;) {
    const step = scenario.steps.find((s) => s.id === stepId)!;
    for (let i = 0; i < step.lines.length; i++) {
      await expect(onScreen(page).getByText(say(lang, step.lines[i]!))).toBeVisible();
      await button(page, lang, 'scenario.next').click();
    }
    const safe = step.choices.find((c) => c.kind === 'safe')!;
    await page.getByRole('button', { name: new RegExp(`^${escape(say(lang, safe.label))}`) }).click();
    await expect(onScreen(page).getByText(say(lang, safe.outcome[0]!))).toBeVisible();
    await button(page, lang, 'scenario.continue').click();
    if (!safe.next || safe.next === 'end') break;
    stepId = safe.next;
  }
  await expect(onScreen(page).getByText(say(lang, scenario.keyMessage))).toBeVisible();
  await button(page, lang, 'scenario.next').click();
  await expect(page.getByRole('heading', { name: say(lang, 'scenario.help') })).toBeVisible();
  await button(page, lang, 'scenario.finish').click();
}

/** Plays every story of a world from the map, ending on its badge. */
export async function playWorldToBadge(page: Page, lang: Lang, family: RiskFamily): Promise<void> {
  const world = WORLDS.find((w) => w.family === family)!;
  await openWorld(page, lang, family);
  for (const [i, scenario] of world.scenarios.entries()) {
    await playStorySafely(page, lang, scenario);
    if (i < world.scenarios.length - 1) {
      await expect(page.getByRole('heading', { name: say(lang, 'scenario.doneTitle') })).toBeVisible();
      await button(page, lang, 'nav.backToWorld').click();
    }
  }
  await expect(page.getByRole('heading', { name: say(lang, 'reward.title', undefined, { world: say(lang, `world.${family}`) }) })).toBeVisible();
}
