import type { Mood, Scenario } from '../content/types';
import { currentStep, type RunnerState } from './scenarioRunner';
import { stepKindOf } from './steps';

/** How the mascot should look for what is on screen: its face follows the story. */
export function mascotMood(scenario: Scenario, runner: RunnerState): Mood {
  switch (runner.phase) {
    case 'intro':
      return currentStep(scenario, runner).mood;
    case 'keyMessage':
      return 'happy';
    case 'help':
    case 'grownUp':
      return 'talking';
    case 'done':
      return 'waving';
    default: {
      const step = currentStep(scenario, runner);
      return stepKindOf(step).mood(step, runner);
    }
  }
}
