import { END } from '../../types';
import { choose, message, notice, safe, scenario, thinkAgain } from '../scenarioBuilder';

/**
 * The child wants to post a funny photo of a friend. The safe path: ask the
 * friend first, and respect a no. Other people's pictures and details (like
 * their school) are private too.
 */
export const conductFriendPhoto = scenario(
  {
    family: 'conduct',
    id: 'conduct-friend-photo',
    setting: 'photo-sharing',
    messages: ['private', 'kind'],
    help: ['trustedAdult', 'reportButton'],
  },
  [
    choose('photo', { mood: 'talking', lines: 2, situation: [notice()] }, [
      thinkAgain('post-now', 'thinking'),
      thinkAgain('add-school', 'concerned'),
      safe('ask', 'answer'),
    ]),
    choose('answer', { mood: 'thinking', lines: 1, situation: [message('friend')] }, [
      safe('respect', END),
      thinkAgain('post-anyway', 'concerned'),
      thinkAgain('group-chat', 'thinking'),
    ]),
  ],
);
