import { describe, expect, it } from 'vitest';
import type { SettingsTask } from '../../../src/content';
import { safePath } from '../../../src/engine/steps';
import { settings as rules, type SettingsAction } from '../../../src/engine/steps/tasks/settings';
import { playAll, walkEveryState } from './taskWalk';

const task: SettingsTask = {
  task: 'settings',
  app: 'settings',
  instruction: 'c:instruction',
  rows: [
    {
      id: 'messages',
      label: 'c:messages',
      start: 'everyone',
      targets: ['friends', 'nobody'],
      options: [
        { id: 'everyone', label: 'c:everyone', lessSafe: { id: 'everyone', notice: 'c:n', outcome: ['c:o'] } },
        { id: 'friends', label: 'c:friends' },
        { id: 'nobody', label: 'c:nobody' },
      ],
    },
    {
      id: 'town',
      label: 'c:town',
      start: 'hidden',
      options: [
        { id: 'hidden', label: 'c:hidden' },
        { id: 'shown', label: 'c:shown', lessSafe: { id: 'town', notice: 'c:tn', outcome: ['c:to'] } },
      ],
    },
  ],
};
const open = (rowId: string): SettingsAction => ({ type: 'openRow', rowId });
const pick = (optionId: string): SettingsAction => ({ type: 'pick', optionId });
const play = (...actions: SettingsAction[]) => playAll(rules, task, ...actions);

describe('privacy settings: rules', () => {
  it('starts on the list with every row at its start value, not done', () => {
    expect(rules.start(task)).toEqual({ open: null, values: { messages: 'everyone', town: 'hidden' } });
    expect(rules.done(task, rules.start(task))).toBe(false);
  });

  it('opens a row, picks a safe option and goes back to the list: done when every row meets a target', () => {
    expect(play(open('messages'))).toMatchObject({ open: 'messages' });
    const friends = play(open('messages'), pick('friends'));
    expect(friends).toEqual({ open: null, values: { messages: 'friends', town: 'hidden' } });
    expect(rules.done(task, friends)).toBe(true);
    expect(rules.done(task, play(open('messages'), pick('nobody')))).toBe(true);
    expect(play(open('town'), { type: 'closeRow' })).toEqual(rules.start(task));
  });

  it('plays out a less safe option and keeps the setting as it was', () => {
    expect(rules.reduce(task, play(open('town')), pick('shown'))).toEqual({ lessSafe: 'town' });
    const friends = play(open('messages'), pick('friends'), open('messages'));
    expect(rules.reduce(task, friends, pick('everyone'))).toEqual({ lessSafe: 'everyone' });
    expect(rules.lessSafe(task).map((l) => l.id)).toEqual(['everyone', 'town']);
  });

  it('ignores actions that do not fit (a pick on the list, the current option, a row that does not exist)', () => {
    const start = rules.start(task);
    expect(rules.reduce(task, start, pick('friends'))).toBe(start);
    expect(rules.reduce(task, start, open('made-up'))).toBe(start);
    expect(rules.reduce(task, start, { type: 'closeRow' })).toBe(start);
    const row = play(open('messages'));
    expect(rules.reduce(task, row, pick('everyone'))).toBe(row);
    expect(rules.reduce(task, row, pick('shown'))).toBe(row);
    expect(rules.reduce(task, row, open('town'))).toBe(row);
  });

  it('offers only actions that change something, and can be finished from every state', () => {
    walkEveryState(rules, task);
    expect(safePath(task)).toEqual([open('messages'), pick('friends')]);
  });
});
