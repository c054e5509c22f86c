import { END } from '../../types';
import { choose, message, request, safe, scenario, thinkAgain } from '../scenarioBuilder';

/**
 * It is late and the child keeps playing "one more round" while feeling tired.
 * The safe path: stop for today, then choose playing time with the family and
 * set break reminders. Everyone has a right to play and a right to rest.
 */
export const conductScreenTime = scenario(
  { family: 'conduct', id: 'conduct-screen-time', setting: 'game-lobby', messages: ['balance', 'rights'], help: ['trustedAdult'] },
  [
    choose('late', { mood: 'talking', lines: 2, situation: [request(), message('teammate')] }, [
      thinkAgain('one-more', 'thinking'),
      safe('stop', 'plan'),
      thinkAgain('hide', 'concerned'),
    ]),
    choose('plan', { mood: 'thinking', lines: 1, situation: [request()] }, [
      safe('agree', END),
      thinkAgain('no-limit', 'thinking'),
      thinkAgain('quit', 'thinking'),
    ]),
  ],
);
