/**
 * Does the contract world's practice tasks (and the scary pop-up's) in their
 * pretend apps, the way a child would: by mouse, by touch or by keyboard
 * alone. `tryLessSafe` first takes each tempting button, checks it plays out
 * in the app, and rewinds with Tiko's button.
 */
import type { Page } from '@playwright/test';
import type { FakeLoginTask, PermissionsTask, PopupCloseTask, PracticeTask, ShopOfferTask, TermsAgreeTask } from '../../../src/content';
import { expect, say, tapOnce } from '../fixtures';
import type { Lang } from '../../support/locales';

export type How = 'mouse' | 'touch' | 'keyboard';
type ContractTask = PopupCloseTask | PermissionsTask | FakeLoginTask | ShopOfferTask | TermsAgreeTask;

export const isContractTask = (task: PracticeTask): task is ContractTask =>
  ['popup-close', 'permissions', 'fake-login', 'shop-offer', 'terms-agree'].includes(task.task);

const app = (page: Page) => page.locator('.pretend-app');
const control = (page: Page, focusId: string) => page.locator(`[data-focus-id="${focusId}"]`);
const focusId = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.focusId ?? null);

/** Presses Tab until the control with this focus id has focus, checking each stop has a visible ring. */
async function tabToControl(page: Page, id: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return { id: el.dataset.focusId ?? null, outline: style.outlineStyle };
    });
    if (!state) continue;
    expect(state.outline, `focus ring on ${state.id}`).not.toBe('none');
    if (state.id === id) return;
  }
  throw new Error(`Tab never reached ${id}`);
}

/** Presses a control the way the child does. Keyboard: Tab to it, then Enter (Space for a switch). */
async function press(page: Page, id: string, how: How, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  const target = control(page, id);
  if (how === 'mouse') return target.click();
  if (how === 'touch') return tapOnce(target);
  await tabToControl(page, id);
  await page.keyboard.press(key);
}

/** A tempting button has played out: its result shows in the app and Tiko explains; then back. */
async function playsOutThenRewind(page: Page, lang: Lang, shown: string, outcome: string, how: How): Promise<void> {
  await expect(app(page).locator('.pc-plays-out')).toHaveText(say(lang, shown));
  await expect(page.getByRole('heading', { name: say(lang, 'scenario.letsThink') })).toBeVisible();
  await expect(page.getByRole('main').getByText(say(lang, outcome))).toBeVisible();
  if (how === 'keyboard') expect(await focusId(page)).toBe('practice-heading');
  await press(page, 'rewind', how);
  await expect(app(page).locator('.pc-plays-out')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: say(lang, 'practice.yourTurn') })).toBeVisible();
}

export async function practiseContract(page: Page, lang: Lang, task: ContractTask, how: How, tryLessSafe = false): Promise<void> {
  switch (task.task) {
    case 'popup-close':
      for (const [i, popup] of task.popups.entries()) {
        await expect(app(page).locator('.pc-popup-title')).toHaveText(say(lang, popup.title));
        if (tryLessSafe) {
          await press(page, 'pc-trap', how);
          await playsOutThenRewind(page, lang, popup.trap.playsOut, popup.trap.outcome[0]!, how);
        }
        // The ✕ is named for a screen reader; it is the only way out.
        await expect(app(page).getByRole('button', { name: say(lang, 'practiceContract.close') })).toBeVisible();
        await press(page, 'pc-close', how);
        if (i < task.popups.length - 1) {
          await expect(app(page).getByRole('status')).toHaveText(say(lang, 'practiceContract.popupAgain'));
          if (how === 'keyboard') expect(await focusId(page)).toBe('pc-popup-title');
        }
      }
      await expect(app(page).getByRole('status')).toHaveText(say(lang, 'practiceContract.popupGone'));
      return;
    case 'permissions':
      for (const request of task.requests) {
        await expect(app(page).locator('.pc-perm-question')).toHaveText(say(lang, request.question));
        const other = request.fits === 'allow' ? 'deny' : 'allow';
        if (tryLessSafe) {
          await press(page, `pc-${other}`, how);
          await playsOutThenRewind(page, lang, request.otherwise.playsOut, request.otherwise.outcome[0]!, how);
        }
        await press(page, `pc-${request.fits}`, how);
      }
      await expect(app(page).locator('.pc-perm-row')).toHaveCount(task.requests.length);
      return;
    case 'fake-login':
      await expect(app(page).getByText(say(lang, task.promise))).toBeVisible();
      await press(page, 'pc-address', how);
      await expect(app(page).locator('.pc-fake')).toHaveText(task.address);
      await expect(app(page).locator('.pc-real')).toHaveText(task.realAddress);
      if (tryLessSafe) {
        await press(page, 'pc-login', how);
        await playsOutThenRewind(page, lang, task.login.playsOut, task.login.outcome[0]!, how);
      }
      await press(page, 'pc-leave', how);
      await expect(app(page).getByRole('status')).toHaveText(say(lang, 'practiceContract.leftPage'));
      return;
    case 'shop-offer':
      await expect(app(page).locator('.pc-time')).toHaveText(task.timer);
      if (tryLessSafe) {
        await press(page, 'pc-buy', how);
        await expect(app(page).locator('.pc-again')).toHaveText(say(lang, 'practiceContract.timerAgain'));
        await playsOutThenRewind(page, lang, task.buy.playsOut, task.buy.outcome[0]!, how);
      }
      await press(page, 'pc-ask', how);
      await expect(app(page).getByRole('status')).toHaveText(
        say(lang, 'practiceContract.askSent', undefined, { name: say(lang, task.grownUp) }),
      );
      return;
    case 'terms-agree': {
      if (tryLessSafe) {
        await press(page, 'pc-accept-all', how);
        await playsOutThenRewind(page, lang, task.acceptAll.playsOut, task.acceptAll.outcome[0]!, how);
      }
      for (const s of task.switches.filter((x) => x.risky)) {
        const input = app(page).getByRole('switch', { name: say(lang, s.label) });
        await expect(input).toBeChecked();
        await press(page, `pc-switch-${s.id}`, how, 'Space');
        await expect(input).not.toBeChecked();
      }
      await press(page, 'pc-ask', how);
      await expect(app(page).getByRole('status')).toHaveText(
        say(lang, 'practiceContract.readingWith', undefined, { name: say(lang, task.grownUp) }),
      );
      return;
    }
  }
}
