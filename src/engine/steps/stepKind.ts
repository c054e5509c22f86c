import type { Mood, Step } from '../../content/types';
import type { RunnerAction, RunnerState } from '../scenarioRunner';

/** Where the story goes once a step is over: a step id, or END. */
export interface Leave {
  leave: string;
}

/**
 * What a kind of step decides on its own, between its mascot lines and the
 * next step. The runner keeps everything around it (lines, key message, help,
 * back across steps, restart), so a new kind of step never touches the runner.
 */
export interface StepKind<S extends Step> {
  /** The state as the child reaches the step's own part: after its lines, or coming back to it. */
  enter(step: S, state: RunnerState): RunnerState;
  /** An action during the step's own part: the next state, or where the story goes on. */
  act(step: S, state: RunnerState, action: RunnerAction): RunnerState | Leave;
  /** One screen back inside the step's own part, or null to go back to its last line. */
  back(step: S, state: RunnerState): RunnerState | null;
  /** The steps this step can lead on to (END included), for stepping back and for checking content. */
  nextSteps(step: S): string[];
  mood(step: S, state: RunnerState): Mood;
}
