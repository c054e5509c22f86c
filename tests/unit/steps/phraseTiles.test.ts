import { describe, expect, it } from 'vitest';
import type { PhraseTilesTask } from '../../../src/content';
import { safePath } from '../../../src/engine/steps';
import { phraseTiles as rules, type PhraseTilesAction, type PhraseTilesState } from '../../../src/engine/steps/tasks/phraseTiles';
import { walkEveryState } from './conductTaskWalk';

const task: PhraseTilesTask = {
  task: 'phrase-tiles',
  app: 'chat',
  contact: 'c:leo',
  instruction: 'c:instruction',
  messages: [],
  tiles: [
    { id: 'hi', label: 'c:hi' },
    { id: 'mean', label: 'c:mean', lessSafe: 'unkind' },
    { id: 'ok', label: 'c:ok' },
    { id: 'side', label: 'c:side' },
  ],
  minTiles: 2,
  maxTiles: 3,
  lessSafe: [{ id: 'unkind', answer: 'c:ouch', outcome: ['c:o'] }],
  answer: 'c:thanks',
  shortcuts: [{ id: 'forward', label: 'c:forward', result: 'c:spread', outcome: ['c:o'] }],
};

function play(...actions: PhraseTilesAction[]): PhraseTilesState {
  return actions.reduce((state, action) => {
    const result = rules.reduce(task, state, action);
    return 'lessSafe' in result ? state : result;
  }, rules.start(task));
}
const pick = (tileId: string): PhraseTilesAction => ({ type: 'pick', tileId });

describe('phrase tiles: rules', () => {
  it('builds the message in the order the tiles are picked, and sends it', () => {
    const draft = play(pick('ok'), pick('hi'));
    expect(draft.picked).toEqual(['ok', 'hi']);
    const sent = rules.reduce(task, draft, { type: 'send' }) as PhraseTilesState;
    expect(sent).toEqual({ picked: ['ok', 'hi'], sent: true });
    expect(rules.done(task, sent)).toBe(true);
  });

  it('sends nothing shorter than the fewest tiles, and takes no more than the most', () => {
    const one = play(pick('hi'));
    expect(rules.reduce(task, one, { type: 'send' })).toBe(one);
    const full = play(pick('hi'), pick('ok'), pick('side'));
    expect(rules.reduce(task, full, pick('mean'))).toBe(full);
    expect(rules.actions(task, full).filter((a) => a.type === 'pick')).toEqual([]);
  });

  it('takes a tile out, or clears the draft', () => {
    expect(play(pick('hi'), pick('ok'), { type: 'unpick', tileId: 'hi' }).picked).toEqual(['ok']);
    expect(play(pick('hi'), pick('ok'), { type: 'clear' }).picked).toEqual([]);
  });

  it('plays out a sent unkind tile, wherever it is in the message, and the forward shortcut', () => {
    expect(rules.reduce(task, play(pick('hi'), pick('mean')), { type: 'send' })).toEqual({ lessSafe: 'unkind' });
    expect(rules.reduce(task, play(pick('mean'), pick('ok')), { type: 'send' })).toEqual({ lessSafe: 'unkind' });
    expect(rules.reduce(task, rules.start(task), { type: 'shortcut', shortcutId: 'forward' })).toEqual({ lessSafe: 'forward' });
    expect(rules.lessSafe(task).map((a) => a.id)).toEqual(['unkind', 'forward']);
  });

  it('ignores double taps, unknown tiles and anything after sending', () => {
    const one = play(pick('hi'));
    expect(rules.reduce(task, one, pick('hi'))).toBe(one);
    expect(rules.reduce(task, one, pick('made-up'))).toBe(one);
    expect(rules.reduce(task, one, { type: 'unpick', tileId: 'ok' })).toBe(one);
    const start = rules.start(task);
    expect(rules.reduce(task, start, { type: 'clear' })).toBe(start);
    expect(rules.reduce(task, start, { type: 'shortcut', shortcutId: 'made-up' })).toBe(start);
    const sent = rules.reduce(task, play(pick('hi'), pick('ok')), { type: 'send' }) as PhraseTilesState;
    for (const action of [pick('side'), { type: 'send' }, { type: 'clear' }, { type: 'shortcut', shortcutId: 'forward' }] as const) {
      expect(rules.reduce(task, sent, action)).toBe(sent);
    }
    expect(rules.actions(task, sent)).toEqual([]);
  });

  it('has a safe path of fine tiles only, and every state can still be finished', () => {
    const path = safePath(task);
    expect(path.at(-1)).toEqual({ type: 'send' });
    expect(path.filter((a) => a.type === 'pick').map((a) => (a as { tileId: string }).tileId)).not.toContain('mean');
    walkEveryState(rules, task);
  });
});
