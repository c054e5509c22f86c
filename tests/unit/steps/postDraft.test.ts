import { describe, expect, it } from 'vitest';
import type { PostDraftTask } from '../../../src/content';
import { safePath } from '../../../src/engine/steps';
import { postDraft as rules, type PostDraftState } from '../../../src/engine/steps/tasks/postDraft';
import { walkEveryState } from './conductTaskWalk';

const task: PostDraftTask = {
  task: 'post-draft',
  app: 'photos',
  friend: 'c:nina',
  reply: 'c:no',
  caption: 'c:caption',
  instruction: 'c:instruction',
  audiences: [
    { id: 'everyone', label: 'c:everyone', lessSafe: 'public' },
    { id: 'friends', label: 'c:friends', lessSafe: 'friends' },
    { id: 'only-me', label: 'c:me' },
  ],
  audience: 'everyone',
  lessSafe: [
    { id: 'public', reactions: ['c:r1'], outcome: ['c:o'] },
    { id: 'friends', reactions: ['c:r2'], outcome: ['c:o'] },
  ],
};

describe('photo post draft: rules', () => {
  it('starts as a draft for the task’s audience', () => {
    expect(rules.start(task)).toEqual({ audience: 'everyone', outcome: 'draft' });
    expect(rules.done(task, rules.start(task))).toBe(false);
  });

  it('plays out posting to an audience that spreads the photo', () => {
    expect(rules.reduce(task, rules.start(task), { type: 'post' })).toEqual({ lessSafe: 'public' });
    const friends = rules.reduce(task, rules.start(task), { type: 'audience', audienceId: 'friends' }) as PostDraftState;
    expect(rules.reduce(task, friends, { type: 'post' })).toEqual({ lessSafe: 'friends' });
    expect(rules.lessSafe(task)).toBe(task.lessSafe);
  });

  it('is done by posting to "only me", or by deleting the draft', () => {
    const me = rules.reduce(task, rules.start(task), { type: 'audience', audienceId: 'only-me' }) as PostDraftState;
    const posted = rules.reduce(task, me, { type: 'post' }) as PostDraftState;
    expect(posted).toEqual({ audience: 'only-me', outcome: 'posted' });
    expect(rules.done(task, posted)).toBe(true);
    const deleted = rules.reduce(task, rules.start(task), { type: 'delete' }) as PostDraftState;
    expect(deleted.outcome).toBe('deleted');
    expect(rules.done(task, deleted)).toBe(true);
    expect(safePath(task)).toEqual([{ type: 'delete' }]);
  });

  it('ignores the audience already chosen, an unknown one, and anything once done', () => {
    const start = rules.start(task);
    expect(rules.reduce(task, start, { type: 'audience', audienceId: 'everyone' })).toBe(start);
    expect(rules.reduce(task, start, { type: 'audience', audienceId: 'made-up' })).toBe(start);
    const deleted = rules.reduce(task, start, { type: 'delete' }) as PostDraftState;
    for (const action of [{ type: 'post' }, { type: 'delete' }, { type: 'audience', audienceId: 'friends' }] as const) {
      expect(rules.reduce(task, deleted, action)).toBe(deleted);
    }
  });

  it('can be finished from every state it can reach', () => {
    walkEveryState(rules, task);
  });
});
