import { describe, expect, it } from 'vitest';
import type { ChatReportBlockTask } from '../../../src/content';
import {
  chatReportBlock as rules,
  type ChatReportBlockAction,
  type ChatReportBlockState,
} from '../../../src/engine/steps/tasks/chatReportBlock';
import type { LessSafe } from '../../../src/engine/steps/tasks';

const task: ChatReportBlockTask = {
  task: 'chat-report-block',
  app: 'chat',
  contact: 'c:name',
  messages: ['c:message'],
  instruction: 'c:instruction',
  reasons: [
    { id: 'secret', label: 'c:secret' },
    { id: 'private', label: 'c:private' },
  ],
  reply: { id: 'reply', text: 'c:text', answer: 'c:answer', outcome: ['c:outcome'] },
};

/** Plays actions in order; a less safe action leaves the state as it was, as the practice kind does. */
function play(...actions: ChatReportBlockAction[]): ChatReportBlockState {
  return actions.reduce((state, action) => {
    const result = rules.reduce(task, state, action);
    return 'lessSafe' in result ? state : result;
  }, rules.start(task));
}

describe('chat report and block: rules', () => {
  it('starts in the chat with nothing done', () => {
    expect(rules.start(task)).toEqual({ stage: 'chat', reason: null, reported: false, blocked: false });
    expect(rules.done(task, rules.start(task))).toBe(false);
  });

  it('reports through the menu with a reason, then blocks from the "report sent" note', () => {
    const form = play({ type: 'openMenu' }, { type: 'report' });
    expect(form.stage).toBe('report');
    // No reason yet: sending does nothing.
    expect(rules.reduce(task, form, { type: 'sendReport' })).toBe(form);
    const sent = play({ type: 'openMenu' }, { type: 'report' }, { type: 'pickReason', reasonId: 'secret' }, { type: 'sendReport' });
    expect(sent).toMatchObject({ stage: 'reported', reported: true, blocked: false, reason: 'secret' });
    expect(rules.done(task, sent)).toBe(false);
    const blocked = rules.reduce(task, sent, { type: 'block' }) as ChatReportBlockState;
    expect(blocked).toMatchObject({ stage: 'chat', reported: true, blocked: true });
    expect(rules.done(task, blocked)).toBe(true);
  });

  it('accepts any honest reason, and only the reasons the app offers', () => {
    for (const reason of task.reasons) {
      const s = play(
        { type: 'openMenu' },
        { type: 'report' },
        { type: 'pickReason', reasonId: reason.id },
        { type: 'sendReport' },
        { type: 'block' },
      );
      expect(rules.done(task, s), reason.id).toBe(true);
    }
    const form = play({ type: 'openMenu' }, { type: 'report' });
    expect(rules.reduce(task, form, { type: 'pickReason', reasonId: 'made-up' })).toBe(form);
  });

  it('also works the other way round: block from the menu, then report', () => {
    const s = play(
      { type: 'openMenu' },
      { type: 'block' },
      { type: 'openMenu' },
      { type: 'report' },
      { type: 'pickReason', reasonId: 'private' },
      { type: 'sendReport' },
    );
    expect(s).toMatchObject({ stage: 'chat', reported: true, blocked: true });
    expect(rules.done(task, s)).toBe(true);
  });

  it('lets the child close the menu, cancel the report or say "not now", without losing what is done', () => {
    expect(play({ type: 'openMenu' }, { type: 'closeMenu' })).toEqual(rules.start(task));
    expect(play({ type: 'openMenu' }, { type: 'report' }, { type: 'pickReason', reasonId: 'secret' }, { type: 'cancelReport' })).toEqual(
      rules.start(task),
    );
    const later = play(
      { type: 'openMenu' },
      { type: 'report' },
      { type: 'pickReason', reasonId: 'secret' },
      { type: 'sendReport' },
      { type: 'notNow' },
    );
    expect(later).toMatchObject({ stage: 'chat', reported: true, blocked: false });
    // The menu no longer offers Report once reported, and Block still works from there.
    expect(
      rules.actions(
        task,
        play(
          { type: 'openMenu' },
          { type: 'report' },
          { type: 'pickReason', reasonId: 'secret' },
          { type: 'sendReport' },
          { type: 'notNow' },
          { type: 'openMenu' },
        ),
      ),
    ).toEqual([{ type: 'closeMenu' }, { type: 'block' }]);
  });

  it('makes Reply the less safe action: it plays out instead of changing the app', () => {
    expect(rules.reduce(task, rules.start(task), { type: 'reply' })).toEqual<LessSafe>({ lessSafe: 'reply' });
    expect(rules.lessSafe(task)).toEqual([task.reply]);
    // A blocked contact cannot be answered.
    const blocked = play({ type: 'openMenu' }, { type: 'block' });
    expect(rules.reduce(task, blocked, { type: 'reply' })).toBe(blocked);
  });

  it('ignores actions that do not fit the screen (a double tap, a stale button)', () => {
    const start = rules.start(task);
    for (const action of [
      { type: 'report' },
      { type: 'block' },
      { type: 'sendReport' },
      { type: 'notNow' },
      { type: 'closeMenu' },
    ] as const) {
      expect(rules.reduce(task, start, action), action.type).toBe(start);
    }
    const menu = play({ type: 'openMenu' });
    expect(rules.reduce(task, menu, { type: 'reply' })).toBe(menu);
    expect(rules.reduce(task, menu, { type: 'openMenu' })).toBe(menu);
  });

  it('offers only actions that change something, and done stays reachable from every state', () => {
    const key = (s: ChatReportBlockState) => JSON.stringify(s);
    const seen = new Map<string, ChatReportBlockState>([[key(rules.start(task)), rules.start(task)]]);
    const queue = [rules.start(task)];
    while (queue.length) {
      const state = queue.shift()!;
      for (const action of rules.actions(task, state)) {
        const result = rules.reduce(task, state, action);
        expect(result, `${key(state)} ${action.type}`).not.toBe(state);
        if ('lessSafe' in result || seen.has(key(result))) continue;
        seen.set(key(result), result);
        queue.push(result);
      }
    }
    const canFinish = (from: ChatReportBlockState, depth = 0): boolean =>
      rules.done(task, from) ||
      (depth < 8 &&
        rules.actions(task, from).some((a) => {
          const r = rules.reduce(task, from, a);
          return !('lessSafe' in r) && canFinish(r, depth + 1);
        }));
    for (const state of seen.values()) expect(canFinish(state), key(state)).toBe(true);
  });
});
