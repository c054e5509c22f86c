/**
 * A practice step's screen on its own, for the pretend apps' view tests: the words are their keys
 * (with their values in brackets), and every action the app sends is recorded, applied and redrawn.
 */
import type { Scenario } from '../../../src/content';
import { runnerReducer, startScenario, type RunnerAction, type RunnerState } from '../../../src/engine/scenarioRunner';
import type { UiContext } from '../../../src/ui/context';
import { scenarioScreen } from '../../../src/ui/screens/scenarioScreen';

/** The story at `stepId` with its lines read (the pretend app is on screen), or at any state given. */
export function practiceHarness(
  scenario: Scenario,
  at: string | RunnerState,
  { help = { contacts: {}, trustedAdult: {} } }: { help?: { contacts: object; trustedAdult: object } } = {},
) {
  let runner: RunnerState = typeof at === 'string' ? startScenario(scenario, at) : at;
  if (typeof at === 'string') {
    const step = scenario.steps.find((s) => s.id === at)!;
    for (let i = 0; i < step.lines.length; i++) runner = runnerReducer(scenario, runner, { type: 'next' });
  }
  const acted: RunnerAction[] = [];
  const draw = () => document.body.replaceChildren(scenarioScreen(ctx, scenario, runner));
  const ctx = {
    i18n: {
      language: 'en',
      exists: () => true,
      t: (key: string, opts?: Record<string, unknown>) =>
        opts && Object.keys(opts).length ? `${key}(${Object.values(opts).join(',')})` : key,
    },
    speaker: { available: () => false, speak: () => {} },
    session: {
      getState: () => ({ classroom: null, tour: null }),
      act: (action: RunnerAction) => {
        acted.push(action);
        runner = runnerReducer(scenario, runner, action);
        draw();
      },
    },
    help: () => help,
    mode: 'home',
  } as unknown as UiContext;
  draw();
  return {
    acted,
    last: () => acted.at(-1),
    get runner() {
      return runner;
    },
  };
}
