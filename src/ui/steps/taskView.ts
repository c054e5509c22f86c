import type { PracticeTask } from '../../content';
import type { PracticeAction } from '../../engine/steps';
import type { UiContext } from '../context';

/** Sends an action from the pretend app, then moves focus to the control that should have it next. */
export type ActInApp = (action: PracticeAction, focusAfter?: string) => void;

/** How a practice task draws its pretend app in the stage slot. */
export interface TaskView<T extends PracticeTask, S> {
  app(ctx: UiContext, task: T, state: S, lessSafe: string | null, act: ActInApp): HTMLElement;
}

/** The heading of the panel's card beside the app: the task, a less safe beat, or well done. */
export const PRACTICE_HEADING = 'practice-heading';

/** The screen is redrawn synchronously by the action, so the new control is there to take focus. */
export function focusOn(focusId: string): void {
  document.querySelector<HTMLElement>(`[data-focus-id="${focusId}"]`)?.focus();
}
