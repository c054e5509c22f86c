/**
 * The conduct world's pretend apps, done the way a child would: by mouse, by touch or by
 * keyboard alone. `tryLessSafe` first takes each less safe action the app offers, checks it
 * plays out in the app with Tiko's words beside it, and rewinds.
 */
import type { Locator, Page } from '@playwright/test';
import type { BreakReminderTask, EvidenceBlockTask, PassphraseTask, PhraseTilesTask, PostDraftTask } from '../../../src/content';
import { expect, say, tapOnce } from '../fixtures';
import type { Lang } from '../../support/locales';

export type How = 'mouse' | 'touch' | 'keyboard';
export type ConductTask = EvidenceBlockTask | PhraseTilesTask | PassphraseTask | PostDraftTask | BreakReminderTask;

const app = (page: Page) => page.locator('.pretend-app');
const main = (page: Page) => page.getByRole('main');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s/gu, '\\s');
const exact = (text: string) => new RegExp(`^${escape(text)}$`);

export async function practiseConduct(page: Page, lang: Lang, task: ConductTask, how: How, tryLessSafe = false): Promise<void> {
  switch (task.task) {
    case 'evidence-block':
      return evidenceBlock(page, lang, task, how, tryLessSafe);
    case 'phrase-tiles':
      return phraseTiles(page, lang, task, how, tryLessSafe);
    case 'passphrase':
      return passphrase(page, lang, task, how, tryLessSafe);
    case 'post-draft':
      return postDraft(page, lang, task, how, tryLessSafe);
    case 'break-reminder':
      return breakReminder(page, lang, task, how, tryLessSafe);
  }
}

/** Presses a control the child's way: a click, a tap, or Tab until it has focus and then Enter. */
export async function press(page: Page, target: Locator, how: How): Promise<void> {
  if (how === 'mouse') return target.click();
  if (how === 'touch') return tapOnce(target);
  await tabUntil(page, target);
  await page.keyboard.press('Enter');
}

/** Presses Tab until `target` has focus, checking that every stop shows a focus ring. */
export async function tabUntil(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const el = document.activeElement;
      return el && el !== document.body ? getComputedStyle(el).outlineStyle : null;
    });
    if (ring) expect(ring, 'focus ring').not.toBe('none');
  }
  throw new Error('Tab never reached the control');
}

/** Picks a radio button: by click or tap, or by keyboard: Tab to its group, then the arrow keys. */
async function pickRadio(page: Page, radio: Locator, how: How): Promise<void> {
  if (how === 'mouse') return radio.check();
  if (how === 'touch') return tapOnce(radio);
  const name = await radio.getAttribute('name');
  const group = page.locator(`input[type="radio"][name="${name}"]`);
  await tabUntil(page, group.and(page.locator(':checked')));
  for (let i = 0; i < 6 && !(await radio.isChecked()); i++) await page.keyboard.press('ArrowDown');
  await expect(radio).toBeChecked();
}

/** A menu item: clicked or tapped, or reached with the arrow keys from the item that has focus. */
async function pressMenuItem(page: Page, target: Locator, how: How, key = 'Enter'): Promise<void> {
  if (how !== 'keyboard') return press(page, target, how);
  if (
    !(await target.evaluate((el) => el === document.activeElement)) &&
    !(await page.evaluate(() => document.activeElement?.getAttribute('role') === 'menuitem'))
  ) {
    await tabUntil(page, page.getByRole('menuitem').first());
  }
  for (let i = 0; i < 6 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('ArrowDown');
  await expect(target).toBeFocused();
  await page.keyboard.press(key);
}

async function lessSafeBeat(page: Page, lang: Lang, shown: string, outcome: string, how: How): Promise<void> {
  await expect(app(page).getByText(shown)).toBeVisible();
  await expect(main(page).getByText(say(lang, outcome))).toBeVisible();
  await expect(page.getByRole('heading', { name: say(lang, 'scenario.letsThink') })).toBeVisible();
  await press(page, main(page).getByRole('button', { name: say(lang, 'practice.rewind') }), how);
  await expect(page.getByRole('heading', { name: say(lang, 'practice.yourTurn') })).toBeVisible();
  await expect(app(page).getByText(shown)).toHaveCount(0);
}

async function evidenceBlock(page: Page, lang: Lang, task: EvidenceBlockTask, how: How, tryLessSafe: boolean) {
  const name = say(lang, task.sender);
  const menu = app(page).getByRole('button', { name: say(lang, 'practice.optionsFor', undefined, { name }) });
  const item = (key: string) => page.getByRole('menuitem', { name: exact(say(lang, key)) });
  if (tryLessSafe) {
    await press(page, app(page).getByRole('button', { name: say(lang, 'practiceConduct.answerBack') }), how);
    await lessSafeBeat(page, lang, say(lang, task.answerBack.pileOn[0]!.text), task.answerBack.outcome[0]!, how);
    await press(page, menu, how);
    await pressMenuItem(page, item('practiceConduct.deleteChat'), how);
    await lessSafeBeat(page, lang, say(lang, task.deleteChat.result), task.deleteChat.outcome[0]!, how);
    // Back to just before: the menu is open again, and Escape closes it.
    await expect(item('practice.cancel')).toBeVisible();
    if (how === 'keyboard') {
      await pressMenuItem(page, item('practice.report'), how, 'Escape');
      await expect(menu).toBeFocused();
    } else await press(page, item('practice.cancel'), how);
  }
  await press(page, app(page).getByRole('button', { name: say(lang, 'practiceConduct.screenshot') }), how);
  await expect(app(page).getByText(say(lang, 'practiceConduct.screenshotSaved'))).toBeVisible();
  if (how === 'keyboard') {
    // Focus moves on to what is left to do: the ⋯ menu, whose first item takes focus when it opens.
    await expect(menu).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(item('practice.report')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(menu).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(item('practice.block')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: say(lang, 'practice.done') })).toBeFocused();
  } else {
    await press(page, menu, how);
    await press(page, item('practice.report'), how);
    await press(page, menu, how);
    await press(page, item('practice.block'), how);
  }
  await expect(app(page).getByText(say(lang, 'practice.blockedNote', undefined, { name }))).toBeVisible();
}

/** A tile in the tray (not the draft), by its words. */
const trayTile = (page: Page, lang: Lang, key: string) =>
  app(page)
    .locator('.cx-tray')
    .getByRole('button', { name: exact(say(lang, key)) });

async function phraseTiles(page: Page, lang: Lang, task: PhraseTilesTask, how: How, tryLessSafe: boolean) {
  const send = app(page).getByRole('button', { name: say(lang, 'practiceConduct.send') });
  const fine = task.tiles.filter((t) => !t.lessSafe);
  if (tryLessSafe) {
    for (const shortcut of task.shortcuts ?? []) {
      await press(page, app(page).getByRole('button', { name: say(lang, shortcut.label) }), how);
      await lessSafeBeat(page, lang, say(lang, shortcut.result), shortcut.outcome[0]!, how);
    }
    for (const beat of task.lessSafe) {
      const tile = task.tiles.find((t) => t.lessSafe === beat.id)!;
      await press(page, trayTile(page, lang, fine[0]!.label), how);
      await press(page, trayTile(page, lang, tile.label), how);
      await press(page, send, how);
      await lessSafeBeat(page, lang, say(lang, beat.answer), beat.outcome[0]!, how);
      // The draft is still there: take everything out with Clear.
      await press(page, app(page).getByRole('button', { name: say(lang, 'practiceConduct.clear') }), how);
      await expect(app(page).getByText(say(lang, 'practiceConduct.pickTiles'))).toBeVisible();
    }
  }
  for (const tile of fine.slice(0, task.minTiles)) await press(page, trayTile(page, lang, tile.label), how);
  await expect(app(page).locator('.cx-draft .cx-chip')).toHaveCount(task.minTiles);
  // A tile comes out of the draft with its ✕ and goes back into the tray.
  const first = say(lang, fine[0]!.label);
  await press(page, app(page).getByRole('button', { name: say(lang, 'practiceConduct.takeOut', undefined, { tile: first }) }), how);
  await expect(trayTile(page, lang, fine[0]!.label)).toBeVisible();
  await press(page, trayTile(page, lang, fine[0]!.label), how);
  await press(page, send, how);
  await expect(app(page).getByText(say(lang, task.answer))).toBeVisible();
  await expect(app(page).getByText(say(lang, 'practiceConduct.sentTo', undefined, { name: say(lang, task.contact) }))).toBeVisible();
}

async function passphrase(page: Page, lang: Lang, task: PassphraseTask, how: How, tryLessSafe: boolean) {
  const save = app(page).getByRole('button', { name: say(lang, 'practiceConduct.save') });
  const strong = task.tiles.filter((t) => !t.weak);
  const meter = app(page).locator('.cx-meter-text');
  await expect(meter).toHaveText(say(lang, 'practiceConduct.strength.empty'));
  if (tryLessSafe) {
    for (const beat of task.weak) {
      const tile = task.tiles.find((t) => t.weak === beat.id)!;
      await press(page, trayTile(page, lang, tile.label), how);
      for (const word of strong.slice(0, task.words - 1)) await press(page, trayTile(page, lang, word.label), how);
      // The meter is the clue: a guessable tile makes the whole passphrase weak.
      await expect(meter).toHaveText(say(lang, 'practiceConduct.strength.weak'));
      await press(page, save, how);
      await lessSafeBeat(page, lang, say(lang, beat.guess), beat.outcome[0]!, how);
      await press(page, app(page).getByRole('button', { name: say(lang, 'practiceConduct.clear') }), how);
    }
  }
  for (const word of strong.slice(0, task.words)) await press(page, trayTile(page, lang, word.label), how);
  await expect(meter).toHaveText(say(lang, 'practiceConduct.strength.strong'));
  await press(page, save, how);
  await expect(app(page).getByText(say(lang, 'practiceConduct.passwordSaved'))).toBeVisible();
}

async function postDraft(page: Page, lang: Lang, task: PostDraftTask, how: How, tryLessSafe: boolean) {
  const post = app(page).getByRole('button', { name: exact(say(lang, 'practiceConduct.post')) });
  const radio = (id: string) => app(page).getByRole('radio', { name: say(lang, task.audiences.find((a) => a.id === id)!.label) });
  await expect(app(page).getByText(say(lang, task.reply))).toBeVisible();
  if (tryLessSafe) {
    for (const beat of task.lessSafe) {
      const audience = task.audiences.find((a) => a.lessSafe === beat.id)!;
      await pickRadio(page, radio(audience.id), how);
      await press(page, post, how);
      await lessSafeBeat(page, lang, say(lang, beat.reactions[0]!), beat.outcome[0]!, how);
    }
  }
  const private_ = task.audiences.find((a) => !a.lessSafe)!;
  if (how === 'touch') {
    // By touch, the other safe way: delete the draft.
    await press(page, app(page).getByRole('button', { name: say(lang, 'practiceConduct.deleteDraft') }), how);
    await expect(app(page).getByText(say(lang, 'practiceConduct.draftDeleted'))).toBeVisible();
    return;
  }
  await pickRadio(page, radio(private_.id), how);
  await press(page, post, how);
  await expect(
    app(page).getByText(say(lang, 'practiceConduct.postedFor', undefined, { audience: say(lang, private_.label) })),
  ).toBeVisible();
}

async function breakReminder(page: Page, lang: Lang, task: BreakReminderTask, how: How, tryLessSafe: boolean) {
  if (tryLessSafe) {
    await press(page, app(page).getByRole('button', { name: say(lang, task.playOn.label) }), how);
    await lessSafeBeat(page, lang, say(lang, task.playOn.result), task.playOn.outcome[0]!, how);
  }
  for (const row of task.rows) {
    const option = row.options.find((o) => row.safe.includes(o.id))!;
    const group = app(page).getByRole('group', { name: say(lang, row.label) });
    await pickRadio(page, group.getByRole('radio', { name: exact(say(lang, option.label)) }), how);
  }
  await expect(app(page).getByText(say(lang, 'practiceConduct.settingsSaved'))).toBeVisible();
}
