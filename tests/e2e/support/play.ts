/**
 * Plays stories the way a child does, with the mouse, pressing what the
 * screen says: the safe choice is taken from the curriculum data so the
 * test follows the story without looking inside the running game.
 */
import type { Page } from '@playwright/test';
import type { ChatReportBlockTask, PopupPatrolGame, PracticeStep, RiskFamily, Scenario, Step } from '../../../src/content';
import { WORLDS } from '../../../src/content';
import { isChooseStep } from '../../../src/engine/steps';
import { expect, say } from '../fixtures';
import type { Lang } from '../../support/locales';
import { playMiniGame } from './miniGames';

export const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s/gu, '\\s');
const exact = (text: string) => new RegExp(`^${escape(text)}$`);

export const onScreen = (page: Page) => page.getByRole('main');
export const button = (page: Page, lang: Lang, key: string) => page.getByRole('button', { name: exact(say(lang, key)) });
/** A button inside the screen itself, not the top bar (which may say the same, e.g. "Back to the map"). */
export const screenButton = (page: Page, lang: Lang, key: string) => onScreen(page).getByRole('button', { name: exact(say(lang, key)) });
/** A world on the map: its button's name starts with the world's name (then its status). */
export const worldButton = (page: Page, lang: Lang, family: string) =>
  page.getByRole('button', { name: new RegExp(`^${escape(say(lang, `world.${family}`))}`) });

export async function openWorld(page: Page, lang: Lang, family: RiskFamily): Promise<void> {
  await worldButton(page, lang, family).click();
  await expect(page.getByRole('heading', { name: exact(say(lang, `world.${family}`)) })).toBeVisible();
}

/** Where the safe way leads from a step: the next step's id, or 'end'. */
export function safeNext(step: Step): string {
  if (!isChooseStep(step)) return step.next;
  return step.choices.find((c) => c.kind === 'safe')!.next ?? 'end';
}

/** From a story's first line, takes the safe choice at every step (and does every practice task), up to its key message. */
export async function playToKeyMessage(page: Page, lang: Lang, scenario: Scenario): Promise<void> {
  let stepId = scenario.start;
  for (;;) {
    const step = scenario.steps.find((s) => s.id === stepId)!;
    for (let i = 0; i < step.lines.length; i++) {
      await expect(onScreen(page).getByText(say(lang, step.lines[i]!))).toBeVisible();
      await button(page, lang, 'scenario.next').click();
    }
    if (isChooseStep(step)) {
      const safe = step.choices.find((c) => c.kind === 'safe')!;
      await page.getByRole('button', { name: new RegExp(`^${escape(say(lang, safe.label))}`) }).click();
      await expect(onScreen(page).getByText(say(lang, safe.outcome[0]!))).toBeVisible();
      await button(page, lang, 'scenario.continue').click();
    } else await practise(page, lang, step, 'mouse');
    stepId = safeNext(step);
    if (stepId === 'end') break;
  }
  await expect(onScreen(page).getByText(say(lang, scenario.keyMessage))).toBeVisible();
}

/**
 * Does a practice step's task in its pretend app, by mouse or by keyboard alone, the
 * way a child would, up to Tiko's "you did it" and Continue. `tryLessSafe` first
 * takes the less safe action, checks it plays out, and rewinds.
 */
export async function practise(page: Page, lang: Lang, step: PracticeStep, how: 'mouse' | 'keyboard', tryLessSafe = false): Promise<void> {
  await expect(page.getByRole('heading', { name: say(lang, 'practice.yourTurn') })).toBeVisible();
  await expect(onScreen(page).getByText(say(lang, step.task.instruction))).toBeVisible();
  switch (step.task.task) {
    case 'chat-report-block':
      await reportAndBlock(page, lang, step.task, how, tryLessSafe);
      break;
  }
  await expect(page.getByRole('heading', { name: say(lang, 'practice.done') })).toBeVisible();
  await expect(onScreen(page).getByText(say(lang, step.outcome[0]!))).toBeVisible();
  await press(page, lang, 'scenario.continue', how);
}

async function press(page: Page, lang: Lang, key: string, how: 'mouse' | 'keyboard', vars?: Record<string, string>): Promise<void> {
  const name = say(lang, key, undefined, vars);
  if (how === 'mouse')
    return onScreen(page)
      .getByRole('button', { name: exact(name) })
      .click();
  await tabTo(page, name);
  await page.keyboard.press('Enter');
}

async function reportAndBlock(page: Page, lang: Lang, task: ChatReportBlockTask, how: 'mouse' | 'keyboard', tryLessSafe: boolean) {
  const app = page.locator('.pretend-app');
  const name = say(lang, task.contact);
  const menuButton = app.getByRole('button', { name: say(lang, 'practice.optionsFor', undefined, { name }) });
  await expect(app.getByText(say(lang, task.messages[0]!))).toBeVisible();
  if (tryLessSafe) {
    await press(page, lang, 'practice.reply', how);
    // One beat: the pushy answer arrives, Tiko explains, and the app waits for the child.
    await expect(app.getByText(say(lang, task.reply.answer))).toBeVisible();
    await expect(onScreen(page).getByText(say(lang, task.reply.outcome[0]!))).toBeVisible();
    await expect(menuButton).toBeDisabled();
    await press(page, lang, 'practice.rewind', how);
    await expect(app.getByText(say(lang, task.reply.answer))).toHaveCount(0);
    await expect(page.getByRole('heading', { name: say(lang, 'practice.yourTurn') })).toBeVisible();
  }
  const reason = say(lang, task.reasons[0]!.label);
  if (how === 'mouse') {
    await menuButton.click();
    await page.getByRole('menuitem', { name: say(lang, 'practice.report') }).click();
    await page.getByRole('radio', { name: reason }).check();
    await app.getByRole('button', { name: say(lang, 'practice.sendReport') }).click();
    await expect(app.getByText(say(lang, 'practice.reportSent'))).toBeVisible();
    await app.getByRole('button', { name: say(lang, 'practice.block') }).click();
  } else {
    await tabToControl(page, 'app-menu');
    await page.keyboard.press('Enter');
    // The menu opens with focus on its first item; the arrows move within it.
    await expect(page.locator(':focus')).toHaveAttribute('role', 'menuitem');
    await expect(page.locator(':focus')).toHaveText(say(lang, 'practice.report'));
    await page.keyboard.press('ArrowDown');
    await expect(page.locator(':focus')).toHaveText(say(lang, 'practice.block'));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    // The form opens on its first reason: Space picks it.
    await expect(page.locator(':focus')).toHaveAttribute('type', 'radio');
    await page.keyboard.press('Space');
    await expect(page.getByRole('radio', { name: reason })).toBeChecked();
    await tabTo(page, say(lang, 'practice.sendReport'));
    await page.keyboard.press('Enter');
    await expect(page.locator(':focus')).toHaveText(say(lang, 'practice.reportSent'));
    await tabTo(page, say(lang, 'practice.block'));
    await page.keyboard.press('Enter');
    await expect(page.locator(':focus')).toHaveText(say(lang, 'practice.done'));
  }
  await expect(app.getByText(say(lang, 'practice.blockedNote', undefined, { name }))).toBeVisible();
}

/** Presses Tab until a control with no visible text (an icon button) has focus, by its focus id. */
async function tabToControl(page: Page, focusId: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.focusId)) === focusId) return;
  }
  throw new Error(`Tab never reached ${focusId}`);
}

/** From a world's story list, plays one story through its safe path to the end card. */
export async function playStorySafely(page: Page, lang: Lang, scenario: Scenario): Promise<void> {
  await page.getByRole('button', { name: new RegExp(escape(say(lang, scenario.title))) }).click();
  await playToKeyMessage(page, lang, scenario);
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
  await expect(
    page.getByRole('heading', { name: say(lang, 'reward.title', undefined, { world: say(lang, `world.${family}`) }) }),
  ).toBeVisible();
}

/** Presses Tab until the focused control's text starts with `name`, checking focus stays visible. */
export async function tabTo(page: Page, name: string, max = 40): Promise<void> {
  const norm = (x: string) => x.replace(/\s+/gu, ' ').trim();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      // By what it shows ("+") or by its accessible name (the pop-up's ✕, named "Close").
      return {
        text: (el.textContent ?? '').trim(),
        label: (el.getAttribute('aria-label') ?? '').trim(),
        outline: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
      };
    });
    if (!state) continue;
    expect(state.outline, `focus ring on "${state.text || state.label}"`).not.toBe('none');
    expect(state.width).toBeGreaterThanOrEqual(3);
    if ([state.text, state.label].some((shown) => shown && norm(shown).startsWith(norm(name)))) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

/** Plays a world's mini-game in relaxed mode with the keyboard alone, whatever its type, answering every item right. */
export async function playMiniGameByKeyboard(page: Page, lang: Lang, family: RiskFamily): Promise<void> {
  const game = WORLDS.find((w) => w.family === family)!.game;
  await tabTo(page, `${say(lang, 'worldScreen.gameLabel')}: ${say(lang, game.title)}`);
  await page.keyboard.press('Enter');
  await expect(onScreen(page).getByText(say(lang, game.intro))).toBeVisible();
  await playMiniGame(page, lang, game, 'keyboard');
  await expect(onScreen(page).getByText(say(lang, game.wrapUp))).toBeVisible();
  await tabTo(page, say(lang, 'nav.backToWorld'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: exact(say(lang, `world.${family}`)) })).toBeVisible();
}

/** Pop-up patrol (and its passphrase) with the mouse; in class mode the class votes on each pop-up first. */
export async function playPopupPatrolByMouse(page: Page, lang: Lang, game: PopupPatrolGame, classMode = false): Promise<void> {
  await expect(onScreen(page).getByText(say(lang, game.intro))).toBeVisible();
  await playMiniGame(page, lang, game, 'mouse', { classMode });
}
