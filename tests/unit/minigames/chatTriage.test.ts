import { describe, expect, it } from 'vitest';
import { contactGame } from '../../../src/content/minigames/contact';
import type { ChatTriageGame } from '../../../src/content/types';
import {
  chatTriageReducer,
  chatTriageRules,
  currentChat,
  startChatTriage,
  type ChatTriageAction,
  type ChatTriageState,
} from '../../../src/engine/minigames/chatTriage';
import type { CommonGameAction } from '../../../src/engine/minigames/rules';

const game: ChatTriageGame = {
  type: 'chat-triage',
  id: 'g',
  family: 'contact',
  title: 't',
  intro: 'i',
  messages: ['private'],
  wrapUp: 'w',
  chats: [
    { id: 'friend', from: 'f', text: 'x', friend: true, best: ['answer'], why: 'y', hint: 'h' },
    { id: 'stranger', from: 'f', text: 'x', friend: false, best: ['block', 'report'], playOut: 'next message', why: 'y', hint: 'h' },
    { id: 'spam', from: 'f', text: 'x', friend: false, best: ['ignore', 'block'], why: 'y', hint: 'h', challengeOnly: true },
  ],
};
const run = (s: ChatTriageState, ...actions: (ChatTriageAction | CommonGameAction)[]) =>
  actions.reduce((st, a) => chatTriageReducer(game, st, a), s);
const started = (challenge = false) => run(startChatTriage(game), { type: 'start', challenge });

describe('chat triage', () => {
  it('messages arrive one at a time; the challenge adds its own', () => {
    expect(startChatTriage(game).phase).toBe('intro');
    expect(started().queue).toEqual(['friend', 'stranger']);
    expect(started(true).queue).toEqual(['friend', 'stranger', 'spam']);
    expect(currentChat(game, started())?.id).toBe('friend');
    expect(chatTriageRules.position(game, started())).toBe(1);
    expect(chatTriageRules.length(game, started(true))).toBe(3);
  });

  it('any of a message’s safe answers is right; another is explained, and the game moves on', () => {
    const right = run(started(), { type: 'triage', action: 'answer' });
    expect(right).toMatchObject({ phase: 'feedback', last: { chatId: 'friend', right: true, firstTry: true } });
    expect(chatTriageRules.cue(started(), right)).toBe('good');
    const blocked = run(started(), { type: 'triage', action: 'block' });
    expect(blocked.last).toMatchObject({ right: false });
    expect(chatTriageRules.cue(started(), blocked)).toBe('think-again');
    expect(run(blocked, { type: 'next' }).phase).toBe('message');
  });

  it('answering someone unsafe plays out for a beat, then the same message comes back: never a loss', () => {
    const at = run(started(), { type: 'triage', action: 'answer' }, { type: 'next' });
    const played = run(at, { type: 'triage', action: 'answer' });
    expect(played).toMatchObject({ phase: 'playOut', playedOut: 1, answered: at.answered });
    expect(run(played, { type: 'next' })).toBe(played);
    const back = run(played, { type: 'again' });
    expect(back).toMatchObject({ phase: 'message', queue: ['stranger'] });
    const done = run(back, { type: 'triage', action: 'report' }, { type: 'next' });
    expect(done.phase).toBe('results');
    expect(chatTriageRules.score(done)).toEqual({ correct: 1, total: 2 });
    expect(done.answered[1]).toMatchObject({ right: true, firstTry: false });
  });

  it('the results explain one message at a time, within range', () => {
    const done = run(
      started(),
      { type: 'triage', action: 'answer' },
      { type: 'next' },
      { type: 'triage', action: 'block' },
      { type: 'next' },
    );
    expect(run(done, { type: 'review', index: 1 }).review).toBe(1);
    expect(run(done, { type: 'review', index: 9 }).review).toBe(1);
    expect(run(done, { type: 'review', index: 0.5 }).review).toBe(0);
    expect(run(done, { type: 'restart' })).toEqual(startChatTriage(game));
  });

  it('the contact world: friends to answer, strangers to block, and every unsafe answer plays out', () => {
    expect(contactGame.chats.filter((c) => !c.challengeOnly).length).toBe(6);
    expect(contactGame.chats.some((c) => c.friend && c.best.includes('answer'))).toBe(true);
    for (const c of contactGame.chats) if (!c.best.includes('answer')) expect(c.playOut, c.id).toBeTruthy();
  });
});
