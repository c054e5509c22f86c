import { END } from '../../types';
import { choose, message, request, safe, scenario, thinkAgain } from '../scenarioBuilder';

/**
 * In a game's voice chat, an older player keeps sending free gifts, then
 * says "you owe me, and keep it secret". Gifts and secrets are warning
 * signs; the child can say no, and telling never gets them into trouble.
 */
export const contactGiftsVoiceChat = scenario(
  { family: 'contact', id: 'contact-gifts-voice-chat', setting: 'in-game-shop', messages: ['warning', 'help', 'no'] },
  [
    choose('gifts', { mood: 'talking', lines: 2, situation: [request('player', 'gift'), message('player', 'voice')] }, [
      safe('decline', 'owe'),
      thinkAgain('accept', 'thinking'),
      thinkAgain('give-back', 'concerned'),
    ]),
    choose('owe', { mood: 'thinking', lines: 1, situation: [message('player', 'voice')] }, [
      thinkAgain('keep-secret', 'thinking'),
      safe('leave-tell', END),
      thinkAgain('ask-what', 'concerned'),
    ]),
  ],
);
