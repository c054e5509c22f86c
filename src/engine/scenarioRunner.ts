/**
 * The scenario runner: a pure state machine over the content data.
 * Views send actions; the runner answers with the next state and never throws
 * on an action that does not fit, so a double tap or a stale button is harmless.
 */
import { END, type Choice, type Scenario, type Step } from '../content/types';
import { isChooseStep, stepKindOf, type PracticeAction, type PracticeRun } from './steps';

/** The phases a kind of step owns between its lines and the next step (see `steps/`). */
export type StepPhase = 'choose' | 'outcome' | 'practice';
/** `grownUp`: play together's question for the grown-up, after the help card (only when asked for). */
export type Phase = 'intro' | StepPhase | 'keyMessage' | 'help' | 'grownUp' | 'done';

export interface RunnerState {
  scenarioId: string;
  stepId: string;
  phase: Phase;
  /** Which of the step's mascot lines is on screen during `intro`. */
  line: number;
  /** The choice whose outcome is on screen during `outcome`. */
  choiceId: string | null;
  /** Think-again choices (or less safe practice actions) already tried at this step, shown as such. */
  tried: string[];
  /** A practice step's pretend app, while the child is in it. */
  practice?: PracticeRun;
}

export type RunnerAction =
  | { type: 'next' }
  | { type: 'choose'; choiceId: string }
  /** Something the child does in a practice step's pretend app. */
  | { type: 'practice'; action: PracticeAction }
  /** Back to just before a less safe action in a practice step. */
  | { type: 'rewind' }
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
  const step = currentStep(scenario, state);
  return isChooseStep(step) ? step.choices.find((c) => c.id === state.choiceId) : undefined;
}

export interface RunnerOptions {
  /** Play together: a turn for the grown-up between the help card and the end. */
  grownUpTurn?: boolean;
}

export function runnerReducer(scenario: Scenario, state: RunnerState, action: RunnerAction, options: RunnerOptions = {}): RunnerState {
  if (action.type === 'restart') return startScenario(scenario);
  const step = findStep(scenario, state.stepId);
  if (!step) return state;
  if (action.type === 'back') return stepBack(scenario, state, step);

  switch (state.phase) {
    case 'intro':
      if (action.type !== 'next') return state;
      return state.line + 1 < step.lines.length ? { ...state, line: state.line + 1 } : stepKindOf(step).enter(step, state);

    case 'keyMessage':
      return action.type === 'next' ? { ...state, phase: 'help' } : state;

    case 'help':
      return action.type === 'next' ? { ...state, phase: options.grownUpTurn ? 'grownUp' : 'done' } : state;

    case 'grownUp':
      return action.type === 'next' ? { ...state, phase: 'done' } : state;

    case 'done':
      return state;

    default: {
      const result = stepKindOf(step).act(step, state, action);
      return 'leave' in result ? goOn(scenario, state, result.leave) : result;
    }
  }
}

/** On to the next step's first line, or to the key message at the end. */
function goOn(scenario: Scenario, state: RunnerState, nextId: string): RunnerState {
  const nextStep = nextId === END ? undefined : findStep(scenario, nextId);
  if (!nextStep) {
    const { practice: _left, ...rest } = state;
    return { ...rest, phase: 'keyMessage', choiceId: null };
  }
  return { scenarioId: scenario.id, stepId: nextStep.id, phase: 'intro', line: 0, choiceId: null, tried: [] };
}

/** Steps the child has already passed, in order, for a progress indicator. */
export function stepNumber(scenario: Scenario, state: RunnerState): { index: number; total: number } {
  const index = scenario.steps.findIndex((s) => s.id === state.stepId);
  return { index: Math.max(0, index), total: scenario.steps.length };
}

/** One screen back: the previous line, the step's own part again, or the step before. */
function stepBack(scenario: Scenario, state: RunnerState, step: Step): RunnerState {
  const lastLine = (): RunnerState => {
    const { practice: _left, ...rest } = state;
    return { ...rest, phase: 'intro', line: Math.max(0, step.lines.length - 1), choiceId: null };
  };
  switch (state.phase) {
    case 'intro': {
      if (state.line > 0) return { ...state, line: state.line - 1 };
      const previous = scenario.steps.find((s) => stepKindOf(s).nextSteps(s).includes(step.id));
      if (!previous) return state;
      const base = { scenarioId: scenario.id, stepId: previous.id, phase: 'intro' as const, line: 0, choiceId: null, tried: [] };
      return stepKindOf(previous).enter(previous, base);
    }
    case 'keyMessage':
      return stepKindOf(step).enter(step, state);
    case 'help':
      return { ...state, phase: 'keyMessage' };
    case 'grownUp':
    case 'done':
      return { ...state, phase: 'help' };
    default:
      return stepKindOf(step).back(step, state) ?? lastLine();
  }
}
