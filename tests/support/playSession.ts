/**
 * Plays stories through a real session the way a child who knows the safe answers would, read
 * from the content data. The flow tests use only these helpers to get through a story, so a new
 * kind of step changes this file, not the tests that are about rewards, tours or saving.
 */
import { WORLDS, findScenario, type RiskFamily, type Step } from '../../src/content';
import { isChooseStep, safePath } from '../../src/engine/steps';
import { createGameStore, type GameStore } from '../../src/state/gameStore';
import { createSafeStorage } from '../../src/state/safeStorage';
import { STORAGE_VERSION } from '../../src/state/savedState';
import { createSession, type Session, type SessionOptions } from '../../src/state/session';
import { FakeStorage } from './fakeStorage';

/** A device: its storage outlives the game stores and sessions made on it (a reload). */
export function device(backend: Storage = new FakeStorage()) {
  const open = (options: SessionOptions = {}): { game: GameStore; session: Session } => {
    const storage = createSafeStorage({ currentVersion: STORAGE_VERSION, backend: () => backend, warn: () => undefined });
    const game = createGameStore({ storage });
    return { game, session: createSession(game, options) };
  };
  return { backend, open };
}

/** The game as class and kiosk modes make it: nothing stored anywhere. */
export function inMemory(options: SessionOptions = {}): { game: GameStore; session: Session } {
  const game = createGameStore({ storage: null });
  return { game, session: createSession(game, options) };
}

/** A choose step's choices (none for other kinds of step). */
export const choicesOf = (step: Step | undefined) => (step && isChooseStep(step) ? step.choices : []);
export const safeChoiceOf = (step: Step | undefined) => choicesOf(step).find((c) => c.kind === 'safe');

/**
 * One screen on in the story on screen: the safe choice when choosing, the next safe action in a
 * pretend app (or back from a less safe beat), otherwise "next".
 */
export function advance(session: Session): void {
  const { runner } = session.getState();
  const scenario = session.scenario();
  if (!runner || !scenario) throw new Error('no story on screen');
  const step = scenario.steps.find((s) => s.id === runner.stepId);
  if (runner.phase === 'choose') {
    const safe = safeChoiceOf(step);
    if (!safe) throw new Error(`step ${runner.stepId} of ${scenario.id} has no safe choice`);
    session.act({ type: 'choose', choiceId: safe.id });
  } else if (runner.phase === 'practice' && step?.kind === 'practice') {
    if (runner.practice?.lessSafe) return session.act({ type: 'rewind' });
    const [action] = safePath(step.task, runner.practice?.task);
    session.act(action ? { type: 'practice', action } : { type: 'next' });
  } else {
    session.act({ type: 'next' });
  }
}

/** Advances until `reached` holds; throws rather than loop forever when the story cannot get there. */
export function advanceUntil(session: Session, reached: (s: ReturnType<Session['getState']>) => boolean): void {
  for (let i = 0; i < 500; i++) {
    if (reached(session.getState())) return;
    const before = session.getState().runner;
    advance(session);
    if (session.getState().runner === before) throw new Error(`the story stopped moving at ${before?.stepId}:${before?.phase}`);
  }
  throw new Error('the story never got there');
}

/** Plays on from where the story is to the step `stepId`'s first line. */
export function playToStep(session: Session, stepId: string): void {
  advanceUntil(session, (s) => s.runner?.stepId === stepId && s.runner.phase === 'intro');
}

/** Plays on to the key message: the moment a story counts as finished. */
export function playToKeyMessage(session: Session): void {
  advanceUntil(session, (s) => s.runner?.phase === 'keyMessage');
}

/** Starts (or resumes) a story and plays it to its very end. */
export function playToEnd(session: Session, scenarioId: string): void {
  session.play(scenarioId);
  if (session.getState().runner?.scenarioId !== scenarioId) throw new Error(`${scenarioId} did not start`);
  advanceUntil(session, (s) => s.runner?.phase === 'done');
}

/** Plays on from wherever the current story is to its end (a tour's story, a resumed one). */
export function finishStory(session: Session): void {
  advanceUntil(session, (s) => s.runner?.phase === 'done');
}

export const worldOfFamily = (family: RiskFamily) => WORLDS.find((w) => w.family === family)!;

/** A story with at least two steps, so a position in its middle exists. */
export function storyWithSteps(family: RiskFamily = 'contact') {
  const scenario = worldOfFamily(family).scenarios.find((s) => s.steps.length > 1);
  if (!scenario) throw new Error(`no story of ${family} has two steps`);
  return scenario;
}

/** The step a child reaches after the first one by the safe choice. */
export function secondStepOf(scenarioId: string): string {
  const scenario = findScenario(scenarioId)!;
  const first = scenario.steps.find((s) => s.id === scenario.start)!;
  const next = safeChoiceOf(first)?.next;
  if (!next || !scenario.steps.some((s) => s.id === next)) throw new Error(`${scenarioId} ends after its first step`);
  return next;
}
