/**
 * Makes the game's music and sound effects from nothing but arithmetic, so
 * every sound is the project's own. Run it after changing a sound:
 *
 *   node scripts/make-sounds.mjs      (needs ffmpeg; writes assets/audio/*.webm and *.mp3)
 *   node scripts/make-sounds.mjs jingle   (only the sounds named)
 *
 * The outputs are committed; the build never runs this.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RATE = 44100;
const OUT = 'assets/audio';

/** A tiny deterministic random source, so the same script makes the same tunes. */
function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const freq = (midi) => 440 * 2 ** ((midi - 69) / 12);

/** A soft mallet: a sine with a quiet octave, quick attack, gentle decay. */
function mallet(buf, start, midi, dur, gain) {
  const f = freq(midi);
  const n = Math.floor(dur * RATE);
  const i0 = Math.floor(start * RATE);
  for (let i = 0; i < n; i++) {
    const t = i / RATE;
    const env = Math.min(1, t / 0.008) * Math.exp(-t * (3.2 / dur));
    const v = Math.sin(2 * Math.PI * f * t) + 0.25 * Math.sin(4 * Math.PI * f * t) + 0.08 * Math.sin(6 * Math.PI * f * t);
    buf[(i0 + i) % buf.length] += v * env * gain;
  }
}

/** A warm pad: detuned triangles with slow attack and release. */
function pad(buf, start, midis, dur, gain) {
  const n = Math.floor(dur * RATE);
  const i0 = Math.floor(start * RATE);
  for (const midi of midis) {
    for (const detune of [-0.06, 0.06]) {
      const f = freq(midi + detune);
      for (let i = 0; i < n; i++) {
        const t = i / RATE;
        const env = Math.min(1, t / 0.4) * Math.min(1, (dur - t) / 0.5);
        const phase = (f * t) % 1;
        const tri = 4 * Math.abs(phase - 0.5) - 1;
        buf[(i0 + i) % buf.length] += tri * env * gain;
      }
    }
  }
}

function normalise(buf, peak) {
  let max = 0;
  for (const v of buf) max = Math.max(max, Math.abs(v));
  if (max > 0) for (let i = 0; i < buf.length; i++) buf[i] = (buf[i] / max) * peak;
  return buf;
}

function wav(samples) {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((v, i) => data.writeInt16LE(Math.max(-32767, Math.min(32767, Math.round(v * 32767))), i * 2));
  const h = Buffer.alloc(44);
  h.write('RIFF', 0);
  h.writeUInt32LE(36 + data.length, 4);
  h.write('WAVEfmt ', 8);
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20);
  h.writeUInt16LE(1, 22);
  h.writeUInt32LE(RATE, 24);
  h.writeUInt32LE(RATE * 2, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36);
  h.writeUInt32LE(data.length, 40);
  return Buffer.concat([h, data]);
}

/** A looping tune: I–vi–IV–V in a key, a pentatonic melody, soft bass. Tails wrap to the start. */
function tune({ key, bpm, seed, bars = 8, bright = 1 }) {
  const beat = 60 / bpm;
  const length = bars * 4 * beat;
  const buf = new Float32Array(Math.round(length * RATE));
  const chords = [
    [0, 4, 7],
    [9, 12, 16],
    [5, 9, 12],
    [7, 11, 14],
  ];
  const scale = [0, 2, 4, 7, 9, 12, 14, 16];
  const random = rng(seed);
  for (let bar = 0; bar < bars; bar++) {
    const chord = chords[bar % 4];
    const t0 = bar * 4 * beat;
    pad(
      buf,
      t0,
      chord.map((c) => key + c - 12),
      4 * beat,
      0.05,
    );
    mallet(buf, t0, key + chord[0] - 24, 2 * beat, 0.35);
    mallet(buf, t0 + 2 * beat, key + chord[0] - 24, 2 * beat, 0.25);
    for (let step = 0; step < 8; step++) {
      if (random() < 0.35 && step % 2) continue;
      const note = key + scale[Math.floor(random() * scale.length)] + 12 * bright;
      mallet(buf, t0 + (step * beat) / 2, note, beat * 1.5, step % 2 ? 0.16 : 0.22);
    }
  }
  return normalise(buf, 0.5);
}

function effect(notes, { gap = 0.08, dur = 0.35, gain = 0.5, padNotes } = {}) {
  const length = notes.length * gap + dur + 0.1;
  const buf = new Float32Array(Math.round(length * RATE) + RATE);
  notes.forEach((m, i) => mallet(buf, i * gap, m, dur, gain));
  if (padNotes) pad(buf, 0, padNotes, length, 0.04);
  return normalise(buf.subarray(0, Math.round(length * RATE)), 0.6);
}

/**
 * The kiosk attract screen's jingle: under three seconds (src/engine/attractRound.ts waits
 * JINGLE_MS before the voice), a rising call over a soft chord that lands on the tonic. Every
 * note ends before the buffer does, so nothing wraps round to the start.
 */
function jingle() {
  const length = 2.8;
  const buf = new Float32Array(Math.round(length * RATE));
  const beat = 0.19;
  const call = [
    [0, 72],
    [1, 76],
    [2, 79],
    [3, 84],
    [5, 81],
    [6, 79],
    [7, 84],
  ];
  call.forEach(([at, midi], i) =>
    mallet(buf, at * beat, midi, i === call.length - 1 ? length - at * beat - 0.05 : 0.5, i === call.length - 1 ? 0.34 : 0.26),
  );
  mallet(buf, 0, 48, 1.2, 0.3);
  mallet(buf, 7 * beat, 48, length - 7 * beat - 0.05, 0.3);
  pad(buf, 0, [60, 64, 67], length, 0.035);
  return normalise(buf, 0.5);
}

const SOUNDS = {
  // Music: a calm theme for the map, one per world.
  'music-map': tune({ key: 60, bpm: 78, seed: 7 }),
  'music-contact': tune({ key: 67, bpm: 84, seed: 11 }),
  'music-content': tune({ key: 62, bpm: 88, seed: 23 }),
  'music-conduct': tune({ key: 65, bpm: 80, seed: 31 }),
  'music-contract': tune({ key: 63, bpm: 86, seed: 43 }),
  // Effects: short, soft, never harsh; "think again" is curious, not a buzzer.
  tap: effect([84], { dur: 0.12, gain: 0.4 }),
  choice: effect([76, 83], { gap: 0.07, dur: 0.2 }),
  good: effect([72, 76, 79, 84], { gap: 0.09, dur: 0.45 }),
  'think-again': effect([74, 71, 76], { gap: 0.12, dur: 0.35 }),
  badge: effect([72, 76, 79, 84, 88, 91, 96], { gap: 0.1, dur: 0.7, padNotes: [60, 64, 67] }),
  // The kiosk's call to the hall, a few minutes apart at most.
  jingle: jingle(),
};
const only = process.argv.slice(2);

const tmp = mkdtempSync(join(tmpdir(), 'sounds-'));
try {
  for (const [name, samples] of Object.entries(SOUNDS)) {
    if (only.length && !only.includes(name)) continue;
    const src = join(tmp, `${name}.wav`);
    writeFileSync(src, wav(samples));
    const music = name.startsWith('music-');
    const bitrate = music ? '40k' : '48k';
    const quiet = ['-hide_banner', '-loglevel', 'error', '-y', '-i', src, '-ac', '1'];
    execFileSync('ffmpeg', [...quiet, '-c:a', 'libopus', '-b:a', bitrate, join(OUT, `${name}.webm`)]);
    execFileSync('ffmpeg', [...quiet, '-c:a', 'libmp3lame', '-b:a', music ? '48k' : '64k', join(OUT, `${name}.mp3`)]);
    console.log(`${name}: ${(samples.length / RATE).toFixed(1)} s`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
