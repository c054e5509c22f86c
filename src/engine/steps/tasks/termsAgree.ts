import type { TermsAgreeTask } from '../../../content/types';
import type { TaskRules } from './taskRules';

export interface TermsAgreeState {
  /** The switches that are on; the risky ones start on, as such screens make them. */
  on: string[];
  asked: boolean;
}

export type TermsAgreeAction = { type: 'toggle'; switchId: string } | { type: 'askGrownUp' } | { type: 'acceptAll' };

const riskyOff = (task: TermsAgreeTask, state: TermsAgreeState) => task.switches.every((s) => !s.risky || !state.on.includes(s.id));

/**
 * Before "I agree": switch off what shares the child's data and ask a
 * grown-up to read the terms too, in either order. "Accept all" plays out.
 */
export const termsAgree: TaskRules<TermsAgreeTask, TermsAgreeState, TermsAgreeAction> = {
  start: (task) => ({ on: task.switches.filter((s) => s.risky).map((s) => s.id), asked: false }),

  reduce(task, state, action) {
    if (termsAgree.done(task, state)) return state;
    switch (action.type) {
      case 'acceptAll':
        return { lessSafe: task.acceptAll.id };
      case 'askGrownUp':
        return state.asked ? state : { ...state, asked: true };
      case 'toggle': {
        if (!task.switches.some((s) => s.id === action.switchId)) return state;
        const on = state.on.includes(action.switchId)
          ? state.on.filter((id) => id !== action.switchId)
          : // Kept in the task's order, so the same switches on are the same state.
            task.switches.map((s) => s.id).filter((id) => id === action.switchId || state.on.includes(id));
        return { ...state, on };
      }
    }
  },

  done: (task, state) => state.asked && riskyOff(task, state),

  actions: (task, state) =>
    termsAgree.done(task, state)
      ? []
      : [
          { type: 'acceptAll' },
          ...task.switches.map((s) => ({ type: 'toggle', switchId: s.id }) as const),
          ...(state.asked ? [] : [{ type: 'askGrownUp' } as const]),
        ],

  lessSafe: (task) => [task.acceptAll],
};
