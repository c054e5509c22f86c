import { describe, expect, it } from 'vitest';
import type { VideoReportTask } from '../../../src/content';
import { safePath } from '../../../src/engine/steps/tasks';
import { videoReport as rules, type VideoReportAction, type VideoReportState } from '../../../src/engine/steps/tasks/videoReport';

const task: VideoReportTask = {
  task: 'video-report',
  app: 'video',
  channel: 'c:channel',
  title: 'c:title',
  instruction: 'c:instruction',
  reasons: [
    { id: 'scary', label: 'c:scary' },
    { id: 'other', label: 'c:other' },
  ],
  upNext: { id: 'play-next', title: 'c:next', outcome: ['c:next.outcome'] },
  share: { id: 'share', friend: 'c:friend', answer: 'c:answer', outcome: ['c:share.outcome'] },
};

function play(...actions: VideoReportAction[]): VideoReportState {
  return actions.reduce((state, action) => {
    const result = rules.reduce(task, state, action);
    return 'lessSafe' in result ? state : result;
  }, rules.start(task));
}

describe('stopping an upsetting video: rules', () => {
  it('starts with the video playing', () => {
    expect(rules.start(task)).toEqual({ playing: true, stage: 'video', reason: null, gone: null });
    expect(rules.done(task, rules.start(task))).toBe(false);
  });

  it('pauses and plays again; pausing alone does not make the video go', () => {
    const paused = play({ type: 'pause' });
    expect(paused.playing).toBe(false);
    expect(rules.done(task, paused)).toBe(false);
    expect(rules.reduce(task, paused, { type: 'pause' })).toBe(paused);
    expect(play({ type: 'pause' }, { type: 'play' }).playing).toBe(true);
  });

  it('"Don\'t show me this" makes it go; opening the menu pauses it, as apps do', () => {
    const menu = play({ type: 'openMenu' });
    expect(menu).toMatchObject({ stage: 'menu', playing: false });
    const gone = rules.reduce(task, menu, { type: 'hide' }) as VideoReportState;
    expect(gone).toMatchObject({ stage: 'gone', gone: 'hidden' });
    expect(rules.done(task, gone)).toBe(true);
  });

  it('a report needs a reason the app offers, then the video goes', () => {
    const form = play({ type: 'pause' }, { type: 'openMenu' }, { type: 'report' });
    expect(form.stage).toBe('report');
    expect(rules.reduce(task, form, { type: 'sendReport' })).toBe(form);
    expect(rules.reduce(task, form, { type: 'pickReason', reasonId: 'nope' })).toBe(form);
    const sent = play({ type: 'openMenu' }, { type: 'report' }, { type: 'pickReason', reasonId: 'other' }, { type: 'sendReport' });
    expect(sent).toMatchObject({ stage: 'gone', gone: 'reported', reason: 'other' });
    expect(rules.done(task, sent)).toBe(true);
  });

  it('cancelling the menu or the report goes back to the video', () => {
    expect(play({ type: 'openMenu' }, { type: 'closeMenu' }).stage).toBe('video');
    expect(play({ type: 'openMenu' }, { type: 'report' }, { type: 'cancelReport' })).toMatchObject({ stage: 'video', reason: null });
  });

  it('playing the next one or sending it to a friend plays out, from the video only', () => {
    expect(rules.reduce(task, rules.start(task), { type: 'playNext' })).toEqual({ lessSafe: 'play-next' });
    expect(rules.reduce(task, play({ type: 'pause' }), { type: 'share' })).toEqual({ lessSafe: 'share' });
    const menu = play({ type: 'openMenu' });
    expect(rules.reduce(task, menu, { type: 'share' })).toBe(menu);
    expect(rules.lessSafe(task).map((a) => a.id)).toEqual(['play-next', 'share']);
  });

  it('once gone, every tap is stale: nothing of the video is left', () => {
    const gone = play({ type: 'openMenu' }, { type: 'hide' });
    for (const a of [
      { type: 'play' },
      { type: 'openMenu' },
      { type: 'share' },
      { type: 'playNext' },
      { type: 'report' },
    ] as VideoReportAction[]) {
      expect(rules.reduce(task, gone, a)).toBe(gone);
    }
    expect(rules.actions(task, gone)).toEqual([]);
  });

  it('has an answer key, and can be finished from every state it can reach', () => {
    expect(safePath(task)).toEqual([{ type: 'openMenu' }, { type: 'hide' }]);
    const key = (s: VideoReportState) => JSON.stringify(s);
    const seen = new Map([[key(rules.start(task)), rules.start(task)]]);
    const queue = [rules.start(task)];
    while (queue.length) {
      const s = queue.shift()!;
      if (!rules.done(task, s)) expect(safePath(task, s).length).toBeGreaterThan(0);
      for (const a of rules.actions(task, s)) {
        const r = rules.reduce(task, s, a);
        if ('lessSafe' in r || seen.has(key(r))) continue;
        seen.set(key(r), r);
        queue.push(r);
      }
    }
    expect(seen.size).toBeGreaterThan(6);
  });
});
