import { type KeepStop, type LangCount, type VoiceShelf, browserVoiceShelf, countKept, keepAll } from '../../platform/keptVoices';

export interface KeeperState {
  counts: LangCount[];
  /** 'keeping' while files download; otherwise how the last run ended (null: none yet). */
  phase: 'keeping' | 'done' | KeepStop | null;
}

/**
 * One keeper for the page: the organiser may close the panel while the voices download, and
 * reopen it to see how far they are, so the run and its counts outlive the panel's view.
 */
export function createVoiceKeeper(shelf: VoiceShelf | null) {
  let state: KeeperState = { counts: [], phase: null };
  const listeners = new Set<(s: KeeperState) => void>();
  const set = (next: Partial<KeeperState>) => {
    state = { ...state, ...next };
    listeners.forEach((listener) => listener(state));
  };
  return {
    /** False where the browser has no cache to keep them in (the panel then says so). */
    possible: shelf !== null,
    state: () => state,
    subscribe(listener: (s: KeeperState) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async refresh(langs: readonly string[]): Promise<void> {
      if (!shelf || state.phase === 'keeping') return;
      set({ counts: await countKept(langs, shelf) });
    },
    async keep(langs: readonly string[]): Promise<void> {
      if (!shelf || state.phase === 'keeping') return;
      set({ phase: 'keeping' });
      const phase = await keepAll(langs, shelf, (counts) => set({ counts })).catch(() => 'offline' as const);
      set({ phase });
    },
  };
}

export type VoiceKeeper = ReturnType<typeof createVoiceKeeper>;

let keeper: VoiceKeeper | null = null;
export const voiceKeeper = (): VoiceKeeper => (keeper ??= createVoiceKeeper(browserVoiceShelf()));
