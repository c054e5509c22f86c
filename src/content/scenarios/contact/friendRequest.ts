import { END } from '../../types';
import { choose, message, request, safe, scenario, thinkAgain } from '../scenarioBuilder';

/**
 * A stranger sends a friend request in a game lobby, then pushes for a
 * private, secret chat. Warning signs are shown as signs; the safe path is
 * to check, not reply, block, report and tell.
 */
export const contactFriendRequest = scenario(
  { family: 'contact', id: 'contact-friend-request', setting: 'game-lobby', messages: ['warning', 'respond', 'help', 'private'] },
  [
    choose('request', { mood: 'talking', lines: 2, situation: [request('stranger', 'notification')] }, [
      thinkAgain('accept', 'concerned'),
      safe('check', 'secret'),
      thinkAgain('school', 'concerned'),
    ]),
    choose('secret', { mood: 'thinking', lines: 1, situation: [message('stranger')] }, [
      thinkAgain('private-chat', 'concerned'),
      thinkAgain('keep-secret', 'thinking'),
      safe('block-tell', END),
    ]),
  ],
);
