import { describe, expect, it } from 'vitest';
import type { EvidenceBlockTask } from '../../../src/content';
import { evidenceBlock as rules, type EvidenceBlockAction, type EvidenceBlockState } from '../../../src/engine/steps/tasks/evidenceBlock';
import { walkEveryState } from './conductTaskWalk';

const task: EvidenceBlockTask = {
  task: 'evidence-block',
  app: 'group-chat',
  group: 'c:group',
  sender: 'c:sender',
  instruction: 'c:instruction',
  messages: [{ from: 'c:sender', text: 'c:mean' }],
  answerBack: { id: 'answer-back', text: 'c:text', pileOn: [{ from: 'c:sender', text: 'c:more' }], outcome: ['c:o'] },
  deleteChat: { id: 'delete-chat', result: 'c:gone', outcome: ['c:o'] },
};

function play(...actions: EvidenceBlockAction[]): EvidenceBlockState {
  return actions.reduce((state, action) => {
    const result = rules.reduce(task, state, action);
    return 'lessSafe' in result ? state : result;
  }, rules.start(task));
}

describe('evidence, then report and block: rules', () => {
  it('starts in the chat with nothing kept, reported or blocked', () => {
    expect(rules.start(task)).toEqual({ stage: 'chat', screenshot: false, reported: false, blocked: false });
    expect(rules.done(task, rules.start(task))).toBe(false);
  });

  it('is done after the screenshot, the report and the block', () => {
    const s = play({ type: 'screenshot' }, { type: 'openMenu' }, { type: 'report' }, { type: 'openMenu' }, { type: 'block' });
    expect(s).toEqual({ stage: 'chat', screenshot: true, reported: true, blocked: true });
    expect(rules.done(task, s)).toBe(true);
  });

  it('needs all three: blocking and reporting without the proof is not done yet, and the proof can still be kept', () => {
    const noProof = play({ type: 'openMenu' }, { type: 'block' }, { type: 'openMenu' }, { type: 'report' });
    expect(rules.done(task, noProof)).toBe(false);
    expect(
      rules.done(task, play({ type: 'openMenu' }, { type: 'block' }, { type: 'openMenu' }, { type: 'report' }, { type: 'screenshot' })),
    ).toBe(true);
  });

  it('plays out answering back and deleting the chat before a screenshot', () => {
    expect(rules.reduce(task, rules.start(task), { type: 'answerBack' })).toEqual({ lessSafe: 'answer-back' });
    const menu = play({ type: 'openMenu' });
    expect(rules.reduce(task, menu, { type: 'deleteChat' })).toEqual({ lessSafe: 'delete-chat' });
    expect(rules.lessSafe(task).map((a) => a.id)).toEqual(['answer-back', 'delete-chat']);
  });

  it('no longer offers the traps once they cannot hurt: no answering a blocked sender, no delete trap after the screenshot', () => {
    const blocked = play({ type: 'openMenu' }, { type: 'block' });
    expect(rules.reduce(task, blocked, { type: 'answerBack' })).toBe(blocked);
    const kept = play({ type: 'screenshot' }, { type: 'openMenu' });
    expect(rules.reduce(task, kept, { type: 'deleteChat' })).toBe(kept);
    expect(rules.actions(task, kept)).not.toContainEqual({ type: 'deleteChat' });
  });

  it('ignores double taps and stale buttons', () => {
    const start = rules.start(task);
    for (const action of [{ type: 'report' }, { type: 'block' }, { type: 'closeMenu' }, { type: 'deleteChat' }] as const) {
      expect(rules.reduce(task, start, action), action.type).toBe(start);
    }
    const shot = play({ type: 'screenshot' });
    expect(rules.reduce(task, shot, { type: 'screenshot' })).toBe(shot);
    const menu = play({ type: 'openMenu' });
    expect(rules.reduce(task, menu, { type: 'screenshot' })).toBe(menu);
    expect(rules.reduce(task, menu, { type: 'answerBack' })).toBe(menu);
    const reported = play({ type: 'openMenu' }, { type: 'report' }, { type: 'openMenu' });
    expect(rules.reduce(task, reported, { type: 'report' })).toBe(reported);
  });

  it('offers only actions that change something, and can be finished from every state', () => {
    expect(walkEveryState(rules, task).size).toBeGreaterThan(8);
  });
});
