import type { Scenario, Step } from '../../content';
import type { RunnerState } from '../../engine/scenarioRunner';
import type { UiContext } from '../context';

/** How a kind of step draws its own part, between its lines and the next step. */
export interface StepView<S extends Step> {
  /** What the stage slot shows: the situation, or a pretend app the child works in. */
  stage(ctx: UiContext, step: S, runner: RunnerState): HTMLElement | null;
  /** The panel beside it: the choices, Tiko's words, the way on. */
  panel(ctx: UiContext, scenario: Scenario, step: S, runner: RunnerState): HTMLElement;
}
