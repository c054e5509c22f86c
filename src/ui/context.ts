import type { i18n } from 'i18next';
import type { LangCode } from '../i18n/languages';
import type { GameStore } from '../state/gameStore';
import type { Session } from '../state/session';
import type { StageStore } from '../state/stage';
import type { StorageProblem } from '../state/safeStorage';
import type { Speaker } from '../platform/readAloud';
import type { Mode } from '../engine/urlOptions';
import type { HelpConfig, KioskConfig } from '../engine/siteConfig';

/** What every part of the DOM layer is handed: stores to read and act on, and words. */
export interface UiContext {
  i18n: i18n;
  game: GameStore;
  session: Session;
  /** What the canvas shows and the music, published by the app from the current screen. */
  stage: StageStore;
  storageProblems(): StorageProblem[];
  changeLanguage(lang: LangCode): Promise<void>;
  openSettings(): void;
  /** Every world open (class mode): no child is ever hard-locked out for a teacher. */
  allWorldsOpen: boolean;
  speaker: Speaker;
  /** Kiosks have no printer and must never open a browser dialog. */
  noPrinting: boolean;
  mode: Mode;
  /** Local help set by a school or event (public/help.json, or the kiosk's file). */
  help(): HelpConfig;
  kiosk(): KioskConfig | null;
  /** Kiosk: a visitor touched the attract screen. */
  startVisit(lang: string): void;
  /**
   * Kiosk: plays the attract screen's jingle if it may play now (audio/audio.ts decides); returns
   * how many milliseconds a spoken invitation should wait for it (0 before sound has started).
   */
  jingle(): number;
}
