import type { Mood, Scenario } from '../content/types';
import { currentChoice, currentStep, type RunnerState } from './scenarioRunner';

/** How the mascot should look for what is on screen: its face follows the story. */
export function mascotMood(scenario: Scenario, runner: RunnerState): Mood {
  switch (runner.phase) {
    case 'intro':
      return currentStep(scenario, runner).mood;
    case 'choose':
      return 'thinking';
    case 'outcome':
      return currentChoice(scenario, runner)?.mood ?? 'thinking';
    case 'keyMessage':
      return 'happy';
    case 'help':
      return 'talking';
    case 'done':
      return 'waving';
  }
}
