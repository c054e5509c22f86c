/**
 * What is on screen right now. Never persisted: a reload rebuilds it from the
 * saved position. Every child action goes through `act`, so the runner, the
 * saved progress and the views stay in step.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { findScenario, type Scenario } from '../content';
import { runnerReducer, startScenario, type RunnerAction, type RunnerState } from '../engine/scenarioRunner';
import type { GameStore } from './gameStore';

export type Screen = 'title' | 'scenario';
export type EngineStatus = 'loading' | 'ready' | 'failed';

export interface SessionState {
  screen: Screen;
  runner: RunnerState | null;
  engine: EngineStatus;
}

export interface Session extends StoreApi<SessionState> {
  play(scenarioId: string): void;
  act(action: RunnerAction): void;
  toTitle(): void;
  setEngine(status: EngineStatus): void;
  scenario(): Scenario | undefined;
}

export function createSession(game: GameStore): Session {
  const store = createStore<SessionState>()(() => ({ screen: 'title', runner: null, engine: 'loading' }));

  const scenario = () => {
    const runner = store.getState().runner;
    return runner ? findScenario(runner.scenarioId) : undefined;
  };

  return {
    ...store,
    scenario,
    play(scenarioId) {
      const found = findScenario(scenarioId);
      if (!found) return;
      const saved = game.getState().progress.current;
      const runner =
        saved && saved.scenarioId === found.id ? startScenario(found, saved.stepId) : startScenario(found);
      game.getState().setPosition({ scenarioId: found.id, stepId: runner.stepId });
      store.setState({ screen: 'scenario', runner });
    },
    act(action) {
      const current = scenario();
      const runner = store.getState().runner;
      if (!current || !runner) return;
      const next = runnerReducer(current, runner, action);
      if (next === runner) return;
      if (next.phase === 'keyMessage' && runner.phase !== 'keyMessage') {
        // The story is over once the key message shows: a reload should not replay it.
        game.getState().completeScenario(current.id);
      } else if (next.stepId !== runner.stepId) {
        game.getState().setPosition({ scenarioId: current.id, stepId: next.stepId });
      }
      store.setState({ runner: next });
    },
    toTitle() {
      store.setState({ screen: 'title', runner: null });
    },
    setEngine(engine) {
      store.setState({ engine });
    },
  };
}
