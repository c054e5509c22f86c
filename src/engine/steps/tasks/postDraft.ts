import type { PostDraftTask } from '../../../content/types';
import type { TaskRules } from './taskRules';

/**
 * A photo app's post screen: pick who sees the post, then Post, or delete the
 * draft. Posting to an audience that spreads the photo plays out; deleting, or
 * posting to an audience that keeps it private, is done.
 */
export interface PostDraftState {
  audience: string;
  outcome: 'draft' | 'posted' | 'deleted';
}

export type PostDraftAction = { type: 'audience'; audienceId: string } | { type: 'post' } | { type: 'delete' };

export const postDraft: TaskRules<PostDraftTask, PostDraftState, PostDraftAction> = {
  start: (task) => ({ audience: task.audience, outcome: 'draft' }),

  reduce(task, state, action) {
    if (state.outcome !== 'draft') return state;
    switch (action.type) {
      case 'audience':
        return action.audienceId !== state.audience && task.audiences.some((a) => a.id === action.audienceId)
          ? { ...state, audience: action.audienceId }
          : state;
      case 'post': {
        const lessSafe = task.audiences.find((a) => a.id === state.audience)?.lessSafe;
        return lessSafe ? { lessSafe } : { ...state, outcome: 'posted' };
      }
      case 'delete':
        return { ...state, outcome: 'deleted' };
    }
  },

  done: (_task, state) => state.outcome !== 'draft',

  actions(task, state) {
    if (state.outcome !== 'draft') return [];
    return [
      ...task.audiences.filter((a) => a.id !== state.audience).map((a) => ({ type: 'audience', audienceId: a.id }) as const),
      { type: 'post' },
      { type: 'delete' },
    ];
  },

  lessSafe: (task) => task.lessSafe,
};
