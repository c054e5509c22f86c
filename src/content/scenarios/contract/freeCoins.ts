import { END, type PracticeStep } from '../../types';
import { choose, message, safe, scenario, thinkAgain, type ScenarioKey } from '../scenarioBuilder';

/**
 * Practice: the link opened by a slip of the thumb. A pretend browser shows a
 * look-alike address and a log-in page that wants the game password: check
 * the address, leave. "Log in" plays out: the account is taken.
 */
const leaveTheFakePage = (k: ScenarioKey): PracticeStep => ({
  kind: 'practice',
  id: 'page',
  mood: 'talking',
  lines: [k('page.line1')],
  situation: [],
  task: {
    task: 'fake-login',
    instruction: k('page.instruction'),
    // One letter swapped for a digit: the clue is in the address itself.
    address: 'play.skyb1ox.example',
    realAddress: 'play.skyblox.example',
    promise: k('page.promise'),
    username: k('page.username'),
    login: { id: 'log-in', playsOut: k('page.login.playsOut'), outcome: [k('page.login.outcome')] },
  },
  outcome: [k('page.outcome')],
  next: 'friend',
});

/**
 * A player in a game lobby posts a "free coins generator" link that asks for
 * the game login. Then a classmate who used it has lost his account. The safe
 * path is to never log in through a link, report it, leave a look-alike page,
 * keep passwords private, and tell a grown-up; never the target's fault.
 */
export const contractFreeCoins = scenario(
  { family: 'contract', id: 'contract-free-coins', setting: 'game-lobby', messages: ['scams', 'devices'] },
  [
    choose('lobby', { mood: 'talking', lines: 2, situation: [message('player')] }, [
      thinkAgain('login', 'concerned'),
      safe('report', 'page'),
      thinkAgain('ask', 'thinking'),
    ]),
    leaveTheFakePage,
    choose('friend', { mood: 'thinking', lines: 1, situation: [message('classmate')] }, [
      thinkAgain('blame', 'concerned'),
      thinkAgain('share', 'thinking'),
      safe('tell-adult', END),
    ]),
  ],
);
