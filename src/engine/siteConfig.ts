/**
 * Configuration a school or an event puts beside the game (public/help.json,
 * public/kiosk.json). Whatever the file holds, parsing yields a usable
 * configuration and a list of what was wrong, so a typo never breaks the game.
 */
import { ALL_SCENARIOS, FIRST_WORLD, WORLDS } from '../content';

export interface HelpContact {
  name: string;
  detail: string;
}

/** Local help, per language: shown as text on help cards and pages, never as links. */
export interface HelpConfig {
  contacts: Record<string, HelpContact[]>;
  /** The place's own words for "a trusted adult", e.g. a volunteer's T-shirt colour. */
  trustedAdult: Record<string, string>;
}

export interface KioskConfig {
  languages: string[];
  idleSeconds: number;
  countdownSeconds: number;
  attractSeconds: number;
  /** How long the thank-you screen stays before the kiosk wipes and invites the next family. */
  thanksSeconds: number;
  tour: { scenarios: string[]; game: string | null };
  /** The organiser's tally of visits and first choices (counts only); off unless the event turns it on. */
  tally: boolean;
  /** Play together (ages 6–8 with a grown-up) from the first touch. */
  playTogether: boolean;
  /** The attract screen speaks its invitation in each language as it turns. */
  attractVoice: boolean;
  /** A short, quiet jingle as a round of the attract screen begins, a few minutes apart at most. */
  attractJingle: boolean;
  /**
   * A hosted stand keeps every recorded voice of its languages on the device by itself, once the
   * service worker serves it, so a dropped network leaves no line silent (src/platform/keptVoices.ts).
   */
  keepVoices: boolean;
  pin: string;
  help: HelpConfig;
}

export interface Parsed<T> {
  config: T;
  problems: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown, max: number) => (typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : null);

export const EMPTY_HELP: HelpConfig = { contacts: {}, trustedAdult: {} };

export function parseHelpConfig(raw: unknown, languages: readonly string[]): Parsed<HelpConfig> {
  const problems: string[] = [];
  const config: HelpConfig = { contacts: {}, trustedAdult: {} };
  if (raw === undefined || raw === null) return { config, problems };
  if (!isObject(raw)) return { config, problems: ['help: expected an object'] };
  if (raw.contacts !== undefined) {
    if (!isObject(raw.contacts)) problems.push('help.contacts: expected an object of languages');
    else
      for (const [lang, list] of Object.entries(raw.contacts)) {
        if (!languages.includes(lang)) {
          problems.push(`help.contacts.${lang}: not one of the game's languages`);
          continue;
        }
        if (!Array.isArray(list)) {
          problems.push(`help.contacts.${lang}: expected a list`);
          continue;
        }
        const good = list
          .slice(0, 6)
          .map((c) => (isObject(c) ? { name: text(c.name, 80), detail: text(c.detail, 160) } : null))
          .filter((c): c is HelpContact => !!c && !!c.name && !!c.detail);
        if (good.length < list.length) problems.push(`help.contacts.${lang}: some entries need a "name" and a "detail" (at most 6)`);
        if (good.length) config.contacts[lang] = good;
      }
  }
  if (raw.trustedAdult !== undefined) {
    if (!isObject(raw.trustedAdult)) problems.push('help.trustedAdult: expected an object of languages');
    else
      for (const [lang, wording] of Object.entries(raw.trustedAdult)) {
        const value = text(wording, 160);
        if (languages.includes(lang) && value) config.trustedAdult[lang] = value;
        else problems.push(`help.trustedAdult.${lang}: ignored`);
      }
  }
  return { config, problems };
}

export const DEFAULT_KIOSK: KioskConfig = {
  languages: ['en', 'fr', 'es', 'ar', 'zh', 'ru'],
  idleSeconds: 60,
  countdownSeconds: 20,
  attractSeconds: 5,
  thanksSeconds: 15,
  tour: {
    // The express tour, about three minutes at a busy stand: two stories, then the first world's game.
    scenarios: ['contact-friend-request', 'content-fake-news'],
    game: FIRST_WORLD.game.id,
  },
  tally: false,
  playTogether: false,
  attractVoice: true,
  attractJingle: true,
  keepVoices: true,
  pin: '2468',
  help: EMPTY_HELP,
};

/** WCAG 2.2.1 asks for at least 20 seconds to say "I'm still here". */
const MIN_COUNTDOWN = 20;

function seconds(raw: unknown, fallback: number, min: number, max: number, name: string, problems: string[]): number {
  if (raw === undefined) return fallback;
  if (typeof raw !== 'number' || !Number.isFinite(raw)) {
    problems.push(`${name}: expected a number of seconds`);
    return fallback;
  }
  if (raw < min || raw > max) {
    problems.push(`${name}: ${raw} is outside ${min}–${max}; using ${Math.min(max, Math.max(min, raw))}`);
    return Math.min(max, Math.max(min, raw));
  }
  return raw;
}

export function parseKioskConfig(raw: unknown, supported: readonly string[]): Parsed<KioskConfig> {
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { config: DEFAULT_KIOSK, problems };
  if (!isObject(raw)) return { config: DEFAULT_KIOSK, problems: ['kiosk: expected an object'] };
  const config: KioskConfig = structuredClone(DEFAULT_KIOSK);

  if (raw.languages !== undefined) {
    const list = Array.isArray(raw.languages)
      ? raw.languages.filter((l): l is string => typeof l === 'string' && supported.includes(l))
      : [];
    if (!list.length || list.length !== (raw.languages as unknown[]).length)
      problems.push('languages: keep codes from ' + supported.join(', '));
    if (list.length) config.languages = [...new Set(list)];
  }
  config.idleSeconds = seconds(raw.idleSeconds, config.idleSeconds, 15, 3600, 'idleSeconds', problems);
  config.countdownSeconds = seconds(raw.countdownSeconds, config.countdownSeconds, MIN_COUNTDOWN, 300, 'countdownSeconds', problems);
  config.attractSeconds = seconds(raw.attractSeconds, config.attractSeconds, 3, 60, 'attractSeconds', problems);
  config.thanksSeconds = seconds(raw.thanksSeconds, config.thanksSeconds, 5, 300, 'thanksSeconds', problems);
  for (const flag of ['tally', 'playTogether', 'attractVoice', 'attractJingle', 'keepVoices'] as const) {
    const value = raw[flag];
    if (value === undefined) continue;
    if (typeof value === 'boolean') config[flag] = value;
    else problems.push(`${flag}: expected true or false`);
  }

  const tour = raw.tour;
  if (tour !== undefined) {
    if (!isObject(tour)) problems.push('tour: expected an object');
    else {
      if (tour.scenarios !== undefined) {
        const list = Array.isArray(tour.scenarios) ? tour.scenarios : [];
        const ids = list.filter((id): id is string => typeof id === 'string' && ALL_SCENARIOS.some((s) => s.id === id));
        if (!Array.isArray(tour.scenarios) || ids.length !== list.length)
          problems.push('tour.scenarios: unknown scenario ids were left out');
        // An empty list on purpose is a game-only tour; a list of unknown ids keeps the default.
        if (ids.length || (Array.isArray(tour.scenarios) && tour.scenarios.length === 0)) config.tour.scenarios = ids;
      }
      const game = tour.game;
      if (game !== undefined) {
        if (game === null) config.tour.game = null;
        else if (typeof game === 'string' && WORLDS.some((w) => w.game.id === game)) config.tour.game = game;
        else problems.push('tour.game: unknown mini-game id');
      }
    }
  }
  if (raw.pin !== undefined) {
    if (typeof raw.pin === 'string' && /^\d{4,8}$/.test(raw.pin)) config.pin = raw.pin;
    else problems.push('pin: expected 4 to 8 digits as a string; the default PIN is in use');
  }
  const help = parseHelpConfig(raw.help, supported);
  config.help = help.config;
  problems.push(...help.problems);
  return { config, problems };
}
