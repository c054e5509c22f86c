/**
 * The scenario runner: a pure state machine over the content data.
 * Views send actions; the runner answers with the next state and never throws
 * on an action that does not fit, so a double tap or a stale button is harmless.
 */
import { END, type Choice, type Scenario, type Step } from '../content/types';

export type Phase = 'intro' | 'choose' | 'outcome' | 'keyMessage' | 'help' | 'done';

export interface RunnerState {
  scenarioId: string;
  stepId: string;
  phase: Phase;
  /** Which of the step's mascot lines is on screen during `intro`. */
  line: number;
  /** The choice whose outcome is on screen during `outcome`. */
  choiceId: string | null;
  /** Think-again choices already tried at this step, shown as such when choosing again. */
  tried: string[];
}

export type RunnerAction =
  | { type: 'next' }
  | { type: 'choose'; choiceId: string }
  | { type: 'restart' }
  /** A teacher steps back one screen, e.g. to discuss a choice again. */
  | { type: 'back' };

export function startScenario(scenario: Scenario, stepId: string = scenario.start): RunnerState {
  const step = findStep(scenario, stepId) ?? findStep(scenario, scenario.start);
  if (!step) throw new Error(`Scenario ${scenario.id} has no start step`);
  return { scenarioId: scenario.id, stepId: step.id, phase: 'intro', line: 0, choiceId: null, tried: [] };
}

export function findStep(scenario: Scenario, stepId: string): Step | undefined {
  return scenario.steps.find((s) => s.id === stepId);
}

export function currentStep(scenario: Scenario, state: RunnerState): Step {
  const step = findStep(scenario, state.stepId);
  if (!step) throw new Error(`Scenario ${scenario.id} has no step ${state.stepId}`);
  return step;
}

export function currentChoice(scenario: Scenario, state: RunnerState): Choice | undefined {
  if (!state.choiceId) return undefined;
  return currentStep(scenario, state).choices.find((c) => c.id === state.choiceId);
}

export function runnerReducer(scenario: Scenario, state: RunnerState, action: RunnerAction): RunnerState {
  if (action.type === 'restart') return startScenario(scenario);
  const step = findStep(scenario, state.stepId);
  if (!step) return state;
  if (action.type === 'back') return stepBack(scenario, state, step);

  switch (state.phase) {
    case 'intro':
      if (action.type !== 'next') return state;
      return state.line + 1 < step.lines.length
        ? { ...state, line: state.line + 1 }
        : { ...state, phase: 'choose' };

    case 'choose': {
      if (action.type !== 'choose') return state;
      const choice = step.choices.find((c) => c.id === action.choiceId);
      if (!choice) return state;
      const tried =
        choice.kind === 'think-again' && !state.tried.includes(choice.id)
          ? [...state.tried, choice.id]
          : state.tried;
      return { ...state, phase: 'outcome', choiceId: choice.id, tried };
    }

    case 'outcome': {
      if (action.type !== 'next') return state;
      const choice = step.choices.find((c) => c.id === state.choiceId);
      if (!choice || choice.kind === 'think-again') {
        return { ...state, phase: 'choose', choiceId: null };
      }
      if (!choice.next || choice.next === END) {
        return { ...state, phase: 'keyMessage', choiceId: null };
      }
      const nextStep = findStep(scenario, choice.next);
      if (!nextStep) return { ...state, phase: 'keyMessage', choiceId: null };
      return { scenarioId: scenario.id, stepId: nextStep.id, phase: 'intro', line: 0, choiceId: null, tried: [] };
    }

    case 'keyMessage':
      return action.type === 'next' ? { ...state, phase: 'help' } : state;

    case 'help':
      return action.type === 'next' ? { ...state, phase: 'done' } : state;

    case 'done':
      return state;
  }
}

/** Steps the child has already passed, in order, for a progress indicator. */
export function stepNumber(scenario: Scenario, state: RunnerState): { index: number; total: number } {
  const index = scenario.steps.findIndex((s) => s.id === state.stepId);
  return { index: Math.max(0, index), total: scenario.steps.length };
}

/** One screen back: the previous line, the choices again, or the step before. */
function stepBack(scenario: Scenario, state: RunnerState, step: Step): RunnerState {
  switch (state.phase) {
    case 'intro': {
      if (state.line > 0) return { ...state, line: state.line - 1 };
      const previous = scenario.steps.find((s) => s.choices.some((c) => c.kind === 'safe' && c.next === step.id));
      return previous ? { ...state, stepId: previous.id, phase: 'choose', line: 0, choiceId: null, tried: [] } : state;
    }
    case 'choose':
      return { ...state, phase: 'intro', line: Math.max(0, step.lines.length - 1) };
    case 'outcome':
      return { ...state, phase: 'choose', choiceId: null };
    case 'keyMessage':
      return { ...state, phase: 'choose', choiceId: null };
    case 'help':
      return { ...state, phase: 'keyMessage' };
    case 'done':
      return { ...state, phase: 'help' };
  }
}
