/**
 * A small wrapper over Howler: one loop of music at a time, short effects,
 * one switch for all sound and a volume each for music and effects. Howler
 * is handed in, so tests can stand in for it and the shell never loads it
 * before the child has pressed something.
 *
 * Sound only ever adds to play: a file that fails to load or decode is
 * forgotten quietly, and nothing waits for audio.
 */
import type { Howl as HowlType, HowlOptions } from 'howler';
import { RISK_FAMILIES } from '../content/types';
import { jingleDecision, jingleVolume } from '../engine/attractRound';

export const EFFECTS = ['tap', 'choice', 'good', 'think-again', 'badge'] as const;
export type Effect = (typeof EFFECTS)[number];
/** The map's tune and one per world (scripts/make-sounds.mjs writes each, assets/audio holds them). */
export const MUSIC = ['map', ...RISK_FAMILIES] as const;
export type Music = (typeof MUSIC)[number];

export interface AudioSettings {
  sound: boolean;
  musicVolume: number;
  effectsVolume: number;
}

export interface HowlerLike {
  Howl: new (options: HowlOptions) => HowlType;
  /** `ctx` is Howler's audio context: "running" once the browser lets sound play. */
  Howler: { mute(muted: boolean): unknown; autoUnlock: boolean; ctx?: { state: string } | null };
}

export interface GameAudio {
  apply(settings: AudioSettings): void;
  play(effect: Effect): void;
  music(name: Music | null): void;
  /**
   * The kiosk attract screen's jingle, if it may play now (engine/attractRound.ts: sound on, the
   * browser allowing it, none for a few minutes). Returns how long a voice should wait for it.
   */
  jingle(): number;
  readonly state: { muted: boolean; music: Music | null; failed: string[]; unlocked: boolean };
}

const FADE_MS = 800;

export function createAudio(lib: HowlerLike, sources: (name: string) => string[]): GameAudio {
  const howls = new Map<string, HowlType>();
  const failed = new Set<string>();
  let settings: AudioSettings = { sound: true, musicVolume: 0.5, effectsVolume: 0.8 };
  let current: { name: Music; howl: HowlType } | null = null;
  let wanted: Music | null = null;
  let unlocked = false;
  let lastJingle: number | null = null;
  lib.Howler.autoUnlock = true;

  const howl = (name: string, loop: boolean): HowlType | null => {
    if (failed.has(name)) return null;
    const existing = howls.get(name);
    if (existing) return existing;
    try {
      const h = new lib.Howl({
        src: sources(name),
        loop,
        volume: 0,
        preload: true,
        onloaderror: () => forget(name),
        onplayerror: () => forget(name),
        onunlock: () => (unlocked = true),
      });
      howls.set(name, h);
      return h;
    } catch {
      forget(name);
      return null;
    }
  };

  const forget = (name: string) => {
    failed.add(name);
    const h = howls.get(name);
    howls.delete(name);
    if (current?.howl === h) current = null;
    try {
      h?.unload();
    } catch {
      /* already gone */
    }
  };

  const musicAudible = () => settings.sound && settings.musicVolume > 0;

  const startMusic = (name: Music) => {
    const h = howl(`music-${name}`, true);
    if (!h) return;
    current = { name, howl: h };
    try {
      h.play();
      h.fade(0, settings.musicVolume, FADE_MS);
    } catch {
      forget(`music-${name}`);
    }
  };

  const stopMusic = () => {
    if (!current) return;
    const { howl: h } = current;
    current = null;
    try {
      h.fade(h.volume(), 0, FADE_MS / 2);
      h.once('fade', () => h.stop());
    } catch {
      /* nothing to stop */
    }
  };

  const api: GameAudio = {
    apply(next) {
      settings = { ...next };
      lib.Howler.mute(!settings.sound);
      if (current && musicAudible()) current.howl.volume(settings.musicVolume);
      // Music that was never audible was never fetched; fetch it only once it can be heard.
      if (!musicAudible()) stopMusic();
      else if (wanted && (!current || current.name !== wanted)) api.music(wanted);
    },
    play(effect) {
      if (!settings.sound || settings.effectsVolume <= 0) return;
      const h = howl(effect, false);
      if (!h) return;
      try {
        h.volume(settings.effectsVolume);
        h.play();
      } catch {
        forget(effect);
      }
    },
    jingle() {
      const now = Date.now();
      const audible = musicAudible();
      // Made (and fetched) only where it could be heard; Howler's context exists from the first sound made.
      const h = audible ? howl('jingle', false) : null;
      const running = lib.Howler.ctx?.state === 'running';
      const decision = jingleDecision({ now, lastAt: lastJingle, audible: !!h, running });
      if (!decision.play || !h) return decision.waitMs;
      try {
        h.volume(jingleVolume(settings.musicVolume));
        h.play();
        lastJingle = now;
        return decision.waitMs;
      } catch {
        forget('jingle');
        return 0;
      }
    },
    music(name) {
      wanted = name;
      if (current?.name === name) return;
      stopMusic();
      if (name && musicAudible()) startMusic(name);
    },
    get state() {
      return { muted: !settings.sound, music: current?.name ?? null, failed: [...failed], unlocked };
    },
  };
  return api;
}
