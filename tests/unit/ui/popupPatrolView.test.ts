// @vitest-environment happy-dom
/**
 * Pop-up patrol's controls send the actions they say, the real ✕ is named in
 * the page's language and comes before the big button in tab order, and the
 * results step through one reason at a time.
 */
import { describe, expect, it, vi } from 'vitest';
import { contractGame } from '../../../src/content/minigames/contract';
import type { MiniGameAction } from '../../../src/engine/miniGame';
import { popupPatrolReducer, startPopupPatrol, type PopupPatrolState } from '../../../src/engine/minigames/popupPatrol';
import type { UiContext } from '../../../src/ui/context';
import { popupPatrolView } from '../../../src/ui/minigames/popupPatrolView';

const game = contractGame;

/** Words come back as `[key]`, so a test sees which key a control uses. */
function fakeContext() {
  const gameAct = vi.fn<(action: MiniGameAction) => void>();
  const ctx = {
    i18n: { t: (key: string) => `[${key}]`, language: 'en' },
    session: { gameAct, getState: () => ({ tour: null }) },
    speaker: { available: () => false, speak: () => undefined, stop: () => undefined },
    mode: 'home',
  } as unknown as UiContext;
  return { ctx, gameAct };
}

const at = (...actions: MiniGameAction[]): PopupPatrolState =>
  actions.reduce<PopupPatrolState>((s, a) => popupPatrolReducer(game, s, a as never), startPopupPatrol(game));

function mount(el: HTMLElement | null): HTMLElement {
  document.body.replaceChildren(el ?? document.createElement('div'));
  return document.body;
}

describe('pop-up patrol view', () => {
  it('a pop-up offers its real ✕, named in the page language, before the big button; each sends its answer', () => {
    const { ctx, gameAct } = fakeContext();
    const state = at({ type: 'start', challenge: false });
    const popup = game.popups[0]!;
    const root = mount(popupPatrolView.stage(ctx, game, state));
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.map((b) => b.dataset.answer)).toEqual(['close', 'accept', ...(popup.decline ? ['decline'] : [])]);
    const close = buttons[0]!;
    expect(close.getAttribute('aria-label')).toBe('[popupPatrol.close]');
    expect(close.type).toBe('button');
    expect(close.tabIndex).not.toBe(-1);
    expect(root.querySelector('[role=dialog]')?.getAttribute('aria-labelledby')).toBe('popup-from');
    expect(root.querySelector('#popup-text')?.textContent).toBe(`[${popup.text}]`);
    // Focus lands on the pop-up's heading, never on its big button.
    expect(root.querySelector('[data-screen-heading]')?.id).toBe('popup-from');
    expect(root.querySelector('[autofocus]')).toBeNull();
    for (const b of buttons) b.click();
    expect(gameAct.mock.calls.map(([a]) => a)).toEqual(buttons.map((b) => ({ type: 'answer', answer: b.dataset.answer })));
  });

  it('a pop-up without a plain option shows only its ✕ and its big button', () => {
    const { ctx } = fakeContext();
    const trick = game.popups.find((p) => p.trick && !p.decline)!;
    let state = at({ type: 'start', challenge: false });
    while (state.queue[0] !== trick.id) state = { ...state, queue: [...state.queue.slice(1), state.queue[0]!] };
    const root = mount(popupPatrolView.stage(ctx, game, state));
    expect([...root.querySelectorAll('button')].map((b) => b.dataset.answer)).toEqual(['close', 'accept']);
    expect(root.querySelector('.popup-accept')?.textContent).toBe(`[${trick.accept}]`);
  });

  it("a trick's beat tells what happened, that it is not the child's fault, and brings the pop-up back", () => {
    const { ctx, gameAct } = fakeContext();
    const trick = game.popups.find((p) => p.trick)!;
    let state = at({ type: 'start', challenge: false });
    while (state.queue[0] !== trick.id) state = { ...state, queue: [...state.queue.slice(1), state.queue[0]!] };
    state = popupPatrolReducer(game, state, { type: 'answer', answer: 'accept' });
    const root = mount(popupPatrolView.panel(ctx, game, state));
    expect(root.textContent).toContain(`[${trick.trap}]`);
    expect(root.textContent).toContain('[popupPatrol.trapNote]');
    const again = root.querySelector<HTMLButtonElement>('[data-focus-id=popup-again]')!;
    again.click();
    expect(gameAct).toHaveBeenLastCalledWith({ type: 'again' });
    // The stage shows the beat without repeating it to screen readers.
    const stage = mount(popupPatrolView.stage(ctx, game, state));
    expect(stage.querySelector('.popup-sprung')?.getAttribute('aria-hidden')).toBe('true');
    expect(stage.querySelectorAll('button')).toHaveLength(0);
  });

  it('after an answer, the reason and Next', () => {
    const { ctx, gameAct } = fakeContext();
    const first = game.popups[0]!;
    const state = at({ type: 'start', challenge: false }, { type: 'answer', answer: first.trick ? 'close' : 'accept' });
    const root = mount(popupPatrolView.panel(ctx, game, state));
    expect(root.textContent).toContain(`[${first.why}]`);
    root.querySelector<HTMLButtonElement>('[data-focus-id=game-next]')!.click();
    expect(gameAct).toHaveBeenLastCalledWith({ type: 'next' });
  });

  it('the results show one reason at a time, and step through them both ways, wrapping round', () => {
    const { ctx, gameAct } = fakeContext();
    let state = at({ type: 'start', challenge: false });
    while (state.phase !== 'passphrase') {
      const popup = game.popups.find((p) => p.id === state.queue[0]);
      state = popupPatrolReducer(
        game,
        state,
        state.phase === 'feedback' ? { type: 'next' } : { type: 'answer', answer: popup!.trick ? 'close' : 'accept' },
      );
    }
    for (const tile of game.passphrase.tiles.filter((t) => !t.weak).slice(0, 3))
      state = popupPatrolReducer(game, state, { type: 'addWord', tile: tile.id });
    state = popupPatrolReducer(game, popupPatrolReducer(game, state, { type: 'usePassphrase' }), { type: 'next' });
    expect(state.phase).toBe('results');
    const root = document.createElement('div');
    root.append(...popupPatrolView.review(ctx, game, state));
    mount(root);
    expect(root.querySelectorAll('.review-card')).toHaveLength(1);
    expect(root.querySelector('.review-card')?.textContent).toBe(`[${game.popups[0]!.text}]`);
    root.querySelector<HTMLButtonElement>('[data-focus-id=review-next]')!.click();
    expect(gameAct).toHaveBeenLastCalledWith({ type: 'review', index: 1 });
    root.querySelector<HTMLButtonElement>('[data-focus-id=review-previous]')!.click();
    // Six pop-ups and the passphrase: the last reason is the passphrase's.
    expect(gameAct).toHaveBeenLastCalledWith({ type: 'review', index: state.answered.length });
    const last = document.createElement('div');
    last.append(...popupPatrolView.review(ctx, game, { ...state, review: state.answered.length }));
    expect(last.querySelectorAll('.pp-word')).toHaveLength(3);
  });

  it('the passphrase round: tiles tap in and out, drag into the row, and a weak tile is named', () => {
    const { ctx, gameAct } = fakeContext();
    let state = at({ type: 'start', challenge: false });
    while (state.phase !== 'passphrase')
      state = popupPatrolReducer(game, state, state.phase === 'feedback' ? { type: 'next' } : { type: 'answer', answer: 'close' });
    const weak = game.passphrase.tiles.find((t) => t.weak)!;
    state = popupPatrolReducer(game, state, { type: 'addWord', tile: weak.id });
    const stage = mount(popupPatrolView.stage(ctx, game, state));
    const placed = stage.querySelector<HTMLButtonElement>('.pp-placed')!;
    expect(placed.getAttribute('aria-label')).toBe('[miniGames.passphrase.remove]');
    placed.click();
    expect(gameAct).toHaveBeenLastCalledWith({ type: 'removeWord', index: 0 });

    const panel = mount(popupPatrolView.panel(ctx, game, state));
    const tiles = [...panel.querySelectorAll<HTMLButtonElement>('[data-word]')];
    expect(tiles).toHaveLength(game.passphrase.tiles.length);
    expect(tiles.find((t) => t.dataset.word === weak.id)?.getAttribute('aria-pressed')).toBe('true');
    const strong = tiles.find((t) => t.getAttribute('aria-pressed') === 'false')!;
    strong.click();
    expect(gameAct).toHaveBeenLastCalledWith({ type: 'addWord', tile: strong.dataset.word });

    const checked = popupPatrolReducer(game, state, { type: 'usePassphrase' });
    const feedback = mount(popupPatrolView.panel(ctx, game, checked));
    expect(feedback.querySelector('h2')?.textContent).toContain('[miniGames.passphrase.weakTitle]');
    expect(feedback.textContent).toContain(`[${weak.weak}]`);
    expect(feedback.querySelectorAll('p.outcome-text')).toHaveLength(1);
  });

  it('in class, the class votes on the real ✕, the big button and the plain way out', () => {
    const { ctx } = fakeContext();
    const state = at({ type: 'start', challenge: false });
    const popup = game.popups.find((p) => p.id === state.queue[0])!;
    const vote = popupPatrolView.classVote(ctx, game, state)!;
    expect(vote.options.map((o) => o.id)).toEqual(['close', 'accept', ...(popup.decline ? ['decline'] : [])]);
    expect(vote.safest).toEqual(popup.trick ? ['close', ...(popup.decline ? ['decline'] : [])] : ['accept']);
  });
});
