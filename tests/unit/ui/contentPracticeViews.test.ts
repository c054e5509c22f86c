// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { contentFakeNews } from '../../../src/content/scenarios/content/fakeNews';
import { contentUpsettingVideo } from '../../../src/content/scenarios/content/upsettingVideo';
import type { RunnerAction } from '../../../src/engine/scenarioRunner';
import type { PracticeAction } from '../../../src/engine/steps';
import { practiceHarness } from './practiceHarness';

const app = (action: PracticeAction): RunnerAction => ({ type: 'practice', action });
const button = (focusId: string) => document.querySelector<HTMLButtonElement>(`[data-focus-id="${focusId}"]`)!;
const status = () => document.querySelector('.pretend-app [role="status"]')?.textContent ?? '';
const K = 'content:fakeNews.clues.';

describe('the spot-the-clues view (a post in the class chat)', () => {
  afterEach(() => document.body.replaceChildren());

  it('draws the post with every part a toggle button, and the safe way locked', () => {
    practiceHarness(contentFakeNews, 'clues');
    expect(document.querySelector('.stage .pretend-app.cc-app')).not.toBeNull();
    expect(document.querySelector('.cc-headline')?.textContent).toBe(`${K}headline`);
    const parts = [...document.querySelectorAll<HTMLButtonElement>('.cc-part')];
    expect(parts.map((p) => p.dataset.focusId)).toEqual(['part-shared-by', 'part-account', 'part-date', 'part-photo', 'part-rush']);
    for (const p of parts) expect(p.getAttribute('aria-pressed')).toBe('false');
    expect(button('decide-check-first').getAttribute('aria-disabled')).toBe('true');
    expect(button('decide-check-first').getAttribute('aria-describedby')).toBe('cc-locked-hint');
    expect(status()).toContain('practiceContent.cluesFound(0,3)');
  });

  it('says a fine part looks fine, keeps a clue found, and announces both in the live region', () => {
    const h = practiceHarness(contentFakeNews, 'clues');
    button('part-shared-by').click();
    expect(h.acted.at(-1)).toEqual(app({ type: 'tapPart', partId: 'shared-by' }));
    expect(status()).toContain('practiceContent.looksFine');
    expect(document.activeElement).toBe(button('part-shared-by'));
    button('part-account').click();
    expect(button('part-account').getAttribute('aria-pressed')).toBe('true');
    expect(status()).toContain(`${K}parts.account.clue`);
    expect(status()).toContain('practiceContent.cluesFound(1,3)');
  });

  it('does nothing on the locked safe way, then moves focus to it with the last clue', () => {
    const h = practiceHarness(contentFakeNews, 'clues');
    button('decide-check-first').click();
    expect(h.acted).toEqual([]);
    button('part-account').click();
    button('part-date').click();
    expect(document.activeElement).toBe(button('part-date'));
    button('part-rush').click();
    expect(document.activeElement).toBe(button('decide-check-first'));
    expect(button('decide-check-first').hasAttribute('aria-disabled')).toBe(false);
    button('decide-check-first').click();
    expect(h.acted.at(-1)).toEqual(app({ type: 'decide', decisionId: 'check-first' }));
    expect(document.querySelector('.panel h2')?.textContent).toBe('practice.done');
    expect(status()).toContain(`${K}checkFirst.result`);
    expect(document.querySelector('.cc-decisions')).toBeNull();
    expect(button('part-account').disabled).toBe(true);
  });

  it('plays the tempting decision out in the app, then rewinds', () => {
    const h = practiceHarness(contentFakeNews, 'clues');
    button('decide-share-cousins').click();
    expect(h.runner.practice?.lessSafe).toBe('share-cousins');
    expect([...document.querySelectorAll('.cc-playout .chat-text')].map((e) => e.textContent)).toEqual([
      `${K}shareCousins.playout1`,
      `${K}shareCousins.playout2`,
    ]);
    expect(document.querySelector('.panel .outcome-text')?.textContent).toBe(`${K}shareCousins.outcome1`);
    expect(button('part-account').disabled).toBe(true);
    expect(document.activeElement).toBe(button('practice-heading'));
    button('rewind').click();
    expect(document.querySelector('.cc-playout')).toBeNull();
    expect(document.querySelector('.panel h2')?.textContent).toBe('practice.yourTurn');
  });
});

describe('the video app view (an upsetting video)', () => {
  afterEach(() => document.body.replaceChildren());
  const V = 'content:upsettingVideo.stop.';

  it('draws a playing video, never its picture, with a named pause button and menu', () => {
    practiceHarness(contentUpsettingVideo, 'stop');
    expect(document.querySelector('.stage .pretend-app.vr-app')).not.toBeNull();
    expect(document.querySelector('.vr-screen img, .vr-screen video')).toBeNull();
    expect(button('vr-play').getAttribute('aria-label')).toBe('practiceContent.pause');
    expect(button('vr-menu').getAttribute('aria-label')).toBe('practiceContent.moreOptions');
    expect(button('vr-menu').getAttribute('aria-expanded')).toBe('false');
    expect(document.querySelector('.vr-title')?.textContent).toBe(`${V}title`);
  });

  it('pauses, keeping focus, then hides the video from its menu: the picture shows it gone', () => {
    const h = practiceHarness(contentUpsettingVideo, 'stop');
    button('vr-play').click();
    expect(h.acted.at(-1)).toEqual(app({ type: 'pause' }));
    expect(button('vr-play').getAttribute('aria-label')).toBe('practiceContent.play');
    expect(document.activeElement).toBe(button('vr-play'));
    button('vr-menu').click();
    expect(button('vr-menu').getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(button('vr-menu-hide'));
    button('vr-menu-hide').click();
    expect(h.acted.at(-1)).toEqual(app({ type: 'hide' }));
    expect(document.querySelector('.vr-gone')?.textContent).toBe('practiceContent.videoHidden');
    expect(document.querySelector('.vr-player')).toBeNull();
    expect(document.querySelector('.vr-up-next')).toBeNull();
    expect(document.querySelector('.panel h2')?.textContent).toBe('practice.done');
  });

  it('reports with a reason: the send button waits for one; Escape closes the menu', () => {
    const h = practiceHarness(contentUpsettingVideo, 'stop');
    button('vr-menu').click();
    button('vr-menu-hide').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(h.acted.at(-1)).toEqual(app({ type: 'closeMenu' }));
    expect(document.activeElement).toBe(button('vr-menu'));
    button('vr-menu').click();
    button('vr-menu-report').click();
    expect(document.activeElement).toBe(button('vr-reason-scary'));
    expect(button('vr-send').disabled).toBe(true);
    document.querySelector<HTMLInputElement>('input[value="not-for-kids"]')!.click();
    expect(h.acted.at(-1)).toEqual(app({ type: 'pickReason', reasonId: 'not-for-kids' }));
    button('vr-send').click();
    expect(document.querySelector('.vr-gone')?.textContent).toBe('practiceContent.videoReported');
  });

  it('plays sending it to a friend and the next video out, each rewound', () => {
    const h = practiceHarness(contentUpsettingVideo, 'stop');
    button('vr-share').click();
    expect(h.runner.practice?.lessSafe).toBe('share');
    expect(document.querySelector('.chat-bubble.arriving .chat-text')?.textContent).toBe(`${V}share.answer`);
    expect(button('vr-menu').disabled).toBe(true);
    button('rewind').click();
    button('vr-next').click();
    expect(h.runner.practice?.lessSafe).toBe('play-next');
    expect(document.querySelector('.vr-next-playing')?.textContent).toBe(`practiceContent.nowPlaying(${V}playNext.title)`);
    button('rewind').click();
    expect(document.querySelector('.vr-next-playing')).toBeNull();
  });

  it('uses real buttons and radio buttons for every control', () => {
    practiceHarness(contentUpsettingVideo, 'stop');
    button('vr-menu').click();
    button('vr-menu-report').click();
    for (const el of document.querySelectorAll('.pretend-app [data-focus-id]')) {
      expect(['BUTTON', 'INPUT']).toContain(el.tagName);
      if (el.tagName === 'INPUT') expect(el.closest('label')).not.toBeNull();
    }
  });
});
