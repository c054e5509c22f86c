import type { ChatReportBlockTask } from '../../../content/types';
import type { TaskRules } from './taskRules';

/**
 * Reporting and blocking a contact in a pretend chat, as real apps do it: the
 * contact's menu (⋯), Report, an honest reason, Send, then Block (offered once
 * the report is sent, or straight from the menu). Either order works.
 */
export interface ChatReportBlockState {
  /** What the pretend app shows: the chat, the open menu, the report form, or the "report sent" note. */
  stage: 'chat' | 'menu' | 'report' | 'reported';
  /** The reason picked in the report form. */
  reason: string | null;
  reported: boolean;
  blocked: boolean;
}

export type ChatReportBlockAction =
  | { type: 'openMenu' }
  | { type: 'closeMenu' }
  | { type: 'report' }
  | { type: 'pickReason'; reasonId: string }
  | { type: 'sendReport' }
  | { type: 'cancelReport' }
  | { type: 'block' }
  | { type: 'notNow' }
  | { type: 'reply' };

export const chatReportBlock: TaskRules<ChatReportBlockTask, ChatReportBlockState, ChatReportBlockAction> = {
  start: () => ({ stage: 'chat', reason: null, reported: false, blocked: false }),

  reduce(task, state, action) {
    switch (state.stage) {
      case 'chat':
        if (action.type === 'openMenu') return { ...state, stage: 'menu' };
        // A blocked contact cannot be answered any more.
        if (action.type === 'reply' && !state.blocked) return { lessSafe: task.reply.id };
        return state;
      case 'menu':
        if (action.type === 'closeMenu') return { ...state, stage: 'chat' };
        if (action.type === 'report' && !state.reported) return { ...state, stage: 'report', reason: null };
        if (action.type === 'block' && !state.blocked) return { ...state, stage: 'chat', blocked: true };
        return state;
      case 'report':
        if (action.type === 'pickReason' && task.reasons.some((r) => r.id === action.reasonId)) {
          return { ...state, reason: action.reasonId };
        }
        if (action.type === 'sendReport' && state.reason) {
          return { ...state, reported: true, stage: state.blocked ? 'chat' : 'reported' };
        }
        if (action.type === 'cancelReport') return { ...state, stage: 'chat', reason: null };
        return state;
      case 'reported':
        if (action.type === 'block') return { ...state, stage: 'chat', blocked: true };
        if (action.type === 'notNow') return { ...state, stage: 'chat' };
        return state;
    }
  },

  done: (_task, state) => state.reported && state.blocked,

  actions(task, state) {
    switch (state.stage) {
      case 'chat':
        return state.blocked ? [{ type: 'openMenu' }] : [{ type: 'openMenu' }, { type: 'reply' }];
      case 'menu':
        return [
          { type: 'closeMenu' },
          ...(state.reported ? [] : [{ type: 'report' } as const]),
          ...(state.blocked ? [] : [{ type: 'block' } as const]),
        ];
      case 'report':
        return [
          { type: 'cancelReport' },
          ...task.reasons.map((r) => ({ type: 'pickReason', reasonId: r.id }) as const),
          ...(state.reason ? [{ type: 'sendReport' } as const] : []),
        ];
      case 'reported':
        return [{ type: 'block' }, { type: 'notNow' }];
    }
  },

  lessSafe: (task) => [task.reply],
};
