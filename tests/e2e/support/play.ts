/**
 * Plays stories the way a child does, with the mouse, pressing what the
 * screen says: the safe choice is taken from the curriculum data so the
 * test follows the story without looking inside the running game.
 */
import type { Locator, Page } from '@playwright/test';
import type {
  ChatReportBlockTask,
  SayNoTilesTask,
  SettingsTask,
  TellGrownUpTask,
  VoiceChatTask,
  PopupPatrolGame,
  PracticeStep,
  RiskFamily,
  Scenario,
  SpotCluesTask,
  Step,
  VideoReportTask,
} from '../../../src/content';
import { WORLDS } from '../../../src/content';
import { isChooseStep } from '../../../src/engine/steps';
import { expect, say } from '../fixtures';
import type { Lang } from '../../support/locales';
import { practiseConduct } from './practiseConduct';
import { isContractTask, practiseContract } from './practiseContract';
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

/**
 * From the title, opens a story's world and the story, and takes the safe choice at each step up to
 * its practice step (returned), by mouse or by a finger (the page needs `hasTouch`).
 */
export async function walkToPractice(
  page: Page,
  lang: Lang,
  scenario: Scenario,
  how: Exclude<Hands, 'keyboard'> = 'mouse',
): Promise<PracticeStep> {
  await hit(button(page, lang, 'title.play'), how);
  await hit(worldButton(page, lang, scenario.family), how);
  await expect(page.getByRole('heading', { name: exact(say(lang, `world.${scenario.family}`)) })).toBeVisible();
  await hit(page.getByRole('button', { name: new RegExp(escape(say(lang, scenario.title))) }), how);
  let stepId = scenario.start;
  for (;;) {
    const step = scenario.steps.find((s) => s.id === stepId)!;
    for (const line of step.lines) {
      await expect(onScreen(page).getByText(say(lang, line))).toBeVisible();
      await hit(button(page, lang, 'scenario.next'), how);
    }
    if (!isChooseStep(step)) return step;
    const safe = step.choices.find((c) => c.kind === 'safe')!;
    await hit(page.getByRole('button', { name: new RegExp(`^${escape(say(lang, safe.label))}`) }), how);
    await expect(onScreen(page).getByText(say(lang, safe.outcome[0]!))).toBeVisible();
    await hit(button(page, lang, 'scenario.continue'), how);
    stepId = safeNext(step);
  }
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
export async function practise(page: Page, lang: Lang, step: PracticeStep, how: How, tryLessSafe = false): Promise<void> {
  await expect(page.getByRole('heading', { name: say(lang, 'practice.yourTurn') })).toBeVisible();
  await expect(onScreen(page).getByText(say(lang, step.task.instruction))).toBeVisible();
  switch (step.task.task) {
    case 'chat-report-block':
      await reportAndBlock(page, lang, step.task, how === 'keyboard' ? 'keyboard' : 'mouse', tryLessSafe);
      break;
    case 'say-no-tiles':
      await sayNoWithTiles(page, lang, step.task, how, tryLessSafe);
      break;
    case 'tell-grown-up':
      await tellAGrownUp(page, lang, step.task, how, tryLessSafe);
      break;
    case 'settings':
      await setPrivacy(page, lang, step.task, how, tryLessSafe);
      break;
    case 'voice-chat':
      await muteAndReport(page, lang, step.task, how, tryLessSafe);
      break;
    case 'spot-clues':
      await spotTheClues(page, lang, step.task, how, tryLessSafe);
      break;
    case 'video-report':
      await stopTheVideo(page, lang, step.task, how, tryLessSafe);
      break;
    case 'evidence-block':
    case 'phrase-tiles':
    case 'passphrase':
    case 'post-draft':
    case 'break-reminder':
      await practiseConduct(page, lang, step.task, how, tryLessSafe);
      break;
    default:
      if (isContractTask(step.task)) await practiseContract(page, lang, step.task, how, tryLessSafe);
  }
  await expect(page.getByRole('heading', { name: say(lang, 'practice.done') })).toBeVisible();
  await expect(onScreen(page).getByText(say(lang, step.outcome[0]!))).toBeVisible();
  await press(page, lang, 'scenario.continue', how);
}

/** How a child works the pretend apps: the mouse, a finger (the page needs `hasTouch`), or the keyboard alone. */
export type How = 'mouse' | 'touch' | 'keyboard';
/** The same, by the name the contact world's walks use. */
export type Hands = How;

async function press(page: Page, lang: Lang, key: string, how: How, vars?: Record<string, string>): Promise<void> {
  const name = say(lang, key, undefined, vars);
  if (how !== 'keyboard') return hit(onScreen(page).getByRole('button', { name: exact(name) }), how);
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

/** Presses a control of the pretend app, found by its text or name, as `how` says. */
async function pressIn(page: Page, control: ReturnType<Page['locator']>, name: string, how: How): Promise<void> {
  if (how === 'mouse') return control.click();
  if (how === 'touch') return control.tap();
  await tabTo(page, name);
  await page.keyboard.press('Enter');
}

/**
 * Spot the clues: tries a part that looks fine (it says so), takes the tempting
 * decision and rewinds if asked, then finds every clue; the last one moves focus
 * to the safe decision, now unlocked.
 */
async function spotTheClues(page: Page, lang: Lang, task: SpotCluesTask, how: How, tryLessSafe: boolean) {
  const app = page.locator('.pretend-app');
  const part = (text: string) => app.getByRole('button', { name: exact(text) });
  const safe = task.decisions.find((d) => d.kind === 'safe')!;
  const safeButton = app.getByRole('button', { name: exact(say(lang, safe.label)) });
  await expect(app.getByText(say(lang, task.headline))).toBeVisible();
  await expect(safeButton).toHaveAttribute('aria-disabled', 'true');
  const fine = task.parts.find((p) => !p.clue)!;
  await pressIn(page, part(say(lang, fine.text)), say(lang, fine.text), how);
  await expect(app.getByRole('status')).toContainText(say(lang, 'practiceContent.looksFine'));
  if (tryLessSafe) {
    const tempting = task.decisions.find((d) => d.kind === 'less-safe')!;
    if (tempting.kind !== 'less-safe') throw new Error('no tempting decision');
    await pressIn(page, app.getByRole('button', { name: exact(say(lang, tempting.label)) }), say(lang, tempting.label), how);
    await expect(app.getByText(say(lang, tempting.playout[0]!))).toBeVisible();
    await expect(onScreen(page).getByText(say(lang, tempting.outcome[0]!))).toBeVisible();
    await press(page, lang, 'practice.rewind', how);
    await expect(app.getByText(say(lang, tempting.playout[0]!))).toHaveCount(0);
    await expect(page.getByRole('heading', { name: say(lang, 'practice.yourTurn') })).toBeVisible();
  }
  const clues = task.parts.filter((p) => p.clue);
  for (const [i, clue] of clues.entries()) {
    await pressIn(page, part(say(lang, clue.text)), say(lang, clue.text), how);
    await expect(part(say(lang, clue.text))).toHaveAttribute('aria-pressed', 'true');
    await expect(app.getByRole('status')).toContainText(say(lang, clue.clue!));
    if (i < clues.length - 1 && how === 'keyboard') await expect(page.locator(':focus')).toHaveAttribute('aria-pressed', 'true');
  }
  await expect(safeButton).not.toHaveAttribute('aria-disabled');
  if (how === 'keyboard') {
    await expect(safeButton).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator(':focus')).toHaveText(say(lang, 'practice.done'));
  } else await pressIn(page, safeButton, say(lang, safe.label), how);
  await expect(app.getByText(say(lang, safe.result))).toBeVisible();
}

/**
 * The video app: tries sending the video and playing the next one if asked (each
 * plays out, then Tiko rewinds), pauses it, then makes it go away: by "Don't show
 * me this" with the mouse or a finger, by a report with a reason from the keyboard.
 */
async function stopTheVideo(page: Page, lang: Lang, task: VideoReportTask, how: How, tryLessSafe: boolean) {
  const app = page.locator('.pretend-app');
  const pause = app.getByRole('button', { name: exact(say(lang, 'practiceContent.pause')) });
  const menuButton = app.getByRole('button', { name: exact(say(lang, 'practiceContent.moreOptions')) });
  await expect(app.getByText(say(lang, task.title))).toBeVisible();
  if (tryLessSafe) {
    const friend = say(lang, task.share.friend);
    await pressIn(
      page,
      app.getByRole('button', { name: exact(say(lang, 'practiceContent.sendTo', undefined, { name: friend })) }),
      say(lang, 'practiceContent.sendTo', undefined, { name: friend }),
      how,
    );
    await expect(app.getByText(say(lang, task.share.answer))).toBeVisible();
    await expect(onScreen(page).getByText(say(lang, task.share.outcome[0]!))).toBeVisible();
    await press(page, lang, 'practice.rewind', how);
    await expect(app.getByText(say(lang, task.share.answer))).toHaveCount(0);
    await pressIn(page, app.getByRole('button', { name: exact(say(lang, task.upNext.title)) }), say(lang, task.upNext.title), how);
    await expect(onScreen(page).getByText(say(lang, task.upNext.outcome[0]!))).toBeVisible();
    await press(page, lang, 'practice.rewind', how);
  }
  await pressIn(page, pause, say(lang, 'practiceContent.pause'), how);
  await expect(app.getByRole('button', { name: exact(say(lang, 'practiceContent.play')) })).toBeVisible();
  if (how === 'keyboard') {
    // Pausing keeps focus on the same button, now named Play; the menu is next to the share button.
    await expect(page.locator(':focus')).toHaveAttribute('data-focus-id', 'vr-play');
    await tabToControl(page, 'vr-menu');
    await page.keyboard.press('Enter');
    await expect(page.locator(':focus')).toHaveAttribute('role', 'menuitem');
    await expect(page.locator(':focus')).toHaveText(say(lang, 'practiceContent.dontShow'));
    await page.keyboard.press('ArrowDown');
    await expect(page.locator(':focus')).toHaveText(say(lang, 'practiceContent.reportVideo'));
    await page.keyboard.press('Enter');
    await expect(page.locator(':focus')).toHaveAttribute('type', 'radio');
    await page.keyboard.press('Space');
    await expect(page.getByRole('radio', { name: say(lang, task.reasons[0]!.label) })).toBeChecked();
    await tabTo(page, say(lang, 'practice.sendReport'));
    await page.keyboard.press('Enter');
    await expect(page.locator(':focus')).toHaveText(say(lang, 'practice.done'));
    await expect(app.getByText(say(lang, 'practiceContent.videoReported'))).toBeVisible();
  } else {
    await pressIn(page, menuButton, '', how);
    await pressIn(page, page.getByRole('menuitem', { name: say(lang, 'practiceContent.dontShow') }), '', how);
    await expect(app.getByText(say(lang, 'practiceContent.videoHidden'))).toBeVisible();
  }
  // The picture matches: the video is gone, nothing of it is left to press.
  await expect(app.getByText(say(lang, task.title))).toHaveCount(0);
  await expect(menuButton).toHaveCount(0);
}

/** A click, or a tap where the child uses a finger. */
async function hit(target: Locator, how: Exclude<Hands, 'keyboard'>): Promise<void> {
  if (how === 'touch') await target.tap();
  else await target.click();
}

/** Presses a control by its focus id: by mouse or finger, or by Tab and Enter. */
async function pressControl(page: Page, focusId: string, how: Hands): Promise<void> {
  if (how !== 'keyboard') return hit(page.locator(`[data-focus-id="${focusId}"]`), how);
  await focusByTab(page, (el) => el.focusId === focusId, focusId);
  await page.keyboard.press('Enter');
}

/** Tab (then Shift+Tab) until the focused element fits, as a keyboard user finds a control. */
async function focusByTab(page: Page, fits: (el: { focusId?: string; name?: string }) => boolean, what: string): Promise<void> {
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return { focusId: el?.dataset.focusId, name: el?.name };
    });
  if (fits(await focused())) return;
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press(key);
      if (fits(await focused())) return;
    }
  }
  throw new Error(`Tab never reached ${what}`);
}

/** After a less safe action played out: Tiko's words, then back to just before it. */
async function rewind(page: Page, lang: Lang, outcome: string, how: Hands): Promise<void> {
  await expect(page.getByRole('heading', { name: say(lang, 'scenario.letsThink') })).toBeVisible();
  await expect(onScreen(page).getByText(say(lang, outcome))).toBeVisible();
  await press(page, lang, 'practice.rewind', how);
  await expect(page.getByRole('heading', { name: say(lang, 'practice.yourTurn') })).toBeVisible();
}

async function sayNoWithTiles(page: Page, lang: Lang, task: SayNoTilesTask, how: Hands, tryLessSafe: boolean) {
  const app = page.locator('.pretend-app');
  const tile = (id: string) => `pc-tile-${id}`;
  if (tryLessSafe) {
    // "Maybe later" sent: GoldFox's next message arrives, then Tiko rewinds to the same draft.
    const open = task.tiles.find((t) => t.lessSafe)!;
    await pressControl(page, tile(open.id), how);
    await pressControl(page, 'pc-send', how);
    await expect(app.getByText(say(lang, open.lessSafe!.answer))).toBeVisible();
    await rewind(page, lang, open.lessSafe!.outcome[0]!, how);
    await expect(app.getByText(say(lang, open.lessSafe!.answer))).toHaveCount(0);
    await pressControl(page, 'pc-undo', how);
  }
  const noTiles = task.tiles.filter((t) => t.no);
  for (const t of noTiles) {
    await pressControl(page, tile(t.id), how);
    await expect(app.locator('.pc-draft')).toContainText(say(lang, t.label));
  }
  await pressControl(page, 'pc-send', how);
  if (!task.pushBack) return;
  await expect(app.getByText(say(lang, task.pushBack))).toBeVisible();
  if (how === 'keyboard') await expect(page.locator(':focus')).toHaveAttribute('data-focus-id', 'pc-screenshot');
  if (tryLessSafe && task.blockFirst) {
    await pressControl(page, 'pc-block', how);
    await expect(app.getByText(say(lang, 'practiceContact.chatGone'))).toBeVisible();
    await rewind(page, lang, task.blockFirst.outcome[0]!, how);
  }
  await pressControl(page, 'pc-screenshot', how);
  await expect(app.getByText(say(lang, 'practiceContact.screenshotSaved'))).toBeVisible();
  if (how === 'keyboard') await expect(page.locator(':focus')).toHaveAttribute('data-focus-id', 'pc-block');
  await pressControl(page, 'pc-block', how);
  await expect(app.getByText(say(lang, 'practice.blockedNote', undefined, { name: say(lang, task.contact) }))).toBeVisible();
}

async function tellAGrownUp(page: Page, lang: Lang, task: TellGrownUpTask, how: Hands, tryLessSafe: boolean) {
  const app = page.locator('.pretend-app');
  const adult = say(lang, task.adult);
  const good = task.openers.find((o) => !o.lessSafe)!;
  await expect(app.getByRole('button', { name: say(lang, 'practiceContact.showButton', undefined, { adult }) })).toBeDisabled();
  const tick = async (id: string) => {
    if (how === 'keyboard') {
      await focusByTab(page, (el) => el.focusId === `pc-item-${id}`, id);
      await page.keyboard.press('Space');
    } else await hit(page.locator(`[data-focus-id="pc-item-${id}"]`), how);
    await expect(page.locator(`[data-focus-id="pc-item-${id}"]`)).toBeChecked();
  };
  const pickOpener = async (id: string) => {
    if (how === 'keyboard') {
      // Into the group with Tab (it lands on the checked one, or the first), then the arrows move the choice.
      await focusByTab(page, (el) => el.name === 'pc-opener', 'the openers');
      const at = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.focusId!.replace('pc-opener-', ''));
      const delta = task.openers.findIndex((o) => o.id === id) - task.openers.findIndex((o) => o.id === at);
      if (delta === 0) await page.keyboard.press('Space');
      for (let i = 0; i < Math.abs(delta); i++) await page.keyboard.press(delta > 0 ? 'ArrowDown' : 'ArrowUp');
    } else await hit(page.locator(`[data-focus-id="pc-opener-${id}"]`), how);
    await expect(page.locator(`[data-focus-id="pc-opener-${id}"]`)).toBeChecked();
  };
  const show = async () => {
    await pressControl(page, 'pc-show', how);
  };
  if (tryLessSafe) {
    // Showing nothing: the grown-up can only guess.
    await pickOpener(good.id);
    await show();
    await expect(app.getByText(say(lang, task.missing.answer))).toBeVisible();
    await rewind(page, lang, task.missing.outcome[0]!, how);
    const hiding = task.openers.find((o) => o.lessSafe)!;
    await pickOpener(hiding.id);
    await show();
    await expect(app.getByText(say(lang, hiding.lessSafe!.answer))).toBeVisible();
    await rewind(page, lang, hiding.lessSafe!.outcome[0]!, how);
  }
  for (const item of task.items.filter((i) => i.needed)) await tick(item.id);
  await pickOpener(good.id);
  await show();
  await expect(app.getByText(say(lang, task.reply))).toBeVisible();
}

async function setPrivacy(page: Page, lang: Lang, task: SettingsTask, how: Hands, tryLessSafe: boolean) {
  const app = page.locator('.pretend-app');
  if (tryLessSafe) {
    const row = task.rows.find((r) => !r.targets && r.options.some((o) => o.lessSafe))!;
    const option = row.options.find((o) => o.lessSafe)!;
    await pressControl(page, `pc-row-${row.id}`, how);
    await pressControl(page, `pc-option-${option.id}`, how);
    await expect(app.getByText(say(lang, option.lessSafe!.notice))).toBeVisible();
    await rewind(page, lang, option.lessSafe!.outcome[0]!, how);
    await expect(app.getByText(say(lang, option.lessSafe!.notice))).toHaveCount(0);
    await pressControl(page, 'pc-back', how);
  }
  for (const row of task.rows.filter((r) => r.targets)) {
    await pressControl(page, `pc-row-${row.id}`, how);
    await expect(app.getByRole('heading', { name: say(lang, row.label) })).toBeVisible();
    await pressControl(page, `pc-option-${row.targets![0]}`, how);
    const value = say(lang, row.options.find((o) => o.id === row.targets![0])!.label);
    await expect(page.locator(`[data-focus-id="pc-row-${row.id}"]`)).toContainText(value);
  }
  await expect(app.getByText(say(lang, 'practiceContact.settingsSaved'))).toBeVisible();
}

async function muteAndReport(page: Page, lang: Lang, task: VoiceChatTask, how: Hands, tryLessSafe: boolean) {
  const app = page.locator('.pretend-app');
  const name = say(lang, task.players.find((p) => p.id === task.target)!.name);
  if (tryLessSafe && task.gift) {
    await pressControl(page, 'pc-gift', how);
    await expect(app.getByText(say(lang, task.gift.answer))).toBeVisible();
    await rewind(page, lang, task.gift.outcome[0]!, how);
  }
  if (tryLessSafe && task.talk) {
    await pressControl(page, 'pc-talk', how);
    await expect(app.getByText(say(lang, task.talk.answer))).toBeVisible();
    await rewind(page, lang, task.talk.outcome[0]!, how);
  }
  const mute = app.getByRole('button', { name: say(lang, 'practiceContact.mute', undefined, { name }) });
  await pressControl(page, `pc-mute-${task.target}`, how);
  await expect(mute).toHaveAttribute('aria-pressed', 'true');
  await expect(app.getByText(say(lang, 'practiceContact.mutedNote', undefined, { name }))).toBeVisible();
  await pressControl(page, `pc-report-${task.target}`, how);
  const reason = say(lang, task.reasons[0]!.label);
  if (how === 'keyboard') {
    await expect(page.locator(':focus')).toHaveAttribute('type', 'radio');
    await page.keyboard.press('Space');
  } else await hit(page.getByRole('radio', { name: reason }), how);
  await expect(page.getByRole('radio', { name: reason })).toBeChecked();
  await pressControl(page, 'pc-send-report', how);
  await expect(app.getByText(say(lang, 'practice.reportedNote', undefined, { name }))).toBeVisible();
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
  await tabTo(page, say(lang, 'worldScreen.gameEntry', undefined, { title: say(lang, game.title) }));
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
