/**
 * What the canvas behind the DOM layer shows, published by the UI from the current screen's
 * entry: the picture, where it may go, which way the page reads, and the music. The scene and
 * the sound read only this, so neither needs to know what a screen is or how the UI lays it out.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { MiniGameType, Mood, RiskFamily, SettingKind } from '../content/types';

export type StageView =
  | { kind: 'none' }
  | { kind: 'map'; mood: Mood }
  | { kind: 'world'; family: RiskFamily; mood: Mood }
  | { kind: 'setting'; setting: SettingKind; mood: Mood }
  | { kind: 'reward'; family: RiskFamily; mood: Mood }
  | { kind: 'game'; gameId: string; gameType: MiniGameType; mood: Mood }
  /** A moment of a story: the stage looks its picture up in art/storyPictures.ts. */
  | { kind: 'story'; family: RiskFamily; scenarioId: string; stepId: string; phase: StoryPhase; choiceId: string | null; mood: Mood }
  /** A kiosk's attract screen: Tiko acts out a moment of a story on its own, once per take (a new round). */
  | { kind: 'attract'; mood: Mood; take: number };

/** Where a story is, as the picture sees it: its scene, an outcome, a pretend app, or its end. */
export type StoryPhase = 'scene' | 'outcome' | 'practice' | 'end';

/** A world's tune, or the map's. */
export type StageMusic = 'map' | RiskFamily;

/** In CSS pixels of the page. */
export interface StageRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface StageState {
  view: StageView;
  /** The free picture area of the screen's stage slot; null when the screen has none. */
  rect: StageRect | null;
  rtl: boolean;
  music: StageMusic | null;
}

export type StageStore = StoreApi<StageState>;

export function createStageStore(): StageStore {
  return createStore<StageState>()(() => ({ view: { kind: 'none' }, rect: null, rtl: false, music: null }));
}

/** Sets only what differs, so a redraw of the same screen does not wake the scene. */
export function publishStage(store: StageStore, next: Partial<StageState>): void {
  const current = store.getState();
  const changed = (Object.keys(next) as (keyof StageState)[]).filter((k) => JSON.stringify(current[k]) !== JSON.stringify(next[k]));
  if (changed.length) store.setState(Object.fromEntries(changed.map((k) => [k, next[k]])) as Partial<StageState>);
}
