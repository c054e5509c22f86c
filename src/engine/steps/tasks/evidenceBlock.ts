import type { EvidenceBlockTask } from '../../../content/types';
import type { TaskRules } from './taskRules';

/**
 * Keeping the evidence, then reporting and blocking, in a pretend group chat:
 * a screenshot first (the proof stays even after blocking), then Report and
 * Block from the sender's ⋯ menu, in either order.
 */
export interface EvidenceBlockState {
  stage: 'chat' | 'menu';
  screenshot: boolean;
  reported: boolean;
  blocked: boolean;
}

export type EvidenceBlockAction =
  | { type: 'screenshot' }
  | { type: 'openMenu' }
  | { type: 'closeMenu' }
  | { type: 'report' }
  | { type: 'block' }
  | { type: 'deleteChat' }
  | { type: 'answerBack' };

export const evidenceBlock: TaskRules<EvidenceBlockTask, EvidenceBlockState, EvidenceBlockAction> = {
  start: () => ({ stage: 'chat', screenshot: false, reported: false, blocked: false }),

  reduce(task, state, action) {
    if (state.stage === 'chat') {
      if (action.type === 'screenshot' && !state.screenshot) return { ...state, screenshot: true };
      if (action.type === 'openMenu') return { ...state, stage: 'menu' };
      // Once blocked, the sender can no longer be answered.
      if (action.type === 'answerBack' && !state.blocked) return { lessSafe: task.answerBack.id };
      return state;
    }
    if (action.type === 'closeMenu') return { ...state, stage: 'chat' };
    if (action.type === 'report' && !state.reported) return { ...state, stage: 'chat', reported: true };
    if (action.type === 'block' && !state.blocked) return { ...state, stage: 'chat', blocked: true };
    // After the screenshot, clearing the chat loses nothing, so the menu no longer offers it as a trap.
    if (action.type === 'deleteChat' && !state.screenshot) return { lessSafe: task.deleteChat.id };
    return state;
  },

  done: (_task, state) => state.screenshot && state.reported && state.blocked,

  actions(_task, state) {
    if (state.stage === 'chat') {
      return [
        ...(state.screenshot ? [] : [{ type: 'screenshot' } as const]),
        { type: 'openMenu' },
        ...(state.blocked ? [] : [{ type: 'answerBack' } as const]),
      ];
    }
    return [
      { type: 'closeMenu' },
      ...(state.reported ? [] : [{ type: 'report' } as const]),
      ...(state.blocked ? [] : [{ type: 'block' } as const]),
      ...(state.screenshot ? [] : [{ type: 'deleteChat' } as const]),
    ];
  },

  lessSafe: (task) => [task.answerBack, task.deleteChat],
};
