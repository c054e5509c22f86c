// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { findScenario } from '../../../src/content';
import type { RunnerAction } from '../../../src/engine/scenarioRunner';
import type { PracticeAction } from '../../../src/engine/steps';
import { practiceHarness } from './practiceHarness';

/** Just enough of the UI context: words are their keys (with their values), and every action is recorded and applied. */

const app = (action: PracticeAction): RunnerAction => ({ type: 'practice', action });
const byFocus = <T extends HTMLElement = HTMLButtonElement>(id: string) => document.querySelector<T>(`[data-focus-id="${id}"]`)!;
const heading = () => document.querySelector('.panel h2')?.textContent;
const appText = () => document.querySelector('.pretend-app')?.textContent ?? '';
const rewind = () => byFocus('rewind').click();

/** Every control in the pretend app is a real button or a labelled form control. */
function realControls() {
  for (const el of document.querySelectorAll('.pretend-app [data-focus-id]')) {
    expect(['BUTTON', 'INPUT']).toContain(el.tagName);
    if (el.tagName === 'INPUT') expect(el.closest('label')).not.toBeNull();
    if (el.tagName === 'BUTTON') expect(el.textContent?.trim() || el.getAttribute('aria-label')).toBeTruthy();
  }
}

describe('the conduct world’s pretend apps', () => {
  afterEach(() => document.body.replaceChildren());

  it('group chat: screenshot, then report and block from the ⋯ menu, focus moving along; answering back plays out', () => {
    const h = practiceHarness(findScenario('conduct-bullied')!, 'evidence');
    expect(document.querySelector('.stage .pretend-app')).not.toBeNull();
    expect(heading()).toBe('practice.yourTurn');
    realControls();

    byFocus('ev-answer').click();
    expect(h.last()).toEqual(app({ type: 'answerBack' }));
    expect(appText()).toContain('conduct:bullied.evidence.answerBack.pile1');
    expect(heading()).toBe('scenario.letsThink');
    expect(document.activeElement).toBe(byFocus('practice-heading'));
    rewind();
    expect(appText()).not.toContain('pile1');

    byFocus('ev-screenshot').click();
    expect(h.last()).toEqual(app({ type: 'screenshot' }));
    expect(appText()).toContain('practiceConduct.screenshotSaved');
    expect(document.activeElement).toBe(byFocus('ev-menu'));
    byFocus('ev-menu').click();
    expect(byFocus('ev-menu').getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement?.getAttribute('role')).toBe('menuitem');
    // Once the proof is kept, the menu no longer offers to delete the chat.
    expect(document.querySelector('[data-item="delete"]')).toBeNull();
    document.querySelector<HTMLButtonElement>('[data-item="report"]')!.click();
    expect(h.last()).toEqual(app({ type: 'report' }));
    expect(document.activeElement).toBe(byFocus('ev-menu'));
    byFocus('ev-menu').click();
    document.querySelector<HTMLButtonElement>('[data-item="block"]')!.click();
    expect(h.last()).toEqual(app({ type: 'block' }));
    expect(heading()).toBe('practice.done');
    expect(document.activeElement).toBe(byFocus('practice-heading'));
    expect(document.querySelector('.app-status')?.textContent).toContain('practice.blockedNote');
  });

  it('group chat: deleting the chat before a screenshot plays out, and Escape closes the menu', () => {
    const h = practiceHarness(findScenario('conduct-bullied')!, 'evidence');
    byFocus('ev-menu').click();
    document.querySelector<HTMLButtonElement>('[data-item="delete"]')!.click();
    expect(h.last()).toEqual(app({ type: 'deleteChat' }));
    expect(appText()).toContain('conduct:bullied.evidence.deleteChat.result');
    expect(document.querySelector('.chat-log')).toBeNull();
    rewind();
    document.querySelector('[role="menuitem"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(h.last()).toEqual(app({ type: 'closeMenu' }));
    expect(document.activeElement).toBe(byFocus('ev-menu'));
  });

  it('phrase tiles: tiles go into the draft in order, come out with their ✕, and a kind message is sent', () => {
    const h = practiceHarness(findScenario('conduct-bystander')!, 'kind');
    realControls();
    expect(byFocus('tiles-send').disabled).toBe(true);
    byFocus('tile-hi').click();
    expect(h.last()).toEqual(app({ type: 'pick', tileId: 'hi' }));
    // Focus goes to the next tile in the tray, so a keyboard can pick on.
    expect(document.activeElement).toBe(byFocus('tile-nose'));
    byFocus('tile-side').click();
    expect([...document.querySelectorAll('.cx-draft .cx-chip')].map((b) => b.textContent)).toEqual([
      'conduct:bystander.kind.tiles.hi',
      'conduct:bystander.kind.tiles.side',
    ]);
    expect(byFocus('draft-hi').getAttribute('aria-label')).toBe('practiceConduct.takeOut(conduct:bystander.kind.tiles.hi)');
    byFocus('draft-hi').click();
    expect(h.last()).toEqual(app({ type: 'unpick', tileId: 'hi' }));
    expect(document.activeElement).toBe(byFocus('tile-hi'));
    byFocus('tile-all-right').click();
    byFocus('tiles-send').click();
    expect(h.last()).toEqual(app({ type: 'send' }));
    expect(appText()).toContain('conduct:bystander.kind.answer');
    expect(heading()).toBe('practice.done');
    expect(document.querySelector('.cx-tray')).toBeNull();
  });

  it('phrase tiles: an unkind tile plays out when sent, the forward button too, and the draft survives the rewind', () => {
    const h = practiceHarness(findScenario('conduct-bystander')!, 'kind');
    byFocus('shortcut-forward').click();
    expect(h.last()).toEqual(app({ type: 'shortcut', shortcutId: 'forward' }));
    expect(appText()).toContain('conduct:bystander.kind.forward.result');
    expect(heading()).toBe('scenario.letsThink');
    rewind();
    byFocus('tile-hi').click();
    byFocus('tile-nose').click();
    byFocus('tiles-send').click();
    expect(appText()).toContain('conduct:bystander.kind.unkind.answer');
    expect(document.querySelector('.chat-bubble.cx-unkind')).not.toBeNull();
    rewind();
    expect(document.querySelectorAll('.cx-draft .cx-chip')).toHaveLength(2);
    byFocus('tiles-clear').click();
    expect(h.last()).toEqual(app({ type: 'clear' }));
    expect(document.querySelector('.cx-placeholder')).not.toBeNull();
  });

  it('passphrase: the meter reacts, a guessable tile plays out when saved, three random words are saved', () => {
    const h = practiceHarness(findScenario('conduct-password')!, 'new-password');
    realControls();
    const meter = () => document.querySelector('.cx-meter-text')?.textContent;
    expect(meter()).toBe('practiceConduct.strength.empty');
    expect(document.querySelector('.cx-meter-text')?.getAttribute('role')).toBe('status');
    byFocus('tile-name').click();
    byFocus('tile-cloud').click();
    byFocus('tile-river').click();
    expect(meter()).toBe('practiceConduct.strength.weak');
    byFocus('pass-save').click();
    expect(h.last()).toEqual(app({ type: 'save' }));
    expect(appText()).toContain('conduct:password.newPassword.name.guess');
    rewind();
    byFocus('draft-name').click();
    expect(meter()).toBe('practiceConduct.strength.fair');
    expect(byFocus('pass-save').disabled).toBe(true);
    byFocus('tile-banana').click();
    expect(meter()).toBe('practiceConduct.strength.strong');
    byFocus('pass-save').click();
    expect(heading()).toBe('practice.done');
    expect(appText()).toContain('practiceConduct.passwordSaved');
  });

  it('photo post: posting to everyone plays out with comments; "only me" then Post is done', () => {
    const h = practiceHarness(findScenario('conduct-friend-photo')!, 'draft');
    realControls();
    expect(appText()).toContain('conduct:friendPhoto.draft.reply');
    byFocus('post-post').click();
    expect(h.last()).toEqual(app({ type: 'post' }));
    expect(document.querySelectorAll('.cx-reactions li')).toHaveLength(3);
    rewind();
    expect(document.querySelector('.cx-reactions')).toBeNull();
    byFocus<HTMLInputElement>('audience-only-me').click();
    expect(h.last()).toEqual(app({ type: 'audience', audienceId: 'only-me' }));
    expect(byFocus<HTMLInputElement>('audience-only-me').checked).toBe(true);
    expect(document.activeElement).toBe(byFocus('audience-only-me'));
    byFocus('post-post').click();
    expect(heading()).toBe('practice.done');
    expect(appText()).toContain('practiceConduct.postedFor(conduct:friendPhoto.draft.onlyMe)');
  });

  it('photo post: deleting the draft is done too', () => {
    practiceHarness(findScenario('conduct-friend-photo')!, 'draft');
    byFocus('post-delete').click();
    expect(heading()).toBe('practice.done');
    expect(appText()).toContain('practiceConduct.draftDeleted');
  });

  it('game settings: "Next round!" plays out; each row set to a break is done, focus on Tiko’s well done', () => {
    const h = practiceHarness(findScenario('conduct-screen-time')!, 'settings');
    realControls();
    expect(document.querySelectorAll('.cx-setting legend')).toHaveLength(3);
    byFocus('game-play-on').click();
    expect(h.last()).toEqual(app({ type: 'playOn' }));
    expect(appText()).toContain('conduct:screenTime.settings.playOn.result');
    rewind();
    byFocus<HTMLInputElement>('row-reminder-30').click();
    expect(h.last()).toEqual(app({ type: 'set', rowId: 'reminder', optionId: '30' }));
    expect(document.activeElement).toBe(byFocus('row-reminder-30'));
    byFocus<HTMLInputElement>('row-stop-after-on').click();
    byFocus<HTMLInputElement>('row-autoplay-off').click();
    expect(heading()).toBe('practice.done');
    expect(document.activeElement).toBe(byFocus('practice-heading'));
    expect(appText()).toContain('practiceConduct.settingsSaved');
    expect(byFocus('game-play-on')).toBeNull();
  });
});
