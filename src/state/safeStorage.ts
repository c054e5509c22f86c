/**
 * A `localStorage` wrapper for zustand's persist that never throws.
 * Zustand 5 lets a QuotaExceededError escape from `set()` and drops data it
 * cannot parse; here a full, blocked, corrupt or newer-version store is met with
 * one console warning, play goes on in memory, and data we could not read is
 * copied aside before anything could overwrite it.
 */
import type { StateStorage } from 'zustand/middleware';

export type StorageProblem = 'unavailable' | 'full' | 'corrupt' | 'future-version';

export interface SafeStorage extends StateStorage {
  /** Problems met so far, for the settings panel to tell a grown-up. */
  problems(): StorageProblem[];
  /** Synchronous, unlike zustand's interface allows: the start language is read before the first screen. */
  getItem(name: string): string | null;
}

export interface SafeStorageOptions {
  currentVersion: number;
  backend: () => Storage | null | undefined;
  warn?: (message: string) => void;
}

export const ASIDE_SUFFIX = '.unreadable';

const MESSAGES: Record<StorageProblem, string> = {
  unavailable: 'Progress cannot be saved: this browser blocks local storage. The game plays on without saving.',
  full: 'Progress cannot be saved: local storage is full. The game plays on; progress of this visit is kept until the tab closes.',
  corrupt: 'Saved progress could not be read, so the game starts fresh. The unreadable data was kept under the key "{aside}".',
  'future-version':
    'Saved progress comes from a newer version of the game, so this version starts fresh. It was kept under the key "{aside}".',
};

export function createSafeStorage({ currentVersion, backend, warn = console.warn }: SafeStorageOptions): SafeStorage {
  const seen = new Set<StorageProblem>();
  /** Set when unreadable data could not be copied aside: we must not write over it. */
  let readOnly = false;
  let store: Storage | null | undefined;

  const report = (problem: StorageProblem, aside = '') => {
    if (seen.has(problem)) return;
    seen.add(problem);
    warn(`[storage] ${MESSAGES[problem].replace('{aside}', aside)}`);
  };

  const reach = (): Storage | null => {
    if (store !== undefined) return store;
    try {
      const candidate = backend();
      if (!candidate) throw new Error('no storage');
      // Some browsers expose localStorage but throw on first use (private mode, blocked).
      candidate.getItem('__probe__');
      store = candidate;
    } catch {
      store = null;
      report('unavailable');
    }
    return store;
  };

  const setAside = (s: Storage, name: string, raw: string, problem: StorageProblem) => {
    const aside = name + ASIDE_SUFFIX;
    try {
      s.setItem(aside, raw);
    } catch {
      readOnly = true;
    }
    report(problem, readOnly ? '(not copied: storage is full; the original is left untouched)' : aside);
  };

  return {
    problems: () => [...seen],

    getItem(name) {
      const s = reach();
      if (!s) return null;
      let raw: string | null;
      try {
        raw = s.getItem(name);
      } catch {
        report('unavailable');
        return null;
      }
      if (raw === null) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        setAside(s, name, raw, 'corrupt');
        return null;
      }
      const version = (parsed as { version?: unknown } | null)?.version;
      const state = (parsed as { state?: unknown } | null)?.state;
      if (typeof version !== 'number' || typeof state !== 'object' || state === null) {
        setAside(s, name, raw, 'corrupt');
        return null;
      }
      if (version > currentVersion) {
        setAside(s, name, raw, 'future-version');
        return null;
      }
      return raw;
    },

    setItem(name, value) {
      const s = reach();
      if (!s || readOnly) return;
      try {
        s.setItem(name, value);
      } catch {
        report('full');
      }
    },

    removeItem(name) {
      const s = reach();
      if (!s || readOnly) return;
      try {
        s.removeItem(name);
      } catch {
        report('unavailable');
      }
    },
  };
}

/** The page's localStorage, or null where even touching it throws. */
export function browserLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
