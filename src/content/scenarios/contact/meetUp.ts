import { END, type PracticeStep } from '../../types';
import { choose, message, safe, scenario, thinkAgain, type ScenarioKey } from '../scenarioBuilder';

/**
 * Practice, the "tell" step: Nina chooses what to show her gran and what to say
 * first. Leaving out the chat, or "never mind", plays out with Gran's answer.
 */
const tellGran = (k: ScenarioKey): PracticeStep => ({
  kind: 'practice',
  id: 'tell',
  mood: 'talking',
  lines: [k('tell.line1')],
  situation: [],
  task: {
    task: 'tell-grown-up',
    app: 'share',
    adult: k('tell.adult'),
    instruction: k('tell.instruction'),
    items: [
      { id: 'score', label: k('tell.items.score') },
      { id: 'chat', label: k('tell.items.chat'), needed: true },
      { id: 'profile', label: k('tell.items.profile') },
    ],
    openers: [
      {
        id: 'never-mind',
        label: k('tell.openers.neverMind'),
        lessSafe: { id: 'never-mind', answer: k('tell.neverMind.answer'), outcome: [k('tell.neverMind.outcome')] },
      },
      { id: 'worried', label: k('tell.openers.worried') },
      {
        id: 'promise',
        label: k('tell.openers.promise'),
        lessSafe: { id: 'promise', answer: k('tell.promise.answer'), outcome: [k('tell.promise.outcome')] },
      },
      { id: 'meet', label: k('tell.openers.meet') },
    ],
    missing: { id: 'missing', answer: k('tell.missing.answer'), outcome: [k('tell.missing.outcome')] },
    reply: k('tell.reply'),
  },
  outcome: [k('tell.outcome')],
  next: END,
});

/**
 * A friend known only online suggests meeting at the park, then insists on
 * "just us" and a secret. The safe path is never to meet without a trusted
 * adult, and to tell one, showing them the chat.
 */
export const contactMeetUp = scenario(
  {
    family: 'contact',
    id: 'contact-meet-up',
    setting: 'group-chat',
    messages: ['meet', 'warning', 'help'],
    help: ['trustedAdult', 'helpline', 'reportButton'],
  },
  [
    choose('invite', { mood: 'talking', lines: 2, situation: [message('friend')] }, [
      thinkAgain('say-yes', 'concerned'),
      thinkAgain('bring-friend', 'thinking'),
      safe('not-alone', 'just-us'),
    ]),
    choose('just-us', { mood: 'thinking', lines: 1, situation: [message('friend')] }, [
      thinkAgain('keep-secret', 'thinking'),
      safe('tell-gran', 'tell'),
      thinkAgain('argue', 'concerned'),
    ]),
    tellGran,
  ],
);
