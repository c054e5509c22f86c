import { describe, expect, it } from 'vitest';
import type { SayNoTilesTask } from '../../../src/content';
import { safePath } from '../../../src/engine/steps';
import { MAX_TILES, sayNoTiles as rules, type SayNoTilesAction } from '../../../src/engine/steps/tasks/sayNoTiles';
import { playAll, walkEveryState } from './taskWalk';

const task: SayNoTilesTask = {
  task: 'say-no-tiles',
  app: 'chat',
  contact: 'c:name',
  messages: ['c:m1'],
  instruction: 'c:instruction',
  tiles: [
    { id: 'later', label: 'c:later', lessSafe: { id: 'later', answer: 'c:a', outcome: ['c:o'] } },
    { id: 'no', label: 'c:no', no: true },
    { id: 'play', label: 'c:play' },
    { id: 'photos', label: 'c:photos', no: true },
  ],
  unclear: { id: 'unclear', answer: 'c:ua', outcome: ['c:uo'] },
  pushBack: 'c:push',
  blockFirst: { id: 'block-first', outcome: ['c:bo'] },
};
const add = (tileId: string): SayNoTilesAction => ({ type: 'addTile', tileId });
const play = (...actions: SayNoTilesAction[]) => playAll(rules, task, ...actions);

describe('say no with phrase tiles: rules', () => {
  it('builds a message tile by tile, each tile once, up to the limit, and takes the last one back', () => {
    expect(play(add('no'), add('photos')).message).toEqual(['no', 'photos']);
    expect(play(add('no'), add('no')).message).toEqual(['no']);
    expect(play(add('no'), add('play'), add('photos'), add('later')).message).toHaveLength(MAX_TILES);
    expect(play(add('no'), add('photos'), { type: 'removeTile' }).message).toEqual(['no']);
    expect(play(add('made-up')).message).toEqual([]);
  });

  it('sends a clear no; then a screenshot and Block finish the task', () => {
    const sent = play(add('no'), add('photos'), { type: 'send' });
    expect(sent).toMatchObject({ sent: ['no', 'photos'], message: [] });
    expect(rules.done(task, sent)).toBe(false);
    const done = play(add('no'), { type: 'send' }, { type: 'screenshot' }, { type: 'blockContact' });
    expect(done).toMatchObject({ screenshot: true, blocked: true });
    expect(rules.done(task, done)).toBe(true);
  });

  it('plays out a tile that leaves the door open, a message without a no, and Block before the screenshot', () => {
    const withLater = play(add('no'), add('later'));
    expect(rules.reduce(task, withLater, { type: 'send' })).toEqual({ lessSafe: 'later' });
    expect(rules.reduce(task, play(add('play')), { type: 'send' })).toEqual({ lessSafe: 'unclear' });
    const sent = play(add('no'), { type: 'send' });
    expect(rules.reduce(task, sent, { type: 'blockContact' })).toEqual({ lessSafe: 'block-first' });
    expect(rules.lessSafe(task).map((l) => l.id)).toEqual(['later', 'unclear', 'block-first']);
  });

  it('is done at the "no" when the story has no push back', () => {
    const short: SayNoTilesTask = { ...task, pushBack: undefined, blockFirst: undefined };
    const sent = playAll(rules, short, add('no'), { type: 'send' });
    expect(rules.done(short, sent)).toBe(true);
    expect(rules.actions(short, sent)).toEqual([]);
  });

  it('ignores actions that do not fit (an empty send, a double tap, a stale button)', () => {
    const start = rules.start(task);
    for (const action of [{ type: 'send' }, { type: 'removeTile' }, { type: 'screenshot' }, { type: 'blockContact' }] as const) {
      expect(rules.reduce(task, start, action), action.type).toBe(start);
    }
    const sent = play(add('no'), { type: 'send' });
    expect(rules.reduce(task, sent, add('photos'))).toBe(sent);
    expect(rules.reduce(task, sent, { type: 'send' })).toBe(sent);
    const shot = play(add('no'), { type: 'send' }, { type: 'screenshot' });
    expect(rules.reduce(task, shot, { type: 'screenshot' })).toBe(shot);
    const blocked = play(add('no'), { type: 'send' }, { type: 'screenshot' }, { type: 'blockContact' });
    expect(rules.reduce(task, blocked, { type: 'blockContact' })).toBe(blocked);
  });

  it('offers only actions that change something, and can be finished from every state', () => {
    walkEveryState(rules, task);
    expect(safePath(task)).toEqual([add('no'), { type: 'send' }, { type: 'screenshot' }, { type: 'blockContact' }]);
  });
});
