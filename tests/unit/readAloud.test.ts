/**
 * The speaker reads several lines one after the other: with the device's voice as queued
 * utterances, otherwise each line's own recorded file once the one before has ended.
 */
import { describe, expect, it } from 'vitest';
import { createSpeaker } from '../../src/platform/readAloud';

class FakeAudio extends EventTarget {
  static made: FakeAudio[] = [];
  dataset: Record<string, string> = {};
  paused = true;
  constructor(readonly src: string) {
    super();
    FakeAudio.made.push(this);
  }
  play() {
    this.paused = false;
    return Promise.resolve();
  }
  pause() {
    this.paused = true;
  }
}

const recorded = { langs: ['en'], url: (lang: string, text: string) => `${lang}/${text}` };

describe('the speaker', () => {
  it('plays recorded lines one after the other, and a new reading stops the rest', () => {
    const before = globalThis.Audio;
    globalThis.Audio = FakeAudio as unknown as typeof Audio;
    try {
      FakeAudio.made = [];
      const speaker = createSpeaker(undefined, recorded);
      speaker.speak(['One', 'Two', 'Three'], 'en');
      expect(FakeAudio.made.map((a) => a.src)).toEqual(['en/One']);
      FakeAudio.made[0]!.dispatchEvent(new Event('ended'));
      expect(FakeAudio.made.map((a) => a.src)).toEqual(['en/One', 'en/Two']);
      // A line without its file is skipped, not waited for.
      FakeAudio.made[1]!.dispatchEvent(new Event('error'));
      expect(FakeAudio.made.map((a) => a.src)).toEqual(['en/One', 'en/Two', 'en/Three']);
      speaker.speak('Other', 'en');
      expect(FakeAudio.made[2]!.paused).toBe(true);
      FakeAudio.made[2]!.dispatchEvent(new Event('ended'));
      expect(FakeAudio.made.map((a) => a.src)).toEqual(['en/One', 'en/Two', 'en/Three', 'en/Other']);
      speaker.speak(['', '  '], 'en');
      expect(FakeAudio.made).toHaveLength(4);
    } finally {
      globalThis.Audio = before;
    }
  });

  it('queues the lines as utterances where the device has a voice', () => {
    const spoken: string[] = [];
    const before = globalThis.SpeechSynthesisUtterance;
    globalThis.SpeechSynthesisUtterance = class {
      lang = '';
      voice: unknown = null;
      rate = 1;
      constructor(readonly text: string) {}
    } as unknown as typeof SpeechSynthesisUtterance;
    try {
      const synth = {
        getVoices: () => [{ lang: 'fr-FR' }],
        speak: (u: { text: string }) => spoken.push(u.text),
        cancel: () => spoken.push('(cancel)'),
      } as unknown as SpeechSynthesis;
      createSpeaker(synth, recorded).speak(['Un', 'Deux'], 'fr');
      expect(spoken).toEqual(['(cancel)', 'Un', 'Deux']);
    } finally {
      globalThis.SpeechSynthesisUtterance = before;
    }
  });
});
