/**
 * Read aloud with the device's own voices (Web Speech API): nothing is sent
 * anywhere by the game. Where the device has no voice for the language, the
 * buttons stay hidden and Settings says why.
 */
export interface Speaker {
  available(lang: string): boolean;
  speak(text: string, lang: string): void;
  onVoicesChanged(callback: () => void): void;
}

export function createSpeaker(synth: SpeechSynthesis | undefined = globalThis.speechSynthesis): Speaker {
  const voiceFor = (lang: string) => {
    try {
      return synth?.getVoices().find((v) => v.lang.toLowerCase().replace('_', '-').split('-')[0] === lang);
    } catch {
      return undefined;
    }
  };
  return {
    available: (lang) => !!voiceFor(lang),
    speak(text, lang) {
      const voice = voiceFor(lang);
      if (!synth || !voice || typeof SpeechSynthesisUtterance === 'undefined') return;
      synth.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = voice.lang;
      utterance.voice = voice;
      utterance.rate = 0.95;
      synth.speak(utterance);
    },
    onVoicesChanged(callback) {
      synth?.addEventListener?.('voiceschanged', callback);
    },
  };
}
