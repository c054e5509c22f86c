import { describe, expect, it, vi } from 'vitest';
import type { HowlOptions } from 'howler';
import { createAudio, type HowlerLike } from '../../src/audio/audio';
import { JINGLE_GAP_MS, JINGLE_MS } from '../../src/engine/attractRound';

/** Howler stood in for at its boundary: records what the wrapper asks of it. */
function fakeHowler({ failLoad = [] as string[], context = 'running' } = {}) {
  const made: FakeHowl[] = [];
  let muted = false;
  class FakeHowl {
    playing = false;
    vol = 0;
    unloaded = false;
    listeners = new Map<string, () => void>();
    constructor(readonly options: HowlOptions) {
      made.push(this);
      const name = String(options.src).split(',')[0]!;
      if (failLoad.includes(name)) queueMicrotask(() => options.onloaderror?.(0, 'decode failed'));
    }
    play() {
      this.playing = true;
      return 1;
    }
    stop() {
      this.playing = false;
      return this;
    }
    volume(v?: number) {
      if (v === undefined) return this.vol;
      this.vol = v;
      return this;
    }
    fade(_from: number, to: number) {
      this.vol = to;
      // Like Howler, the fade ends later, after listeners had a chance to attach.
      queueMicrotask(() => this.listeners.get('fade')?.());
      return this;
    }
    once(event: string, fn: () => void) {
      this.listeners.set(event, fn);
      return this;
    }
    unload() {
      this.unloaded = true;
    }
  }
  const lib = {
    Howl: FakeHowl,
    Howler: {
      autoUnlock: false,
      ctx: { state: context },
      mute: (m: boolean) => {
        muted = m;
      },
    },
  } as unknown as HowlerLike;
  return { lib, made, isMuted: () => muted };
}

const sources = (name: string) => [`${name}.webm`, `${name}.mp3`];
const on = { sound: true, musicVolume: 0.4, effectsVolume: 0.8 };

describe('audio wrapper', () => {
  it('unlocks on the first input through Howler, and gives two formats per sound', () => {
    const { lib, made } = fakeHowler();
    const audio = createAudio(lib, sources);
    expect(lib.Howler.autoUnlock).toBe(true);
    audio.apply(on);
    audio.play('tap');
    expect(made[0]!.options.src).toEqual(['tap.webm', 'tap.mp3']);
    made[0]!.options.onunlock?.(0);
    expect(audio.state.unlocked).toBe(true);
  });

  it('plays effects at the effects volume, and not at all when sound is off', () => {
    const { lib, made, isMuted } = fakeHowler();
    const audio = createAudio(lib, sources);
    audio.apply(on);
    audio.play('good');
    expect(made[0]).toMatchObject({ playing: true, vol: 0.8 });
    audio.apply({ ...on, sound: false });
    expect(isMuted()).toBe(true);
    audio.play('badge');
    expect(made).toHaveLength(1);
    expect(audio.state.muted).toBe(true);
  });

  it('plays one loop at a time, fading in softly at the music volume', async () => {
    const { lib, made } = fakeHowler();
    const audio = createAudio(lib, sources);
    audio.apply(on);
    audio.music('map');
    expect(made[0]!.options).toMatchObject({ loop: true, src: ['music-map.webm', 'music-map.mp3'] });
    expect(made[0]).toMatchObject({ playing: true, vol: 0.4 });
    audio.music('map');
    expect(made).toHaveLength(1);
    audio.music('contact');
    await Promise.resolve();
    expect(made[0]!.playing).toBe(false);
    expect(audio.state.music).toBe('contact');
    audio.apply({ ...on, musicVolume: 0.2 });
    expect(made[1]!.vol).toBe(0.2);
  });

  it('never fetches music that cannot be heard, and starts it when it can', () => {
    const { lib, made } = fakeHowler();
    const audio = createAudio(lib, sources);
    audio.apply({ ...on, musicVolume: 0 });
    audio.music('content');
    expect(made).toHaveLength(0);
    audio.apply(on);
    expect(audio.state.music).toBe('content');
    audio.apply({ ...on, sound: false });
    expect(audio.state.music).toBeNull();
  });

  it('forgets a sound that fails to load, without throwing, and plays on', async () => {
    const { lib, made } = fakeHowler({ failLoad: ['think-again.webm'] });
    const audio = createAudio(lib, sources);
    audio.apply(on);
    audio.play('think-again');
    await Promise.resolve();
    expect(audio.state.failed).toEqual(['think-again']);
    expect(made[0]!.unloaded).toBe(true);
    expect(() => audio.play('think-again')).not.toThrow();
    expect(made).toHaveLength(1);
    audio.play('good');
    expect(made[1]!.playing).toBe(true);
  });

  it('the kiosk jingle: quietly, first, not again for minutes, never when blocked or silent', () => {
    vi.useFakeTimers({ now: 1_000_000 });
    try {
      const { lib, made } = fakeHowler();
      const audio = createAudio(lib, sources);
      audio.apply(on);
      expect(audio.jingle()).toBeGreaterThanOrEqual(JINGLE_MS);
      expect(made[0]!.options.src).toEqual(['jingle.webm', 'jingle.mp3']);
      expect(made[0]).toMatchObject({ playing: true });
      expect(made[0]!.vol).toBeLessThan(on.musicVolume);
      made[0]!.playing = false;
      // Drawn again a second later: the voice waits for the rest, and nothing plays twice.
      vi.advanceTimersByTime(1_000);
      expect(audio.jingle()).toBeGreaterThan(0);
      vi.advanceTimersByTime(60_000);
      expect(audio.jingle()).toBe(0);
      expect(made[0]!.playing).toBe(false);
      vi.advanceTimersByTime(JINGLE_GAP_MS);
      audio.apply({ ...on, sound: false });
      expect(audio.jingle()).toBe(0);
      expect(made[0]!.playing).toBe(false);
      audio.apply(on);
      expect(audio.jingle()).toBeGreaterThan(0);
      expect(made[0]!.playing).toBe(true);

      // The browser blocks autoplay (no touch yet, no kiosk flag): silent, no wait, no error.
      const blocked = fakeHowler({ context: 'suspended' });
      const quiet = createAudio(blocked.lib, sources);
      quiet.apply(on);
      expect(quiet.jingle()).toBe(0);
      expect(blocked.made.every((h) => !h.playing)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
