import type { FakeLoginTask } from '../../../content/types';
import type { TaskRules } from './taskRules';

export interface FakeLoginState {
  /** The child opened the address to look at it: the look-alike shows beside the real one. */
  checked: boolean;
  left: boolean;
}

export type FakeLoginAction = { type: 'checkAddress' } | { type: 'leave' } | { type: 'logIn' };

/**
 * A look-alike page in a pretend browser: looking closely at the address is
 * the clue, leaving the page the safe action; "Log in" plays out.
 */
export const fakeLogin: TaskRules<FakeLoginTask, FakeLoginState, FakeLoginAction> = {
  start: () => ({ checked: false, left: false }),

  reduce(task, state, action) {
    if (state.left) return state;
    if (action.type === 'checkAddress') return state.checked ? state : { ...state, checked: true };
    if (action.type === 'leave') return { ...state, left: true };
    return { lessSafe: task.login.id };
  },

  done: (_task, state) => state.left,

  actions: (_task, state) => (state.left ? [] : [{ type: 'logIn' }, { type: 'checkAddress' }, { type: 'leave' }]),

  lessSafe: (task) => [task.login],
};
