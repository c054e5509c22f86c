import type { PermissionsTask } from '../../../content/types';
import type { TaskRules } from './taskRules';

export type PermissionAnswer = 'allow' | 'deny';

/** The answers given so far, in order; the next request is on screen. */
export interface PermissionsState {
  answers: PermissionAnswer[];
}

/** Names its request, so a double tap never answers the next dialog too. */
export type PermissionsAction = { type: 'answer'; requestId: string; answer: PermissionAnswer };

/**
 * The system's permission dialogs, one at a time: the answer that fits what
 * the app is for moves on; the other one plays out, and Tiko rewinds.
 */
export const permissions: TaskRules<PermissionsTask, PermissionsState, PermissionsAction> = {
  start: () => ({ answers: [] }),

  reduce(task, state, action) {
    const request = task.requests[state.answers.length];
    if (!request || action.requestId !== request.id) return state;
    if (action.answer !== request.fits) return { lessSafe: request.otherwise.id };
    return { answers: [...state.answers, action.answer] };
  },

  done: (task, state) => state.answers.length >= task.requests.length,

  actions(task, state) {
    const request = task.requests[state.answers.length];
    return request ? (['allow', 'deny'] as const).map((answer) => ({ type: 'answer', requestId: request.id, answer }) as const) : [];
  },

  lessSafe: (task) => task.requests.map((r) => r.otherwise),
};
