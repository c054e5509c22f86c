/**
 * What is on screen right now. Never persisted: a reload rebuilds it from the
 * saved position. Every child action goes through here, so the runner, the
 * saved progress and the views stay in step.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { WORLDS, findGame, findScenario, type RiskFamily, type Scenario } from '../content';
import { cleanCount, revealBefore, setVote, type Reveal, type Votes } from '../engine/classVotes';
import {
  miniGameFinished,
  miniGamePosition,
  miniGameReducer,
  miniGameSize,
  startMiniGame,
  type MiniGameAction,
  type MiniGameState,
} from '../engine/miniGame';
import { finishesWorld, worldOf, worldProgress } from '../engine/progress';
import { runnerReducer, startScenario, type RunnerAction, type RunnerState } from '../engine/scenarioRunner';
import type { GameStore } from './gameStore';

export type Screen =
  'title' | 'map' | 'world' | 'scenario' | 'reward' | 'game' | 'certificate' | 'attract' | 'tourEnd' | 'guide' | 'album' | 'credits';

/** A kiosk's short tour: a few stories and a mini-game, chosen by the event. */
export type TourStep = { kind: 'scenario'; id: string } | { kind: 'game'; id: string };
export interface Tour {
  steps: TourStep[];
  index: number;
}
export type EngineStatus = 'loading' | 'ready' | 'failed';

export interface SessionState {
  screen: Screen;
  /** The world being looked at or played in. */
  world: RiskFamily | null;
  runner: RunnerState | null;
  /** Set when the story just finished completed its world: a badge to celebrate. */
  reward: RiskFamily | null;
  /** The mini-game being played. */
  game: MiniGameState | null;
  tour: Tour | null;
  /** Class mode: how far the class is at the current choices, and its show of hands. */
  classroom: Classroom | null;
  /** Class mode: how many children are voting, asked once per class; null until the teacher says. */
  classSize: number | null;
  engine: EngineStatus;
}

export interface Classroom {
  /**
   * think: the question only; vote: choices with counters; chart: the spread of votes, no answer;
   * answer: the safest choice, on the teacher's request; do: a practice step's app, for the teacher to use.
   */
  reveal: Reveal;
  votes: Votes;
}

export interface Session extends StoreApi<SessionState> {
  toTitle(): void;
  toMap(): void;
  toCertificate(): void;
  /** The sticker album: a sticker per story and mini-game done, and the badges. */
  toAlbum(): void;
  /** Who made the pictures, and their licences. */
  toCredits(): void;
  /** The pages for grown-ups, at one world's guide. */
  toGuide(family: RiskFamily): void;
  openWorld(family: RiskFamily): void;
  play(scenarioId: string): void;
  act(action: RunnerAction): void;
  openGame(family: RiskFamily): void;
  gameAct(action: MiniGameAction): void;
  setEngine(status: EngineStatus): void;
  toAttract(): void;
  startTour(steps: TourStep[]): void;
  tourNext(): void;
  reveal(stage: Classroom['reveal']): void;
  vote(choiceId: string, count: number): void;
  /** Every count of the step at once, as typed on the counting screen. */
  setVotes(votes: Votes): void;
  setClassSize(size: number): void;
  /** The class size is asked again at the next step. */
  clearClassSize(): void;
  /** One stage back at a class's step (chart → counting, counts kept), else one screen back in the story. */
  classBack(): void;
  /** A second round of votes at the same step: think again, counts cleared. */
  voteAgain(): void;
  newClass(): void;
  scenario(): Scenario | undefined;
}

export interface SessionOptions {
  /** Teachers see every world open. */
  allWorldsOpen?: boolean;
  /** Class mode: think, then vote, before the choices. */
  classMode?: boolean;
  /** Play together is on now (settings, or the kiosk event's): a turn for the grown-up ends each story. */
  playTogether?: () => boolean;
}

export function createSession(
  gameStore: GameStore,
  { allWorldsOpen = false, classMode = false, playTogether = () => false }: SessionOptions = {},
): Session {
  const store = createStore<SessionState>()(() => ({
    screen: 'title',
    world: null,
    runner: null,
    reward: null,
    game: null,
    tour: null,
    classroom: null,
    classSize: null,
    engine: 'loading',
  }));
  const freshClassroom = (): Classroom | null => (classMode ? { reveal: 'think', votes: {} } : null);
  let pendingReward: RiskFamily | null = null;

  const scenario = () => {
    const runner = store.getState().runner;
    return runner ? findScenario(runner.scenarioId) : undefined;
  };

  const api: Session = {
    ...store,
    scenario,
    toTitle: () => store.setState({ screen: 'title', runner: null, reward: null }),
    toMap: () => store.setState({ screen: 'map', runner: null, reward: null }),
    toCertificate: () => store.setState({ screen: 'certificate', runner: null, reward: null }),
    toAlbum: () => store.setState({ screen: 'album', runner: null, reward: null }),
    toCredits: () => store.setState({ screen: 'credits', runner: null, reward: null }),
    toGuide: (family) => store.setState({ screen: 'guide', world: family, runner: null, reward: null }),
    openWorld(family) {
      const progress = worldProgress(WORLDS, gameStore.getState().progress.completed, allWorldsOpen);
      const state = progress.find((w) => w.family === family)?.state;
      if (!state || state === 'locked') return;
      store.setState({ screen: 'world', world: family, runner: null, reward: null });
    },
    play(scenarioId) {
      const found = findScenario(scenarioId);
      if (!found) return;
      const saved = gameStore.getState().progress.current;
      const runner = saved && saved.scenarioId === found.id ? startScenario(found, saved.stepId) : startScenario(found);
      gameStore.getState().setPosition({ scenarioId: found.id, stepId: runner.stepId });
      pendingReward = null;
      store.setState({ screen: 'scenario', world: found.family, runner, reward: null, classroom: freshClassroom() });
    },
    act(action) {
      const current = scenario();
      const runner = store.getState().runner;
      if (!current || !runner) return;
      const next = runnerReducer(current, runner, action, { grownUpTurn: playTogether() });
      if (next === runner) return;
      if (next.phase === 'keyMessage' && runner.phase !== 'keyMessage') {
        // The story is over once the key message shows: a reload should not replay it.
        const before = gameStore.getState().progress.completed;
        if (finishesWorld(WORLDS, before, current.id)) pendingReward = worldOf(WORLDS, current.id)?.family ?? null;
        gameStore.getState().completeScenario(current.id);
      } else if (next.stepId !== runner.stepId) {
        gameStore.getState().setPosition({ scenarioId: current.id, stepId: next.stepId });
      }
      if (next.stepId !== runner.stepId || action.type === 'restart') store.setState({ classroom: freshClassroom() });
      if (next.phase === 'done' && pendingReward && !store.getState().tour) {
        store.setState({ screen: 'reward', reward: pendingReward, runner: next });
        pendingReward = null;
        return;
      }
      store.setState({ runner: next });
    },
    openGame(family) {
      const world = WORLDS.find((w) => w.family === family);
      if (!world || !miniGameSize(world.game)) return;
      store.setState({
        screen: 'game',
        world: family,
        runner: null,
        reward: null,
        game: startMiniGame(world.game),
        classroom: freshClassroom(),
      });
    },
    gameAct(action) {
      const state = store.getState().game;
      const game = state ? findGame(state.gameId) : undefined;
      if (!state || !game) return;
      const next = miniGameReducer(game, state, action);
      if (next === state) return;
      if (miniGameFinished(next) && !miniGameFinished(state)) gameStore.getState().completeGame(game.id);
      // In class, each item gets its own show of hands.
      const item = (s: typeof state) => `${s.phase === 'intro'}:${miniGamePosition(game, s)?.current}`;
      if (item(next) !== item(state)) store.setState({ classroom: freshClassroom() });
      store.setState({ game: next });
    },
    setEngine: (engine) => store.setState({ engine }),
    reveal(stage) {
      const classroom = store.getState().classroom;
      if (classroom) store.setState({ classroom: { ...classroom, reveal: stage } });
    },
    vote(choiceId, count) {
      const classroom = store.getState().classroom;
      if (classroom) store.setState({ classroom: { ...classroom, votes: setVote(classroom.votes, choiceId, count) } });
    },
    setVotes(votes) {
      const classroom = store.getState().classroom;
      if (!classroom) return;
      const clean = Object.fromEntries(Object.entries(votes).map(([id, n]) => [id, cleanCount(n).count]));
      store.setState({ classroom: { ...classroom, votes: clean } });
    },
    setClassSize(size) {
      const clean = cleanCount(size).count;
      if (clean > 0) store.setState({ classSize: clean });
    },
    clearClassSize: () => store.setState({ classSize: null }),
    classBack() {
      const { classroom, runner } = store.getState();
      const atStep = runner && (runner.phase === 'choose' || runner.phase === 'practice');
      // A less safe beat in the app rewinds first, as it would for a child.
      const lessSafe = runner?.phase === 'practice' && !!runner.practice?.lessSafe;
      const before = classroom && atStep && !lessSafe ? revealBefore(classroom.reveal) : null;
      if (classroom && before) store.setState({ classroom: { ...classroom, reveal: before } });
      else api.act({ type: 'back' });
    },
    voteAgain() {
      if (store.getState().classroom) store.setState({ classroom: { reveal: 'think', votes: {} } });
    },
    newClass() {
      // Everything of the last lesson goes; nothing of it was ever stored.
      gameStore.setState((s) => ({ progress: { completed: [], games: [], current: null }, settings: s.settings }));
      store.setState({ screen: 'map', world: null, runner: null, reward: null, game: null, classroom: null, classSize: null });
    },
    toAttract: () => store.setState({ screen: 'attract', world: null, runner: null, reward: null, game: null, tour: null }),
    startTour(steps) {
      store.setState({ tour: { steps, index: -1 } });
      api.tourNext();
    },
    tourNext() {
      const tour = store.getState().tour;
      if (!tour) return;
      const index = tour.index + 1;
      const step = tour.steps[index];
      store.setState({ tour: { ...tour, index } });
      if (!step) {
        store.setState({ screen: 'tourEnd', runner: null, game: null, reward: null });
        return;
      }
      if (step.kind === 'scenario') {
        // A tour always starts a story from its beginning, whatever the last visitor did.
        gameStore.getState().setPosition(null);
        api.play(step.id);
      } else {
        const world = WORLDS.find((w) => w.game.id === step.id);
        if (world) api.openGame(world.family);
        else api.tourNext();
      }
    },
  };
  return api;
}
