import type { PopupCloseTask } from '../../../content/types';
import type { TaskRules } from './taskRules';

/** How many of the task's pop-ups are closed; the next one is on screen. */
export interface PopupCloseState {
  closed: number;
}

/** Every action names its pop-up, so a second tap meant for one closed already does nothing. */
export type PopupCloseAction = { type: 'closePopup'; popupId: string } | { type: 'pressTrap'; popupId: string };

/**
 * Closing pop-ups by their small real ✕, one after another, while each big
 * bright button plays out the trick it is.
 */
export const popupClose: TaskRules<PopupCloseTask, PopupCloseState, PopupCloseAction> = {
  start: () => ({ closed: 0 }),

  reduce(task, state, action) {
    const popup = task.popups[state.closed];
    if (!popup || action.popupId !== popup.id) return state;
    if (action.type === 'pressTrap') return { lessSafe: popup.trap.id };
    return { closed: state.closed + 1 };
  },

  done: (task, state) => state.closed >= task.popups.length,

  actions(task, state) {
    const popup = task.popups[state.closed];
    return popup
      ? [
          { type: 'pressTrap', popupId: popup.id },
          { type: 'closePopup', popupId: popup.id },
        ]
      : [];
  },

  lessSafe: (task) => task.popups.map((p) => p.trap),
};
