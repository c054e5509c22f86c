/**
 * The attract screen's rhythm, as plain arithmetic: which language shows next, when a round
 * begins (Tiko's act plays again, and perhaps the jingle), whether the jingle may play, and how
 * long the spoken invitation waits so it is never heard over the jingle.
 */

/** The jingle's length (scripts/make-sounds.mjs makes it a little shorter). */
export const JINGLE_MS = 3_000;
/** A stand's volunteers hear the jingle at most this often, however long the kiosk stays idle. */
export const JINGLE_GAP_MS = 4 * 60_000;
/** A breath between the jingle's last note and the voice. */
const AFTER_JINGLE_MS = 300;

export interface Turn {
  lang: string;
  /** Back to the event's first language: a new round, and Tiko acts the moment out again. */
  roundStart: boolean;
}

/** The language after `shown` in the event's list (the first one when `shown` is not in it). */
export function nextTurn(languages: readonly string[], shown: string): Turn {
  const index = (languages.indexOf(shown) + 1) % Math.max(1, languages.length);
  return { lang: languages[index] ?? shown, roundStart: index === 0 };
}

export interface JingleState {
  now: number;
  /** When the last jingle began, or null for none yet. */
  lastAt: number | null;
  /** Sound on, music not at zero, and the event's file allows it. */
  audible: boolean;
  /** The browser lets sound play now (autoplay allowed, or a visitor touched before). */
  running: boolean;
}

/**
 * Whether the jingle plays now, and how long anything spoken must wait: the whole jingle when it
 * starts, the rest of it when one began a moment ago (the screen drawn again), else nothing.
 */
export function jingleDecision(s: JingleState): { play: boolean; waitMs: number } {
  const since = s.lastAt === null ? Infinity : s.now - s.lastAt;
  if (since < JINGLE_MS) return { play: false, waitMs: JINGLE_MS - since + AFTER_JINGLE_MS };
  const play = s.audible && s.running && since >= JINGLE_GAP_MS;
  return { play, waitMs: play ? JINGLE_MS + AFTER_JINGLE_MS : 0 };
}

/** Quieter than the music it borrows its volume from: it calls across a hall, it does not shout. */
export function jingleVolume(musicVolume: number): number {
  return Math.max(0, Math.min(1, musicVolume)) * 0.6;
}
