// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { contentScaryPopup } from '../../../src/content/scenarios/content/scaryPopup';
import { contractAppPermissions } from '../../../src/content/scenarios/contract/appPermissions';
import { contractFreeCoins } from '../../../src/content/scenarios/contract/freeCoins';
import { contractInGameShop } from '../../../src/content/scenarios/contract/inGameShop';
import { contractRightsTerms } from '../../../src/content/scenarios/contract/rightsTerms';
import { contractYouWon } from '../../../src/content/scenarios/contract/youWon';
import type { RunnerAction } from '../../../src/engine/scenarioRunner';
import type { PracticeAction } from '../../../src/engine/steps';
import { practiceHarness } from './practiceHarness';

const app = (action: PracticeAction): RunnerAction => ({ type: 'practice', action });
const control = <T extends HTMLElement = HTMLButtonElement>(focusId: string) => document.querySelector<T>(`[data-focus-id="${focusId}"]`)!;
const heading = () => document.querySelector('.panel h2')?.textContent;
const status = () => document.querySelector('.pretend-app [role="status"]')?.textContent;
const focused = () => (document.activeElement as HTMLElement | null)?.dataset.focusId;

/** Rewinds from a less safe beat with Tiko's button, checking the app is back as it was. */
function rewind(h: ReturnType<typeof practiceHarness>) {
  expect(heading()).toBe('scenario.letsThink');
  expect(focused()).toBe('practice-heading');
  control('rewind').click();
  expect(h.acted.at(-1)).toEqual({ type: 'rewind' });
  expect(heading()).toBe('practice.yourTurn');
  expect(document.querySelector('.pc-plays-out')).toBeNull();
}

function finish(h: ReturnType<typeof practiceHarness>, next: string) {
  expect(heading()).toBe('practice.done');
  expect(focused()).toBe('practice-heading');
  control('continue').click();
  expect(h.runner.stepId).toBe(next);
}

describe('the contract world’s pretend apps', () => {
  afterEach(() => document.body.replaceChildren());

  it('pop-ups: the big button plays out, the small ✕ closes each one in turn (you-won and the scary pop-up)', () => {
    for (const [scenario, first, second, next] of [
      [contractYouWon, 'prize', 'stay', 'again'],
      [contentScaryPopup, 'virus', 'sure', 'update'],
    ] as const) {
      const h = practiceHarness(scenario, 'close-it');
      expect(document.querySelector('.stage .pretend-app .pc-popup')).not.toBeNull();
      expect(control('pc-close').getAttribute('aria-label')).toBe('practiceContract.close');
      control('pc-trap').click();
      expect(h.acted.at(-1)).toEqual(app({ type: 'pressTrap', popupId: first }));
      expect(document.querySelector('.pc-plays-out')).not.toBeNull();
      expect(control('pc-close').disabled).toBe(true);
      rewind(h);
      control('pc-close').click();
      expect(h.acted.at(-1)).toEqual(app({ type: 'closePopup', popupId: first }));
      expect(document.querySelector('.pc-popup-title')?.textContent).toContain(`.closeIt.${second}.title`);
      expect(focused()).toBe('pc-popup-title');
      expect(status()).toBe('practiceContract.popupAgain');
      control('pc-close').click();
      expect(document.querySelector('.pc-popup')).toBeNull();
      expect(status()).toBe('practiceContract.popupGone');
      finish(h, next);
    }
  });

  it('permission dialogs: allow the camera, "Don’t allow" location and contacts; the other answers play out', () => {
    const h = practiceHarness(contractAppPermissions, 'dialogs');
    expect(document.querySelector('.pc-perm-question')?.textContent).toBe('contract:appPermissions.dialogs.camera.question');
    control('pc-deny').click();
    expect(h.acted.at(-1)).toEqual(app({ type: 'answer', requestId: 'camera', answer: 'deny' }));
    expect(document.querySelector('.pc-plays-out')?.textContent).toBe('contract:appPermissions.dialogs.camera.playsOut');
    rewind(h);
    control('pc-allow').click();
    expect(focused()).toBe('pc-perm-question');
    expect(document.querySelectorAll('.pc-perm-row')).toHaveLength(1);
    control('pc-allow').click();
    expect(document.querySelector('.pc-plays-out')?.textContent).toBe('contract:appPermissions.dialogs.location.playsOut');
    rewind(h);
    control('pc-deny').click();
    control('pc-deny').click();
    expect(h.acted.at(-1)).toEqual(app({ type: 'answer', requestId: 'contacts', answer: 'deny' }));
    expect(document.querySelectorAll('.pc-perm-row.pc-deny')).toHaveLength(2);
    finish(h, 'mic');
  });

  it('look-alike page: the address shows its clue, "Log in" plays out, Leave ends it', () => {
    const h = practiceHarness(contractFreeCoins, 'page');
    expect(control('pc-address').getAttribute('aria-expanded')).toBe('false');
    control('pc-address').click();
    expect(h.acted.at(-1)).toEqual(app({ type: 'checkAddress' }));
    expect(focused()).toBe('pc-address-check');
    expect(document.querySelector('.pc-fake')?.textContent).toBe('play.skyb1ox.example');
    expect(document.querySelector('.pc-real')?.textContent).toBe('play.skyblox.example');
    control('pc-login').click();
    expect(h.acted.at(-1)).toEqual(app({ type: 'logIn' }));
    expect(control('pc-leave').disabled).toBe(true);
    rewind(h);
    control('pc-leave').click();
    expect(h.acted.at(-1)).toEqual(app({ type: 'leave' }));
    expect(status()).toBe('practiceContract.leftPage');
    finish(h, 'friend');
  });

  it('shop: "Buy now" plays out with the countdown starting again; asking a grown-up ends it', () => {
    const h = practiceHarness(contractInGameShop, 'offer');
    expect(document.querySelector('.pc-time')?.textContent).toBe('01:59');
    control('pc-buy').click();
    expect(h.acted.at(-1)).toEqual(app({ type: 'buy' }));
    expect(document.querySelector('.pc-again')?.textContent).toBe('practiceContract.timerAgain');
    rewind(h);
    control('pc-ask').click();
    expect(h.acted.at(-1)).toEqual(app({ type: 'askGrownUp' }));
    expect(status()).toBe('practiceContract.askSent(contract:inGameShop.mum)');
    finish(h, 'break');
  });

  it('shop: the ✕ closes it too', () => {
    const h = practiceHarness(contractInGameShop, 'offer');
    expect(control('pc-shop-close').getAttribute('aria-label')).toBe('practiceContract.closeShop');
    control('pc-shop-close').click();
    expect(status()).toBe('practiceContract.shopClosed');
    finish(h, 'break');
  });

  it('terms: real switches to turn off, "Accept all" plays out, and asking Grandpa', () => {
    const h = practiceHarness(contractRightsTerms, 'choices');
    const switchOf = (id: string) => control<HTMLInputElement>(`pc-switch-${id}`);
    expect(switchOf('share-videos').checked).toBe(true);
    expect(switchOf('share-videos').getAttribute('role')).toBe('switch');
    expect(switchOf('subtitles').checked).toBe(false);
    control('pc-accept-all').click();
    expect(h.acted.at(-1)).toEqual(app({ type: 'acceptAll' }));
    rewind(h);
    control('pc-ask').click();
    expect(h.acted.at(-1)).toEqual(app({ type: 'askGrownUp' }));
    // Still a sharing switch on: focus goes to it.
    expect(focused()).toBe('pc-switch-share-videos');
    expect(status()).toBe('practiceContract.readingWith(contract:rightsTerms.grandpa)');
    switchOf('share-videos').click();
    expect(h.acted.at(-1)).toEqual(app({ type: 'toggle', switchId: 'share-videos' }));
    expect(switchOf('share-videos').checked).toBe(false);
    expect(focused()).toBe('pc-switch-share-videos');
    switchOf('share-place').click();
    finish(h, 'share');
  });

  it('uses real buttons and labelled form controls for everything the child can press', () => {
    for (const [scenario, step] of [
      [contractYouWon, 'close-it'],
      [contractAppPermissions, 'dialogs'],
      [contractFreeCoins, 'page'],
      [contractInGameShop, 'offer'],
      [contractRightsTerms, 'choices'],
    ] as const) {
      practiceHarness(scenario, step);
      const controls = document.querySelectorAll('.pretend-app button, .pretend-app input');
      expect(controls.length).toBeGreaterThan(0);
      for (const el of controls) {
        if (el.tagName === 'INPUT') expect(el.closest('label')).not.toBeNull();
        else expect((el.textContent ?? '').trim() || el.getAttribute('aria-label')).toBeTruthy();
      }
    }
  });
});
