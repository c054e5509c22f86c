import { describe, expect, it } from 'vitest';
import type { VoiceChatTask } from '../../../src/content';
import { safePath } from '../../../src/engine/steps';
import { voiceChat as rules, type VoiceChatAction } from '../../../src/engine/steps/tasks/voiceChat';
import { playAll, walkEveryState } from './taskWalk';

const task: VoiceChatTask = {
  task: 'voice-chat',
  app: 'lobby',
  instruction: 'c:instruction',
  players: [
    { id: 'panda', name: 'c:panda' },
    { id: 'wolf', name: 'c:wolf' },
  ],
  target: 'wolf',
  captions: [{ from: 'wolf', text: 'c:owe' }],
  reasons: [
    { id: 'pressure', label: 'c:pressure' },
    { id: 'secret', label: 'c:secret' },
  ],
  gift: { id: 'gift', label: 'c:gift', answer: 'c:ga', outcome: ['c:go'] },
  talk: { id: 'talk', text: 'c:text', answer: 'c:ta', outcome: ['c:to'] },
};
const mute = (playerId: string): VoiceChatAction => ({ type: 'toggleMute', playerId });
const report = (playerId: string): VoiceChatAction => ({ type: 'openReport', playerId });
const reason = (reasonId: string): VoiceChatAction => ({ type: 'pickReason', reasonId });
const send: VoiceChatAction = { type: 'sendReport' };
const play = (...actions: VoiceChatAction[]) => playAll(rules, task, ...actions);

describe('voice chat: rules', () => {
  it('mutes and unmutes any player', () => {
    expect(play(mute('wolf')).muted).toEqual(['wolf']);
    expect(play(mute('wolf'), mute('panda'), mute('wolf')).muted).toEqual(['panda']);
    expect(play(mute('made-up')).muted).toEqual([]);
  });

  it('mutes, then reports with a reason: done; the other order works too', () => {
    const done = play(mute('wolf'), report('wolf'), reason('pressure'), send);
    expect(done).toMatchObject({ muted: ['wolf'], reported: ['wolf'], reporting: null });
    expect(rules.done(task, done)).toBe(true);
    expect(rules.done(task, play(report('wolf'), reason('secret'), send, mute('wolf')))).toBe(true);
    expect(rules.done(task, play(report('wolf'), reason('secret'), send))).toBe(false);
  });

  it('cancels a report without losing what is done, and needs a reason to send', () => {
    const form = play(mute('wolf'), report('wolf'));
    expect(rules.reduce(task, form, send)).toBe(form);
    expect(play(mute('wolf'), report('wolf'), reason('pressure'), { type: 'cancelReport' })).toEqual({
      muted: ['wolf'],
      reporting: null,
      reason: null,
      reported: [],
    });
  });

  it('plays out taking the gift and talking back, until the player is reported', () => {
    expect(rules.reduce(task, rules.start(task), { type: 'acceptGift' })).toEqual({ lessSafe: 'gift' });
    expect(rules.reduce(task, rules.start(task), { type: 'talk' })).toEqual({ lessSafe: 'talk' });
    const reported = play(report('wolf'), reason('pressure'), send);
    expect(rules.reduce(task, reported, { type: 'acceptGift' })).toBe(reported);
    expect(rules.reduce(task, reported, { type: 'talk' })).toBe(reported);
  });

  it('ignores actions that do not fit (the form closed or open, a second report, an unknown reason)', () => {
    const start = rules.start(task);
    for (const action of [send, reason('pressure'), { type: 'cancelReport' } as const])
      expect(rules.reduce(task, start, action)).toBe(start);
    const form = play(report('wolf'));
    for (const action of [mute('wolf'), report('panda'), { type: 'talk' } as const, { type: 'acceptGift' } as const, reason('x')]) {
      expect(rules.reduce(task, form, action)).toBe(form);
    }
    const reported = play(report('wolf'), reason('pressure'), send);
    expect(rules.reduce(task, reported, report('wolf'))).toBe(reported);
  });

  it('offers only actions that change something, and can be finished from every state', () => {
    walkEveryState(rules, task);
    expect(safePath(task)).toEqual([mute('wolf'), report('wolf'), reason('pressure'), send]);
  });
});
