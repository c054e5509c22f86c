import { describe, expect, it } from 'vitest';
import type { PopupPatrolGame } from '../../../src/content/types';
import { contractGame } from '../../../src/content/minigames/contract';
import {
  currentPopup,
  isRightAnswer,
  popupPatrolReducer,
  popupPatrolRules,
  popupPatrolScore,
  startPopupPatrol,
  type PopupPatrolAction,
  type PopupPatrolState,
} from '../../../src/engine/minigames/popupPatrol';
import type { CommonGameAction } from '../../../src/engine/minigames/rules';

const game: PopupPatrolGame = {
  type: 'popup-patrol',
  id: 'g',
  family: 'contract',
  title: 't',
  intro: 'i',
  messages: ['scams'],
  wrapUp: 'w',
  popups: [
    { id: 'prize', from: 'f', text: 'x', accept: 'CLAIM', trick: true, trap: 'gone', why: 'y' },
    { id: 'update', from: 'f', text: 'x', accept: 'Update', decline: 'Later', trick: false, why: 'y' },
    { id: 'torch', from: 'f', text: 'x', accept: 'Allow', decline: "Don't allow", trick: true, trap: 'copied', why: 'y' },
    { id: 'extra', from: 'f', text: 'x', accept: 'OK', trick: false, why: 'y', challengeOnly: true },
  ],
  passphrase: {
    tiles: [
      { id: 'purple', text: 'p' },
      { id: 'name', text: 'n', weak: 'guessable' },
      { id: 'rocket', text: 'r' },
      { id: 'river', text: 'v' },
      { id: 'cactus', text: 'c' },
      { id: 'banjo', text: 'b' },
    ],
    words: { relaxed: 3, challenge: 4 },
  },
};
const strongPass: (PopupPatrolAction | CommonGameAction)[] = [
  { type: 'addWord', tile: 'purple' },
  { type: 'addWord', tile: 'rocket' },
  { type: 'addWord', tile: 'river' },
  { type: 'usePassphrase' },
  { type: 'next' },
];
const run = (s: PopupPatrolState, ...actions: (PopupPatrolAction | CommonGameAction)[]) =>
  actions.reduce((st, a) => popupPatrolReducer(game, st, a), s);
const started = () => run(startPopupPatrol(game), { type: 'start', challenge: false });

describe('pop-up patrol', () => {
  it('starts with an introduction; the challenge adds its own pop-ups', () => {
    const s = startPopupPatrol(game);
    expect(s).toMatchObject({ type: 'popup-patrol', phase: 'intro', challenge: false });
    expect(run(s, { type: 'answer', answer: 'close' })).toBe(s);
    expect(started()).toMatchObject({ phase: 'popup', challenge: false, queue: ['prize', 'update', 'torch'] });
    expect(run(s, { type: 'start', challenge: true }).queue).toEqual(['prize', 'update', 'torch', 'extra']);
  });

  it('a trick is answered by its real ✕ or its plain way out, a fine pop-up by accepting', () => {
    const [prize, update, torch] = game.popups as [never, never, never];
    expect(isRightAnswer(prize, 'close')).toBe(true);
    expect(isRightAnswer(prize, 'accept')).toBe(false);
    expect(isRightAnswer(torch, 'decline')).toBe(true);
    expect(isRightAnswer(update, 'accept')).toBe(true);
    expect(isRightAnswer(update, 'close')).toBe(false);
  });

  it("a trick's big button plays out for one beat, then the same pop-up comes back: never a loss", () => {
    let s = run(started(), { type: 'answer', answer: 'accept' });
    expect(s).toMatchObject({ phase: 'trap', sprung: 1, answered: [] });
    expect(currentPopup(game, s)?.id).toBe('prize');
    // Nothing but "again" leaves the beat.
    expect(run(s, { type: 'answer', answer: 'close' })).toBe(s);
    expect(run(s, { type: 'next' })).toBe(s);
    s = run(s, { type: 'again' });
    expect(s.phase).toBe('popup');
    expect(currentPopup(game, s)?.id).toBe('prize');
    s = run(s, { type: 'answer', answer: 'close' });
    expect(s).toMatchObject({ phase: 'feedback', last: { popupId: 'prize', answer: 'close', right: true, firstTry: false }, sprung: 0 });
  });

  it('closing a fine pop-up is allowed, just not needed; it is explained and the game moves on', () => {
    const s = run(started(), { type: 'answer', answer: 'close' }, { type: 'next' }, { type: 'answer', answer: 'decline' });
    expect(s).toMatchObject({ phase: 'feedback', last: { popupId: 'update', answer: 'decline', right: false, firstTry: true } });
    expect(currentPopup(game, run(s, { type: 'next' }))?.id).toBe('torch');
  });

  it('refuses a plain option the pop-up does not have', () => {
    const s = started();
    expect(run(s, { type: 'answer', answer: 'decline' })).toBe(s);
  });

  it('counts right the first time, and explains the results one reason at a time', () => {
    const s = run(
      started(),
      { type: 'answer', answer: 'accept' },
      { type: 'again' },
      { type: 'answer', answer: 'close' },
      { type: 'next' },
      { type: 'answer', answer: 'accept' },
      { type: 'next' },
      { type: 'answer', answer: 'decline' },
      { type: 'next' },
      ...strongPass,
    );
    expect(s.phase).toBe('results');
    expect(popupPatrolRules.finished(s)).toBe(true);
    // Three pop-ups (the first sprang its trap) and the passphrase.
    expect(popupPatrolScore(s)).toEqual({ correct: 3, total: 4 });
    expect(s.review).toBe(0);
    expect(run(s, { type: 'review', index: 3 }).review).toBe(3);
    expect(run(s, { type: 'review', index: 99 }).review).toBe(3);
    expect(run(s, { type: 'review', index: -4 }).review).toBe(0);
  });

  const allClosed = (): PopupPatrolState =>
    run(
      started(),
      { type: 'answer', answer: 'close' },
      { type: 'next' },
      { type: 'answer', answer: 'accept' },
      { type: 'next' },
      { type: 'answer', answer: 'close' },
      { type: 'next' },
    );

  it('after the pop-ups, a passphrase round: tiles in, tiles out, each tile once', () => {
    let s = allClosed();
    expect(s.phase).toBe('passphrase');
    expect(popupPatrolRules.position(game, s)).toBe(4);
    expect(popupPatrolRules.length(game, s)).toBe(4);
    expect(run(s, { type: 'usePassphrase' })).toBe(s);
    s = run(s, { type: 'addWord', tile: 'purple' }, { type: 'addWord', tile: 'purple' }, { type: 'addWord', tile: 'nope' });
    expect(s.words).toEqual(['purple']);
    s = run(s, { type: 'addWord', tile: 'rocket' }, { type: 'removeWord', index: 0 }, { type: 'removeWord', index: 7 });
    expect(s.words).toEqual(['rocket']);
    expect(popupPatrolRules.cue(allClosed(), run(allClosed(), { type: 'addWord', tile: 'river' }))).toBe('choice');
  });

  it('a passphrase too short, or with a guessable tile, is explained and fixed: the weak tile goes back, the rest stays', () => {
    let s = run(allClosed(), { type: 'addWord', tile: 'purple' }, { type: 'usePassphrase' });
    expect(s.pass).toMatchObject({ strong: false, tooShort: true, weak: null });
    s = run(s, { type: 'again' }, { type: 'addWord', tile: 'name' }, { type: 'addWord', tile: 'river' }, { type: 'usePassphrase' });
    expect(s.phase).toBe('passCheck');
    expect(s.pass).toMatchObject({ strong: false, weak: 'name', tooShort: false });
    expect(run(s, { type: 'next' })).toBe(s);
    s = run(s, { type: 'again' });
    expect(s.words).toEqual(['purple', 'river']);
    s = run(s, { type: 'addWord', tile: 'cactus' }, { type: 'usePassphrase' });
    expect(s.pass).toMatchObject({ strong: true, firstTry: false });
    expect(run(s, { type: 'next' }).phase).toBe('results');
  });

  it('the challenge asks for a longer passphrase', () => {
    let s = run(startPopupPatrol(game), { type: 'start', challenge: true });
    for (let i = 0; i < 4; i++) s = run(s, { type: 'answer', answer: currentPopup(game, s)!.trick ? 'close' : 'accept' }, { type: 'next' });
    s = run(
      s,
      { type: 'addWord', tile: 'purple' },
      { type: 'addWord', tile: 'rocket' },
      { type: 'addWord', tile: 'river' },
      { type: 'usePassphrase' },
    );
    expect(s.pass).toMatchObject({ strong: false, tooShort: true });
    s = run(s, { type: 'again' }, { type: 'addWord', tile: 'banjo' }, { type: 'usePassphrase' });
    expect(s.pass?.strong).toBe(true);
  });

  it('shows where the child is, and changes its view key whenever the screen changes', () => {
    const s = started();
    expect(popupPatrolRules.position(game, startPopupPatrol(game))).toBeNull();
    expect(popupPatrolRules.position(game, s)).toBe(1);
    const trapped = run(s, { type: 'answer', answer: 'accept' });
    expect(popupPatrolRules.viewKey(trapped)).not.toBe(popupPatrolRules.viewKey(s));
    expect(popupPatrolRules.viewKey(run(trapped, { type: 'again' }))).not.toBe(popupPatrolRules.viewKey(s));
    expect(popupPatrolRules.cue(s, trapped)).toBe('think-again');
    expect(popupPatrolRules.cue(s, run(s, { type: 'answer', answer: 'close' }))).toBe('good');
  });

  it('restarts from the beginning', () => {
    expect(run(started(), { type: 'answer', answer: 'close' }, { type: 'restart' })).toEqual(startPopupPatrol(game));
  });

  it("the contract world's patrol has six pop-ups relaxed and eight in the challenge, every trick with a trap", () => {
    expect(contractGame.popups).toHaveLength(8);
    expect(contractGame.popups.filter((p) => !p.challengeOnly)).toHaveLength(6);
    expect(contractGame.popups.filter((p) => p.trick)).toHaveLength(4);
    for (const p of contractGame.popups) {
      expect(p.accept, p.id).toBeTruthy();
      expect(!!p.trap, p.id).toBe(p.trick);
    }
  });
});
