import { describe, expect, it } from 'vitest';
import { contentGame } from '../../../src/content/minigames/content';
import type { DetectiveGame } from '../../../src/content/types';
import {
  canJudge,
  currentPost,
  detectiveReducer,
  detectiveRules,
  startDetective,
  type DetectiveAction,
  type DetectiveState,
} from '../../../src/engine/minigames/detective';
import type { CommonGameAction } from '../../../src/engine/minigames/rules';

const part = (id: 'sender' | 'label' | 'date' | 'address', clue: boolean) => ({ id, text: id, note: 'n', clue });
const game: DetectiveGame = {
  type: 'detective',
  id: 'g',
  family: 'content',
  title: 't',
  intro: 'i',
  messages: ['trust'],
  wrapUp: 'w',
  posts: [
    { id: 'fake', body: 'b', why: 'y', verdict: 'check', parts: [part('sender', true), part('label', true), part('date', false)] },
    { id: 'real', body: 'b', why: 'y', verdict: 'real', parts: [part('sender', false), part('date', false)] },
    { id: 'extra', body: 'b', why: 'y', verdict: 'check', parts: [part('address', true)], challengeOnly: true },
  ],
};
const run = (s: DetectiveState, ...actions: (DetectiveAction | CommonGameAction)[]) =>
  actions.reduce((st, a) => detectiveReducer(game, st, a), s);
const started = (challenge = false) => run(startDetective(game), { type: 'start', challenge });

describe('post detective', () => {
  it('a post is judged only after a closer look', () => {
    const s = started();
    expect(currentPost(game, s)?.id).toBe('fake');
    expect(canJudge(s)).toBe(false);
    expect(run(s, { type: 'judge', verdict: 'check' })).toBe(s);
    const looked = run(s, { type: 'zoom', part: 'sender' });
    expect(looked).toMatchObject({ zoom: 'sender', looked: ['sender'] });
    expect(canJudge(looked)).toBe(true);
    expect(detectiveRules.cue(s, looked)).toBe('choice');
  });

  it('zooms only into the parts the post has; looking twice counts once', () => {
    const s = run(started(), { type: 'zoom', part: 'address' });
    expect(s.looked).toEqual([]);
    const twice = run(started(), { type: 'zoom', part: 'date' }, { type: 'zoom', part: 'sender' }, { type: 'zoom', part: 'date' });
    expect(twice).toMatchObject({ looked: ['date', 'sender'], zoom: 'date' });
    expect(run(twice, { type: 'unzoom' }).zoom).toBeNull();
  });

  it('the verdict is explained with the clues found, and the next post is fresh', () => {
    const judged = run(started(), { type: 'zoom', part: 'label' }, { type: 'zoom', part: 'date' }, { type: 'judge', verdict: 'check' });
    expect(judged).toMatchObject({ phase: 'feedback', last: { right: true, found: 1, clues: 2 }, looked: [], zoom: null });
    const next = run(judged, { type: 'next' });
    expect(next).toMatchObject({ phase: 'post', looked: [] });
    const wrong = run(next, { type: 'zoom', part: 'sender' }, { type: 'judge', verdict: 'check' });
    expect(wrong.last).toMatchObject({ right: false, clues: 0 });
    const done = run(wrong, { type: 'next' });
    expect(done.phase).toBe('results');
    expect(detectiveRules.score(done)).toEqual({ correct: 1, total: 2 });
  });

  it('the challenge adds its own posts', () => {
    expect(started(true).queue).toEqual(['fake', 'real', 'extra']);
    expect(detectiveRules.size(game)).toBe(2);
  });

  it('the content world: real posts and posts to check, each post to check with a clue to find', () => {
    expect(contentGame.posts.some((p) => p.verdict === 'real' && !p.challengeOnly)).toBe(true);
    for (const p of contentGame.posts)
      expect(
        p.parts.some((x) => x.clue),
        p.id,
      ).toBe(p.verdict === 'check');
    const clues = new Set(contentGame.posts.flatMap((p) => p.parts.filter((x) => x.clue).map((x) => x.id)));
    // Sender, date, "Sponsored" and a look-alike address: every kind of clue is practised.
    expect([...clues].sort()).toEqual(['address', 'date', 'label', 'sender']);
  });
});
