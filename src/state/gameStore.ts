/**
 * The persisted store: settings and progress, under one versioned key.
 * Built as a factory so tests can hand it any storage they like.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { LangCode } from '../i18n/languages';
import { STORAGE_KEY, STORAGE_VERSION, defaultSaved, sanitizeSaved, type Position, type SavedState, type TextSize } from './savedState';
import type { SafeStorage } from './safeStorage';

export interface GameActions {
  setLanguage(language: LangCode): void;
  setSound(on: boolean): void;
  setVolume(channel: 'musicVolume' | 'effectsVolume', value: number): void;
  setTextSize(size: TextSize): void;
  setReducedMotion(on: boolean): void;
  setHighContrast(on: boolean): void;
  setPlayTogether(on: boolean): void;
  setPosition(position: Position | null): void;
  completeScenario(id: string): void;
  completeGame(id: string): void;
  deleteProgress(): void;
}

export type GameState = SavedState & GameActions;
export type GameStore = StoreApi<GameState>;

export interface GameStoreOptions {
  /** Where to persist; null keeps everything in memory (kiosk, class). */
  storage: SafeStorage | null;
}

export function createGameStore({ storage }: GameStoreOptions): GameStore {
  const initializer = (set: StoreApi<GameState>['setState']): GameState => ({
    ...defaultSaved(),
    setLanguage: (language) => set((s) => ({ settings: { ...s.settings, language } })),
    setSound: (sound) => set((s) => ({ settings: { ...s.settings, sound } })),
    setVolume: (channel, value) =>
      set((s) => ({ settings: { ...s.settings, [channel]: Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0)) } })),
    setTextSize: (textSize) => set((s) => ({ settings: { ...s.settings, textSize } })),
    setReducedMotion: (reducedMotion) => set((s) => ({ settings: { ...s.settings, reducedMotion } })),
    setHighContrast: (highContrast) => set((s) => ({ settings: { ...s.settings, highContrast } })),
    setPlayTogether: (playTogether) => set((s) => ({ settings: { ...s.settings, playTogether } })),
    setPosition: (current) => set((s) => ({ progress: { ...s.progress, current } })),
    completeScenario: (id) =>
      set((s) => ({
        progress: {
          ...s.progress,
          completed: s.progress.completed.includes(id) ? s.progress.completed : [...s.progress.completed, id],
          current: null,
        },
      })),
    completeGame: (id) =>
      set((s) => (s.progress.games.includes(id) ? s : { progress: { ...s.progress, games: [...s.progress.games, id] } })),
    deleteProgress: () => set({ progress: { completed: [], games: [], current: null } }),
  });

  if (!storage) return createStore<GameState>()((set) => initializer(set));

  return createStore<GameState>()(
    persist((set) => initializer(set), {
      name: STORAGE_KEY,
      version: STORAGE_VERSION,
      storage: createJSONStorage(() => storage),
      partialize: (s): SavedState => ({ settings: s.settings, progress: s.progress }),
      // Older records keep every field that still fits today's schema.
      migrate: (persisted) => sanitizeSaved(persisted) as unknown as GameState,
      // The default merge is shallow and trusts the record; ours validates it deeply.
      merge: (persisted, current) => ({ ...current, ...sanitizeSaved(persisted) }),
    }),
  );
}
