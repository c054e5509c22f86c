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
  /**
   * Reads a line, or several one after the other (a question and its choices): each whole line
   * has its own recorded file, which a line glued from several would not.
   */
  speak(text: string | readonly string[], lang: string): void;
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
  /** One reading at a time: a new one stops the last, also the lines it still had to read. */
  let playing: HTMLAudioElement | null = null;
  let reading = 0;
  const stop = () => {
    reading++;
    playing?.pause();
    playing = null;
    synth?.cancel();
  };
  const playRecorded = (lines: readonly string[], lang: string, own: number) => {
    const [text, ...rest] = lines;
    if (text === undefined || own !== reading || !recorded) return;
    const audio = new Audio(recorded.url(lang, text));
    audio.dataset.voice = lang;
    playing = audio;
    const goOn = () => {
      if (playing === audio) playRecorded(rest, lang, own);
    };
    audio.addEventListener('ended', goOn, { once: true });
    // A line put together from several (no file of its own) simply stays silent; the next one still reads.
    audio.addEventListener('error', goOn, { once: true });
    audio.play().catch(() => undefined);
  };
  return {
    available: (lang) => !!voiceFor(lang) || !!recorded?.langs.includes(lang),
    speak(text, lang) {
      const lines = (typeof text === 'string' ? [text] : text).filter((line) => line.trim());
      const voice = voiceFor(lang);
      stop();
      if (synth && voice && typeof SpeechSynthesisUtterance !== 'undefined') {
        // The device's speech engine queues the lines itself.
        for (const line of lines) {
          const utterance = new SpeechSynthesisUtterance(line);
          utterance.lang = voice.lang;
          utterance.voice = voice;
          utterance.rate = 0.95;
          synth.speak(utterance);
        }
        return;
      }
      if (!recorded?.langs.includes(lang)) return;
      playRecorded(lines, lang, reading);
    },
    onVoicesChanged(callback) {
      synth?.addEventListener?.('voiceschanged', callback);
    },
  };
}
