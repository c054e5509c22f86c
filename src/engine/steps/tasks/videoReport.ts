import type { VideoReportTask } from '../../../content/types';
import type { TaskRules } from './taskRules';

/**
 * Stopping an upsetting video in a pretend video app and making it go away,
 * as real apps allow: pause it, then the video's menu (⋯) with "Don't show me
 * this" or Report with a reason. Opening the menu pauses the video, as many
 * apps do. Once it is gone, nothing of it is left to tap.
 */
export interface VideoReportState {
  playing: boolean;
  stage: 'video' | 'menu' | 'report' | 'gone';
  reason: string | null;
  /** How the video went away: hidden by "Don't show me this", or reported. */
  gone: 'hidden' | 'reported' | null;
}

export type VideoReportAction =
  | { type: 'pause' }
  | { type: 'play' }
  | { type: 'openMenu' }
  | { type: 'closeMenu' }
  | { type: 'hide' }
  | { type: 'report' }
  | { type: 'pickReason'; reasonId: string }
  | { type: 'sendReport' }
  | { type: 'cancelReport' }
  | { type: 'playNext' }
  | { type: 'share' };

export const videoReport: TaskRules<VideoReportTask, VideoReportState, VideoReportAction> = {
  start: () => ({ playing: true, stage: 'video', reason: null, gone: null }),

  reduce(task, state, action) {
    switch (state.stage) {
      case 'video':
        if (action.type === 'pause' && state.playing) return { ...state, playing: false };
        if (action.type === 'play' && !state.playing) return { ...state, playing: true };
        if (action.type === 'openMenu') return { ...state, stage: 'menu', playing: false };
        if (action.type === 'playNext') return { lessSafe: task.upNext.id };
        if (action.type === 'share') return { lessSafe: task.share.id };
        return state;
      case 'menu':
        if (action.type === 'closeMenu') return { ...state, stage: 'video' };
        if (action.type === 'hide') return { ...state, stage: 'gone', gone: 'hidden' };
        if (action.type === 'report') return { ...state, stage: 'report', reason: null };
        return state;
      case 'report':
        if (action.type === 'pickReason' && task.reasons.some((r) => r.id === action.reasonId)) {
          return { ...state, reason: action.reasonId };
        }
        if (action.type === 'sendReport' && state.reason) return { ...state, stage: 'gone', gone: 'reported' };
        if (action.type === 'cancelReport') return { ...state, stage: 'video', reason: null };
        return state;
      case 'gone':
        return state;
    }
  },

  done: (_task, state) => state.stage === 'gone',

  actions(task, state) {
    switch (state.stage) {
      case 'video':
        return [{ type: state.playing ? 'pause' : 'play' }, { type: 'openMenu' }, { type: 'playNext' }, { type: 'share' }];
      case 'menu':
        return [{ type: 'closeMenu' }, { type: 'hide' }, { type: 'report' }];
      case 'report':
        return [
          { type: 'cancelReport' },
          ...task.reasons.map((r) => ({ type: 'pickReason', reasonId: r.id }) as const),
          ...(state.reason ? [{ type: 'sendReport' } as const] : []),
        ];
      case 'gone':
        return [];
    }
  },

  lessSafe: (task) => [task.upNext, task.share],
};
