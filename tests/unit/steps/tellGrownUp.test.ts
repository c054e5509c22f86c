import { describe, expect, it } from 'vitest';
import type { TellGrownUpTask } from '../../../src/content';
import { safePath } from '../../../src/engine/steps';
import { tellGrownUp as rules, type TellGrownUpAction } from '../../../src/engine/steps/tasks/tellGrownUp';
import { playAll, walkEveryState } from './taskWalk';

const task: TellGrownUpTask = {
  task: 'tell-grown-up',
  app: 'share',
  adult: 'c:gran',
  instruction: 'c:instruction',
  items: [
    { id: 'score', label: 'c:score' },
    { id: 'chat', label: 'c:chat', needed: true },
  ],
  openers: [
    { id: 'never-mind', label: 'c:nm', lessSafe: { id: 'never-mind', answer: 'c:nma', outcome: ['c:nmo'] } },
    { id: 'worried', label: 'c:worried' },
  ],
  missing: { id: 'missing', answer: 'c:ma', outcome: ['c:mo'] },
  reply: 'c:reply',
};
const toggle = (itemId: string): TellGrownUpAction => ({ type: 'toggleItem', itemId });
const opener = (openerId: string): TellGrownUpAction => ({ type: 'pickOpener', openerId });
const play = (...actions: TellGrownUpAction[]) => playAll(rules, task, ...actions);

describe('tell a grown-up: rules', () => {
  it('ticks and unticks what to show, in the order the sheet lists them', () => {
    expect(play(toggle('chat'), toggle('score')).chosen).toEqual(['score', 'chat']);
    expect(play(toggle('chat'), toggle('chat')).chosen).toEqual([]);
    expect(play(toggle('made-up')).chosen).toEqual([]);
  });

  it('shows the grown-up everything needed with a good opener: done', () => {
    const told = play(toggle('chat'), opener('worried'), { type: 'show' });
    expect(told.told).toBe(true);
    expect(rules.done(task, told)).toBe(true);
    // Something extra to show does no harm.
    expect(rules.done(task, play(toggle('chat'), toggle('score'), opener('worried'), { type: 'show' }))).toBe(true);
  });

  it('plays out a hiding opener and a missing item', () => {
    expect(rules.reduce(task, play(toggle('chat'), opener('never-mind')), { type: 'show' })).toEqual({ lessSafe: 'never-mind' });
    expect(rules.reduce(task, play(toggle('score'), opener('worried')), { type: 'show' })).toEqual({ lessSafe: 'missing' });
    expect(rules.lessSafe(task).map((l) => l.id)).toEqual(['never-mind', 'missing']);
  });

  it('ignores actions that do not fit (show without an opener, the same opener twice, anything once told)', () => {
    const start = rules.start(task);
    expect(rules.reduce(task, start, { type: 'show' })).toBe(start);
    const picked = play(opener('worried'));
    expect(rules.reduce(task, picked, opener('worried'))).toBe(picked);
    expect(rules.reduce(task, picked, opener('made-up'))).toBe(picked);
    const told = play(toggle('chat'), opener('worried'), { type: 'show' });
    for (const action of [toggle('score'), opener('never-mind'), { type: 'show' } as const])
      expect(rules.reduce(task, told, action)).toBe(told);
  });

  it('offers only actions that change something, and can be finished from every state', () => {
    walkEveryState(rules, task);
    expect(safePath(task)).toEqual([toggle('chat'), opener('worried'), { type: 'show' }]);
  });
});
