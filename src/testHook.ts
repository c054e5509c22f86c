/**
 * A read-only window for end-to-end tests: whether the shell and the engine are
 * ready and which screen and phase show. Tests read it to wait; nothing on it
 * can change the game, so progress can only be made by playing.
 */
import type { Session } from './state/session';

export interface TestHook {
  readonly engine: string;
  readonly screen: string;
  readonly phase: string | null;
  readonly sceneReady: boolean;
  readonly engineStats: EngineStats | null;
  /** The kiosk attract screen's act on the stage (which take, which beat), or null when none plays. */
  readonly act: ActState | null;
}

export interface ActState {
  take: number;
  beat: number;
  /** False once the act holds its ending, and always where motion is reduced. */
  moving: boolean;
}

export interface EngineStats {
  textures: number;
  scenes: number;
  gameObjects: number;
  /** Where the map's places are drawn, in CSS pixels, so a test can tap them like a child. */
  places: { family: string; x: number; y: number }[];
  /** True while the game loop sleeps because nothing on the stage moves. */
  resting: boolean;
}

let sceneReady = false;
let engineStats: () => EngineStats | null = () => null;
let act: () => ActState | null = () => null;
/** Called once the first scene exists; `stats` lets a soak test see whether the engine grows. */
export function markSceneReady(stats: () => EngineStats, actState?: () => ActState | null): void {
  sceneReady = true;
  engineStats = stats;
  if (actState) act = actState;
}

export function installTestHook(session: Session): void {
  const hook: TestHook = Object.freeze({
    get engine() {
      return session.getState().engine;
    },
    get screen() {
      return session.getState().screen;
    },
    get phase() {
      return session.getState().runner?.phase ?? null;
    },
    get sceneReady() {
      return sceneReady;
    },
    get engineStats() {
      return engineStats();
    },
    get act() {
      return act();
    },
  });
  Object.defineProperty(window, '__tiko', { value: hook, writable: false, configurable: false });
}
