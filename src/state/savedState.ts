/**
 * The only data the game keeps on a device: settings and ids of finished
 * scenarios and steps. No names, no free text. `sanitizeSaved` is the schema:
 * whatever comes from storage passes through it, so an old, partial or
 * tampered record can never put a value of the wrong shape into the game.
 */
import { isLangCode, type LangCode } from '../i18n/languages';
import { findGame, findScenario } from '../content';

export { STORAGE_KEY, STORAGE_VERSION } from './storageKey';

export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface Settings {
  /** null until the child picks one: then the browser's languages decide. */
  language: LangCode | null;
  sound: boolean;
  /** 0 to 1. Music starts soft: never loud by surprise. */
  musicVolume: number;
  effectsVolume: number;
  textSize: TextSize;
  /** null follows the device's prefers-reduced-motion. */
  reducedMotion: boolean | null;
  /** The high-contrast theme (text at 7:1 or more); null follows the device's prefers-contrast. */
  highContrast: boolean | null;
  /**
   * Play together (ages 6–8 with a grown-up): every line read aloud, pictures on the choices, a
   * question for the grown-up after each story. null follows the place: a kiosk event's
   * `playTogether`, off at home (so a record saved before this setting existed plays as before).
   */
  playTogether: boolean | null;
}

export interface Position {
  scenarioId: string;
  stepId: string;
}

export interface Progress {
  completed: string[];
  /** Mini-games played to the end. */
  games: string[];
  /** Where the child was, so a reload comes back to the same step. */
  current: Position | null;
}

export interface SavedState {
  settings: Settings;
  progress: Progress;
}

export const DEFAULT_SETTINGS: Settings = {
  language: null,
  sound: true,
  musicVolume: 0.4,
  effectsVolume: 0.8,
  textSize: 'normal',
  reducedMotion: null,
  highContrast: null,
  playTogether: null,
};

export function defaultSaved(): SavedState {
  return { settings: { ...DEFAULT_SETTINGS }, progress: { completed: [], games: [], current: null } };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function sanitizePosition(v: unknown): Position | null {
  if (!isObject(v) || typeof v.scenarioId !== 'string' || typeof v.stepId !== 'string') return null;
  const scenario = findScenario(v.scenarioId);
  if (!scenario || !scenario.steps.some((s) => s.id === v.stepId)) return null;
  return { scenarioId: v.scenarioId, stepId: v.stepId };
}

/** Keeps every valid field of `raw` and fills the rest from the defaults. */
export function sanitizeSaved(raw: unknown): SavedState {
  const out = defaultSaved();
  if (!isObject(raw)) return out;
  const s = isObject(raw.settings) ? raw.settings : {};
  if (isLangCode(s.language)) out.settings.language = s.language;
  if (typeof s.sound === 'boolean') out.settings.sound = s.sound;
  const volume = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : null);
  out.settings.musicVolume = volume(s.musicVolume) ?? out.settings.musicVolume;
  out.settings.effectsVolume = volume(s.effectsVolume) ?? out.settings.effectsVolume;
  if ((TEXT_SIZES as readonly unknown[]).includes(s.textSize)) out.settings.textSize = s.textSize as TextSize;
  if (typeof s.reducedMotion === 'boolean') out.settings.reducedMotion = s.reducedMotion;
  if (typeof s.highContrast === 'boolean') out.settings.highContrast = s.highContrast;
  if (typeof s.playTogether === 'boolean') out.settings.playTogether = s.playTogether;

  const p = isObject(raw.progress) ? raw.progress : {};
  if (Array.isArray(p.completed)) {
    out.progress.completed = [...new Set(p.completed.filter((id): id is string => typeof id === 'string' && !!findScenario(id)))];
  }
  if (Array.isArray(p.games)) {
    out.progress.games = [...new Set(p.games.filter((id): id is string => typeof id === 'string' && !!findGame(id)))];
  }
  out.progress.current = sanitizePosition(p.current);
  return out;
}
