import { describe, expect, it } from 'vitest';
import { ATTRACT_ACT, actBeatAt } from '../../src/art/attractAct';
import { JINGLE_GAP_MS, JINGLE_MS, jingleDecision, jingleVolume, nextTurn } from '../../src/engine/attractRound';

describe('the attract screen’s rounds', () => {
  it('turns through the languages; coming back to the first begins a round', () => {
    const langs = ['en', 'ar', 'fr'];
    expect(nextTurn(langs, 'en')).toEqual({ lang: 'ar', roundStart: false });
    expect(nextTurn(langs, 'fr')).toEqual({ lang: 'en', roundStart: true });
    // A language not (or no longer) in the list: the first one, a new round.
    expect(nextTurn(langs, 'zh')).toEqual({ lang: 'en', roundStart: true });
    expect(nextTurn(['en'], 'en')).toEqual({ lang: 'en', roundStart: true });
  });
});

describe('the jingle', () => {
  const base = { now: 1_000_000, lastAt: null, audible: true, running: true };

  it('plays first, and the voice waits for all of it', () => {
    const d = jingleDecision(base);
    expect(d.play).toBe(true);
    expect(d.waitMs).toBeGreaterThanOrEqual(JINGLE_MS);
  });

  it('not again for a few minutes of idle attract; then again', () => {
    expect(jingleDecision({ ...base, lastAt: base.now - 60_000 })).toEqual({ play: false, waitMs: 0 });
    expect(jingleDecision({ ...base, lastAt: base.now - JINGLE_GAP_MS + 1 }).play).toBe(false);
    expect(jingleDecision({ ...base, lastAt: base.now - JINGLE_GAP_MS }).play).toBe(true);
    expect(JINGLE_GAP_MS).toBeGreaterThanOrEqual(3 * 60_000);
  });

  it('a jingle still playing (the screen drawn again) is waited for, not played over', () => {
    const d = jingleDecision({ ...base, lastAt: base.now - 1_000 });
    expect(d.play).toBe(false);
    expect(d.waitMs).toBeGreaterThanOrEqual(JINGLE_MS - 1_000);
  });

  it('silent with sound off or while the browser blocks autoplay: nothing to wait for', () => {
    expect(jingleDecision({ ...base, audible: false })).toEqual({ play: false, waitMs: 0 });
    expect(jingleDecision({ ...base, running: false })).toEqual({ play: false, waitMs: 0 });
  });

  it('is quieter than the music', () => {
    expect(jingleVolume(0.5)).toBeLessThan(0.5);
    expect(jingleVolume(0)).toBe(0);
    expect(jingleVolume(3)).toBeLessThanOrEqual(1);
  });
});

describe('Tiko’s act', () => {
  it('plays its beats once, then holds the still pose; reduced motion shows only that pose', () => {
    const { beats, still } = ATTRACT_ACT;
    expect(beats.map((_, i) => actBeatAt(i, false))).toEqual(beats);
    expect(actBeatAt(beats.length, false)).toBe(beats[still]);
    expect(actBeatAt(99, false)).toBe(beats[still]);
    for (const step of [0, 2, 7]) expect(actBeatAt(step, true)).toBe(beats[still]);
    // The still pose is a happy one, beside the picture rather than in front of it.
    expect(beats[still]!.mood).toBe('happy');
    expect(beats[still]!.phase).not.toBe('end');
  });
});
