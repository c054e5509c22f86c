import type { PracticeStep } from '../../content/types';
import type { RunnerState } from '../scenarioRunner';
import type { StepKind } from './stepKind';
import { taskRules, type TaskState } from './tasks';

/** A practice task in progress: the pretend app's state, and a less safe action playing out. */
export interface PracticeRun {
  task: TaskState;
  /** The less safe action on screen, until the child presses to go back; the task's state is as before it. */
  lessSafe: string | null;
}

function runOf(step: PracticeStep, state: RunnerState): PracticeRun {
  return state.practice ?? { task: taskRules(step.task).start(step.task), lessSafe: null };
}

/** Whether the child has done the task, so Tiko's words and Continue show. */
export function practiceDone(step: PracticeStep, state: RunnerState): boolean {
  return taskRules(step.task).done(step.task, runOf(step, state).task);
}

/**
 * The child performs the safe action in a pretend app. A less safe action plays
 * out for a beat and waits there, never on a timer, until the child rewinds to
 * just before it: a second chance, never a loss.
 */
export const practice: StepKind<PracticeStep> = {
  enter: (step, state) => ({
    ...state,
    phase: 'practice',
    choiceId: null,
    practice: { task: taskRules(step.task).start(step.task), lessSafe: null },
  }),

  act(step, state, action) {
    const run = runOf(step, state);
    if (run.lessSafe) return action.type === 'rewind' ? { ...state, practice: { ...run, lessSafe: null } } : state;
    if (practiceDone(step, state)) return action.type === 'next' ? { leave: step.next } : state;
    if (action.type !== 'practice') return state;
    const result = taskRules(step.task).reduce(step.task, run.task, action.action);
    if (result === run.task) return state;
    if ('lessSafe' in result) {
      const tried = state.tried.includes(result.lessSafe) ? state.tried : [...state.tried, result.lessSafe];
      return { ...state, tried, practice: { ...run, lessSafe: result.lessSafe } };
    }
    return { ...state, practice: { ...run, task: result } };
  },

  // Back from a less safe beat is the rewind itself; otherwise back to the step's lines.
  back: (step, state) => {
    const run = runOf(step, state);
    return run.lessSafe ? { ...state, practice: { ...run, lessSafe: null } } : null;
  },

  nextSteps: (step) => [step.next],

  mood: (step, state) => (runOf(step, state).lessSafe ? 'concerned' : practiceDone(step, state) ? 'happy' : 'thinking'),
};
