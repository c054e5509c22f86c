import { END, type PracticeStep } from '../../types';
import { choose, message, request, safe, scenario, thinkAgain, type ScenarioKey } from '../scenarioBuilder';

/**
 * Practice: in the lobby's voice chat with live captions, Sara mutes IronWolf and
 * reports him with a reason. Taking his gift or talking back plays out.
 */
const muteAndReport = (k: ScenarioKey): PracticeStep => ({
  kind: 'practice',
  id: 'lobby',
  mood: 'talking',
  lines: [k('lobby.line1')],
  situation: [],
  task: {
    task: 'voice-chat',
    app: 'lobby',
    instruction: k('lobby.instruction'),
    players: [
      { id: 'panda', name: k('lobby.panda') },
      { id: 'wolf', name: k('player') },
      { id: 'moon', name: k('lobby.moon') },
    ],
    target: 'wolf',
    captions: [
      { from: 'panda', text: k('lobby.captions.panda') },
      { from: 'wolf', text: k('owe.voice') },
      { from: 'moon', text: k('lobby.captions.moon') },
    ],
    reasons: [
      { id: 'pressure', label: k('lobby.reasons.pressure') },
      { id: 'secret', label: k('lobby.reasons.secret') },
      { id: 'uneasy', label: k('lobby.reasons.uneasy') },
    ],
    gift: { id: 'gift', label: k('lobby.gift.label'), answer: k('lobby.gift.answer'), outcome: [k('lobby.gift.outcome')] },
    talk: { id: 'talk', text: k('lobby.talk.text'), answer: k('lobby.talk.answer'), outcome: [k('lobby.talk.outcome')] },
  },
  outcome: [k('lobby.outcome')],
  next: END,
});

/**
 * In a game's voice chat, an older player keeps sending free gifts, then
 * says "you owe me, and keep it secret". Gifts and secrets are warning
 * signs; the child can say no, mute and report, and telling never gets
 * them into trouble.
 */
export const contactGiftsVoiceChat = scenario(
  {
    family: 'contact',
    id: 'contact-gifts-voice-chat',
    setting: 'in-game-shop',
    messages: ['warning', 'help', 'no'],
    help: ['trustedAdult', 'helpline', 'reportButton'],
  },
  [
    choose('gifts', { mood: 'talking', lines: 2, situation: [request('player', 'gift'), message('player', 'voice')] }, [
      safe('decline', 'owe'),
      thinkAgain('accept', 'thinking'),
      thinkAgain('give-back', 'concerned'),
    ]),
    choose('owe', { mood: 'thinking', lines: 1, situation: [message('player', 'voice')] }, [
      thinkAgain('keep-secret', 'thinking'),
      safe('leave-tell', 'lobby'),
      thinkAgain('ask-what', 'concerned'),
    ]),
    muteAndReport,
  ],
);
