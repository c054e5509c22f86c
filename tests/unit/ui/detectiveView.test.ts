// @vitest-environment happy-dom
/**
 * The post detective's view: each part of the post is a button that zooms into it (so is the
 * magnifying glass, tapped or dragged), relaxed play says what a closer look shows, and the
 * verdict waits for a first look without disabling the buttons under the child's focus.
 */
import { describe, expect, it } from 'vitest';
import { contentGame as game } from '../../../src/content/minigames/content';
import type { MiniGameAction } from '../../../src/engine/miniGame';
import { detectiveReducer, startDetective, type DetectiveState } from '../../../src/engine/minigames/detective';
import { detectiveView } from '../../../src/ui/minigames/detectiveView';
import { dragOnto, fakeContext, mount } from './miniGameFakes';

const at = (...actions: MiniGameAction[]): DetectiveState =>
  actions.reduce<DetectiveState>((s, a) => detectiveReducer(game, s, a as never), startDetective(game));
const post = game.posts[0]!;

describe('post detective view', () => {
  it("every part of the post is a button named by what it is and says; the post's words are read too", () => {
    const { ctx, gameAct } = fakeContext();
    const state = at({ type: 'start', challenge: false });
    const root = mount(detectiveView.stage(ctx, game, state), detectiveView.panel(ctx, game, state));
    const parts = [...root.querySelectorAll<HTMLButtonElement>('button[data-part]')];
    expect(parts.map((b) => b.dataset.part)).toEqual(post.parts.map((p) => p.id));
    for (const b of parts) {
      expect(b.getAttribute('aria-label')).toBe('[miniGames.detective.zoomLabel]');
      b.click();
    }
    expect(gameAct.mock.calls.map(([a]) => a)).toEqual(post.parts.map((p) => ({ type: 'zoom', part: p.id })));
    expect(root.querySelector('.dt-panel .sr-only')?.textContent).toBe(`[${post.body}]`);
  });

  it('the verdict waits for a first look, said plainly, without a disabled button', () => {
    const { ctx, gameAct } = fakeContext();
    const fresh = mount(detectiveView.panel(ctx, game, at({ type: 'start', challenge: false })));
    const verdicts = [...fresh.querySelectorAll<HTMLButtonElement>('[data-verdict]')];
    expect(verdicts.map((b) => [b.disabled, b.getAttribute('aria-disabled')])).toEqual([
      [false, 'true'],
      [false, 'true'],
    ]);
    expect(fresh.textContent).toContain('[miniGames.detective.lookFirst]');
    const looked = mount(
      detectiveView.panel(ctx, game, at({ type: 'start', challenge: false }, { type: 'zoom', part: post.parts[0]!.id })),
    );
    const check = looked.querySelector<HTMLButtonElement>('[data-verdict=check]')!;
    expect(check.getAttribute('aria-disabled')).toBeNull();
    check.click();
    expect(gameAct).toHaveBeenLastCalledWith({ type: 'judge', verdict: 'check' });
  });

  it('relaxed play says whether a part is a clue; the challenge only shows it up close', () => {
    const { ctx } = fakeContext();
    const clue = post.parts.find((p) => p.clue) ?? post.parts[0]!;
    const relaxed = mount(detectiveView.stage(ctx, game, at({ type: 'start', challenge: false }, { type: 'zoom', part: clue.id })));
    expect(relaxed.querySelector('.dt-zoom-text')?.textContent).toBe(`[${clue.text}]`);
    expect(relaxed.textContent).toContain(`[${clue.note}]`);
    const challenge = mount(detectiveView.stage(ctx, game, at({ type: 'start', challenge: true }, { type: 'zoom', part: clue.id })));
    expect(challenge.querySelector('.dt-zoom-text')?.textContent).toBe(`[${clue.text}]`);
    expect(challenge.textContent).not.toContain(`[${clue.note}]`);
  });

  it('the magnifying glass zooms into the next part when tapped, and into the part it is dropped on', () => {
    const { ctx, gameAct } = fakeContext();
    const state = at({ type: 'start', challenge: false });
    let root = mount(detectiveView.stage(ctx, game, state), detectiveView.panel(ctx, game, state));
    root.querySelector<HTMLButtonElement>('.dt-lens')!.click();
    expect(gameAct).toHaveBeenLastCalledWith({ type: 'zoom', part: post.parts[0]!.id });
    root = mount(detectiveView.stage(ctx, game, state), detectiveView.panel(ctx, game, state));
    const last = post.parts.at(-1)!;
    dragOnto(root.querySelector<HTMLElement>('.dt-lens')!, root.querySelector<HTMLElement>(`[data-part=${last.id}]`)!);
    expect(gameAct).toHaveBeenLastCalledWith({ type: 'zoom', part: last.id });
    expect(gameAct).toHaveBeenCalledTimes(2);
  });

  it('after the verdict every clue lights up, and the class votes on real or check first', () => {
    const { ctx } = fakeContext();
    const giveaway = game.posts.find((p) => p.id === 'giveaway')!;
    let state = at({ type: 'start', challenge: false });
    while (state.queue[0] !== giveaway.id)
      state = detectiveReducer(
        game,
        detectiveReducer(game, detectiveReducer(game, state, { type: 'zoom', part: 'sender' }), { type: 'judge', verdict: 'real' }),
        { type: 'next' },
      );
    expect(detectiveView.classVote(ctx, game, state)).toBeNull();
    state = detectiveReducer(game, state, { type: 'zoom', part: 'label' });
    expect(detectiveView.classVote(ctx, game, state)).toMatchObject({ safest: ['check'] });
    state = detectiveReducer(game, state, { type: 'judge', verdict: 'check' });
    const stage = mount(detectiveView.stage(ctx, game, state));
    expect(stage.querySelectorAll('.dt-clue')).toHaveLength(giveaway.parts.filter((p) => p.clue).length);
    expect(stage.querySelectorAll('button')).toHaveLength(0);
  });
});
