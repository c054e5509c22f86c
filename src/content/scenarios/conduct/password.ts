import { END, type PracticeStep } from '../../types';
import { choose, message, safe, scenario, thinkAgain, type ScenarioKey } from '../scenarioBuilder';

/** Practice: a clear, friendly no to Max, built from phrase tiles; a hint or "just this once" plays out. */
const sayNo = (k: ScenarioKey): PracticeStep => ({
  kind: 'practice',
  id: 'reply',
  mood: 'talking',
  lines: [k('reply.line1')],
  situation: [],
  task: {
    task: 'phrase-tiles',
    app: 'chat',
    contact: k('friend'),
    instruction: k('reply.instruction'),
    messages: [{ from: k('friend'), text: k('ask.message') }],
    tiles: [
      { id: 'no', label: k('reply.tiles.no') },
      { id: 'cat', label: k('reply.tiles.cat'), lessSafe: 'hint' },
      { id: 'mine', label: k('reply.tiles.mine') },
      { id: 'once', label: k('reply.tiles.once'), lessSafe: 'give-in' },
      { id: 'together', label: k('reply.tiles.together') },
    ],
    minTiles: 2,
    maxTiles: 3,
    lessSafe: [
      { id: 'hint', answer: k('reply.hint.answer'), outcome: [k('reply.hint.outcome1'), k('reply.hint.outcome2')] },
      { id: 'give-in', answer: k('reply.giveIn.answer'), outcome: [k('reply.giveIn.outcome1'), k('reply.giveIn.outcome2')] },
    ],
    answer: k('reply.answer'),
  },
  outcome: [k('reply.outcome1'), k('reply.outcome2')],
  next: 'new-password',
});

/** Practice: a passphrase from word tiles; the meter is the clue, and a guessable tile plays out when saved. */
const newPassphrase = (k: ScenarioKey): PracticeStep => ({
  kind: 'practice',
  id: 'new-password',
  mood: 'thinking',
  lines: [k('newPassword.line1')],
  situation: [],
  task: {
    task: 'passphrase',
    app: 'account',
    account: k('newPassword.account'),
    guesser: k('newPassword.guesser'),
    instruction: k('newPassword.instruction'),
    tiles: [
      { id: 'cloud', label: k('newPassword.tiles.cloud') },
      { id: 'name', label: k('newPassword.tiles.name'), weak: 'name' },
      { id: 'banana', label: k('newPassword.tiles.banana') },
      { id: 'year', label: k('newPassword.tiles.year'), weak: 'birthday' },
      { id: 'trumpet', label: k('newPassword.tiles.trumpet') },
      { id: 'digits', label: k('newPassword.tiles.digits'), weak: 'numbers' },
      { id: 'river', label: k('newPassword.tiles.river') },
    ],
    words: 3,
    maxTiles: 4,
    weak: [
      { id: 'name', guess: k('newPassword.name.guess'), outcome: [k('newPassword.name.outcome1'), k('newPassword.name.outcome2')] },
      {
        id: 'birthday',
        guess: k('newPassword.birthday.guess'),
        outcome: [k('newPassword.birthday.outcome1'), k('newPassword.birthday.outcome2')],
      },
      {
        id: 'numbers',
        guess: k('newPassword.numbers.guess'),
        outcome: [k('newPassword.numbers.outcome1'), k('newPassword.numbers.outcome2')],
      },
    ],
  },
  outcome: [k('newPassword.outcome1'), k('newPassword.outcome2')],
  next: END,
});

/**
 * A best friend asks for the child's game password "to level you up". The
 * safe path: say no kindly (built from tiles: passwords stay private, even
 * with friends), then build a strong passphrase of random words.
 */
export const conductPassword = scenario(
  {
    family: 'conduct',
    id: 'conduct-password',
    setting: 'game-lobby',
    messages: ['devices', 'private', 'no'],
    help: ['trustedAdult', 'reportButton'],
  },
  [
    choose('ask', { mood: 'talking', lines: 2, situation: [message('friend')] }, [
      thinkAgain('share', 'concerned', 2),
      thinkAgain('hint', 'thinking', 2),
      safe('say-no', 'reply', { outcomes: 1 }),
    ]),
    sayNo,
    newPassphrase,
  ],
);
