import { END, type PracticeStep } from '../../types';
import { choose, message, safe, scenario, thinkAgain, type ScenarioKey } from '../scenarioBuilder';

/**
 * Practice: Omar answers GoldFox with a clear "no" built from phrase tiles; when GoldFox
 * pushes again, he takes a screenshot as evidence and blocks. A "maybe" or an "only if"
 * plays out as GoldFox's next message; blocking before the screenshot loses the chat.
 */
const sayNoInTheChat = (k: ScenarioKey): PracticeStep => ({
  kind: 'practice',
  id: 'no',
  mood: 'talking',
  lines: [k('no.line1')],
  situation: [],
  task: {
    task: 'say-no-tiles',
    app: 'chat',
    contact: k('friend'),
    messages: [k('flattery.message'), k('pressure.message')],
    instruction: k('no.instruction'),
    tiles: [
      {
        id: 'later',
        label: k('no.tiles.later'),
        lessSafe: { id: 'later', answer: k('no.later.answer'), outcome: [k('no.later.outcome')] },
      },
      { id: 'no', label: k('no.tiles.no'), no: true },
      { id: 'play', label: k('no.tiles.play') },
      {
        id: 'only-if',
        label: k('no.tiles.onlyIf'),
        lessSafe: { id: 'only-if', answer: k('no.onlyIf.answer'), outcome: [k('no.onlyIf.outcome')] },
      },
      { id: 'photos', label: k('no.tiles.photos'), no: true },
    ],
    unclear: { id: 'unclear', answer: k('no.unclear.answer'), outcome: [k('no.unclear.outcome')] },
    pushBack: k('no.pushBack'),
    blockFirst: { id: 'block-first', outcome: [k('no.blockFirst.outcome')] },
  },
  outcome: [k('no.outcome')],
  next: END,
});

/**
 * A friend from a game flatters the character, then asks for a photo and
 * pushes, with a secret on top. Warning signs are shown as signs, nothing
 * more; the safe path is to say no, keep the evidence, block and tell. It is
 * never the child's fault.
 */
export const contactPhotoRequest = scenario(
  {
    family: 'contact',
    id: 'contact-photo-request',
    setting: 'game-lobby',
    messages: ['warning', 'no', 'help'],
    help: ['trustedAdult', 'reportButton', 'helpline'],
  },
  [
    choose('flattery', { mood: 'talking', lines: 2, situation: [message('friend')] }, [
      thinkAgain('send', 'concerned'),
      safe('say-no', 'pressure'),
      thinkAgain('ask-why', 'thinking'),
    ]),
    choose('pressure', { mood: 'thinking', lines: 1, situation: [message('friend')] }, [
      safe('stop-tell', 'no'),
      thinkAgain('give-in', 'concerned'),
      thinkAgain('keep-quiet', 'thinking'),
    ]),
    sayNoInTheChat,
  ],
);
