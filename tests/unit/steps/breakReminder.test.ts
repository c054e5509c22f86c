import { describe, expect, it } from 'vitest';
import type { BreakReminderTask } from '../../../src/content';
import { safePath } from '../../../src/engine/steps';
import { breakReminder as rules, type BreakReminderState } from '../../../src/engine/steps/tasks/breakReminder';
import { walkEveryState } from './conductTaskWalk';

const onOff = [
  { id: 'off', label: 'c:off' },
  { id: 'on', label: 'c:on' },
];
const task: BreakReminderTask = {
  task: 'break-reminder',
  app: 'game-settings',
  game: 'c:game',
  instruction: 'c:instruction',
  rows: [
    {
      id: 'reminder',
      label: 'c:reminder',
      options: [
        { id: 'off', label: 'c:off' },
        { id: '30', label: 'c:30' },
        { id: '60', label: 'c:60' },
      ],
      initial: 'off',
      safe: ['30', '60'],
    },
    { id: 'stop-after', label: 'c:stop', options: onOff, initial: 'off', safe: ['on'] },
    { id: 'autoplay', label: 'c:auto', options: onOff, initial: 'on', safe: ['off'] },
  ],
  playOn: { id: 'play-on', label: 'c:next', result: 'c:late', outcome: ['c:o'] },
};

const set = (state: BreakReminderState, rowId: string, optionId: string) =>
  rules.reduce(task, state, { type: 'set', rowId, optionId }) as BreakReminderState;

describe('break reminder settings: rules', () => {
  it('starts with every row at its first value, not done', () => {
    expect(rules.start(task)).toEqual({ values: { reminder: 'off', 'stop-after': 'off', autoplay: 'on' } });
    expect(rules.done(task, rules.start(task))).toBe(false);
  });

  it('is done once every row gives a break, whichever safe value', () => {
    let s = set(rules.start(task), 'reminder', '60');
    s = set(s, 'stop-after', 'on');
    expect(rules.done(task, s)).toBe(false);
    s = set(s, 'autoplay', 'off');
    expect(rules.done(task, s)).toBe(true);
    expect(safePath(task)).toHaveLength(3);
  });

  it('lets a row be changed back, which undoes done-ness', () => {
    const s = set(set(set(rules.start(task), 'reminder', '30'), 'stop-after', 'on'), 'stop-after', 'off');
    expect(rules.done(task, s)).toBe(false);
  });

  it('plays out "Next round" while the settings are not set', () => {
    expect(rules.reduce(task, rules.start(task), { type: 'playOn' })).toEqual({ lessSafe: 'play-on' });
    expect(rules.lessSafe(task)).toEqual([task.playOn]);
  });

  it('ignores the value already set, unknown rows and options, and "Next round" once done', () => {
    const start = rules.start(task);
    expect(rules.reduce(task, start, { type: 'set', rowId: 'reminder', optionId: 'off' })).toBe(start);
    expect(rules.reduce(task, start, { type: 'set', rowId: 'made-up', optionId: 'on' })).toBe(start);
    expect(rules.reduce(task, start, { type: 'set', rowId: 'reminder', optionId: '5' })).toBe(start);
    const done = set(set(set(start, 'reminder', '30'), 'stop-after', 'on'), 'autoplay', 'off');
    expect(rules.reduce(task, done, { type: 'playOn' })).toBe(done);
    expect(rules.actions(task, done)).toEqual([]);
  });

  it('can be finished from every state it can reach', () => {
    walkEveryState(rules, task);
  });
});
