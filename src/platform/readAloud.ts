/**
 * Read aloud with the device's own voices (Web Speech API) where it has one for the language, and
 * otherwise with the game's recorded voice files (public/voices/<lang>/<key>.ogg, made offline by
 * `npm run voices`, fetched one line at a time when asked for, never precached). Nothing is sent
 * anywhere by the game: both come from the device or the game's own origin.
 */
import { voiceKey } from './voiceKey';
import recordedVoices from './recordedVoices.json';

export interface Speaker {
  available(lang: string): boolean;
  speak(text: string, lang: string): void;
  onVoicesChanged(callback: () => void): void;
}

/** Languages with recorded voice files for every whole line (written by `npm run voices`). */
export const RECORDED_LANGS: readonly string[] = recordedVoices;

export interface RecordedVoices {
  langs: readonly string[];
  url(lang: string, text: string): string;
}

const defaultRecorded: RecordedVoices = {
  langs: RECORDED_LANGS,
  url: (lang, text) => `${import.meta.env?.BASE_URL ?? '/'}voices/${lang}/${voiceKey(text)}.ogg`,
};

export function createSpeaker(
  synth: SpeechSynthesis | undefined = globalThis.speechSynthesis,
  recorded: RecordedVoices | null = typeof Audio === 'undefined' ? null : defaultRecorded,
): Speaker {
  const voiceFor = (lang: string) => {
    try {
      return synth?.getVoices().find((v) => v.lang.toLowerCase().replace('_', '-').split('-')[0] === lang);
    } catch {
      return undefined;
    }
  };
  /** One line at a time: a new one stops the last. */
  let playing: HTMLAudioElement | null = null;
  const stop = () => {
    playing?.pause();
    playing = null;
    synth?.cancel();
  };
  return {
    available: (lang) => !!voiceFor(lang) || !!recorded?.langs.includes(lang),
    speak(text, lang) {
      const voice = voiceFor(lang);
      stop();
      if (synth && voice && typeof SpeechSynthesisUtterance !== 'undefined') {
        const utterance = new SpeechSynthesisUtterance(text);
        utterance.lang = voice.lang;
        utterance.voice = voice;
        utterance.rate = 0.95;
        synth.speak(utterance);
        return;
      }
      if (!recorded?.langs.includes(lang)) return;
      const audio = new Audio(recorded.url(lang, text));
      audio.dataset.voice = lang;
      playing = audio;
      // A line put together from several (no file of its own) simply stays silent.
      audio.play().catch(() => undefined);
    },
    onVoicesChanged(callback) {
      synth?.addEventListener?.('voiceschanged', callback);
    },
  };
}
