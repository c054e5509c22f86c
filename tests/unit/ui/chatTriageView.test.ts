// @vitest-environment happy-dom
/**
 * Chat triage's view: the new message arrives in the list, its four actions are real buttons that
 * send what they say, the message can be dragged onto one, and an unsafe answer's beat brings it back.
 */
import { describe, expect, it } from 'vitest';
import { contactGame as game } from '../../../src/content/minigames/contact';
import { TRIAGE_ACTIONS } from '../../../src/content/types';
import type { MiniGameAction } from '../../../src/engine/miniGame';
import { chatTriageReducer, startChatTriage, type ChatTriageState } from '../../../src/engine/minigames/chatTriage';
import { chatTriageView } from '../../../src/ui/minigames/chatTriageView';
import { dragOnto, fakeContext, mount } from './miniGameFakes';

const at = (...actions: MiniGameAction[]): ChatTriageState =>
  actions.reduce<ChatTriageState>((s, a) => chatTriageReducer(game, s, a as never), startChatTriage(game));

describe('chat triage view', () => {
  it('the new message arrives in the list; four actions, each a button that sends its action', () => {
    const { ctx, gameAct } = fakeContext();
    const state = at({ type: 'start', challenge: false });
    const root = mount(chatTriageView.stage(ctx, game, state), chatTriageView.panel(ctx, game, state));
    expect(root.querySelector('.ct-fresh')?.getAttribute('data-chat')).toBe(game.chats[0]!.id);
    const actions = [...root.querySelectorAll<HTMLButtonElement>('[data-triage]')];
    expect(actions.map((b) => b.dataset.triage)).toEqual([...TRIAGE_ACTIONS]);
    for (const b of actions) {
      expect(b.type).toBe('button');
      b.click();
    }
    expect(gameAct.mock.calls.map(([a]) => a)).toEqual(TRIAGE_ACTIONS.map((action) => ({ type: 'triage', action })));
    // Screen readers hear the message in the panel, with whether it is from a friend.
    expect(root.querySelector('.ct-panel .sr-only')?.textContent).toBe('[miniGames.triage.newMessage]');
    // Relaxed play has Tiko's hint; the challenge does not.
    expect(root.textContent).toContain(`[${game.chats[0]!.hint}]`);
    const challenge = mount(chatTriageView.panel(ctx, game, at({ type: 'start', challenge: true })));
    expect(challenge.textContent).not.toContain(`[${game.chats[0]!.hint}]`);
  });

  it('dragging the message onto an action does what tapping it does, and only that', () => {
    const { ctx, gameAct } = fakeContext();
    const state = at({ type: 'start', challenge: false });
    const root = mount(chatTriageView.stage(ctx, game, state), chatTriageView.panel(ctx, game, state));
    const block = root.querySelector<HTMLElement>('[data-triage=block]')!;
    dragOnto(root.querySelector<HTMLElement>('.ct-fresh')!, block);
    expect(gameAct.mock.calls).toEqual([[{ type: 'triage', action: 'block' }]]);
  });

  it("an unsafe answer plays out in the list, says it is not the child's fault, and comes back", () => {
    const { ctx, gameAct } = fakeContext();
    // The first message is a friend's (answered), the second a stranger's, whose answer plays out.
    expect(game.chats[1]!.playOut).toBeTruthy();
    const state = at(
      { type: 'start', challenge: false },
      { type: 'triage', action: 'answer' },
      { type: 'next' },
      { type: 'triage', action: 'answer' },
    );
    expect(state.phase).toBe('playOut');
    const root = mount(chatTriageView.stage(ctx, game, state), chatTriageView.panel(ctx, game, state));
    expect(root.querySelector('.ct-reply')).not.toBeNull();
    expect(root.textContent).toContain('[miniGames.triage.playOutNote]');
    root.querySelector<HTMLButtonElement>('[data-focus-id=triage-again]')!.click();
    expect(gameAct).toHaveBeenLastCalledWith({ type: 'again' });
  });

  it('feedback is one reason; the results one message at a time', () => {
    const { ctx } = fakeContext();
    const wrong = at({ type: 'start', challenge: false }, { type: 'triage', action: 'block' });
    const card = mount(chatTriageView.panel(ctx, game, wrong));
    expect(card.querySelector('h2')?.textContent).toContain('[miniGames.triage.notQuite]');
    expect(card.querySelectorAll('p').length).toBeLessThanOrEqual(2);
    const answered = mount(chatTriageView.stage(ctx, game, chatTriageReducer(game, wrong, { type: 'next' })));
    expect(answered.querySelector('.ct-done .ct-status')?.textContent).toBe('[miniGames.triage.done.block]');
  });
});
