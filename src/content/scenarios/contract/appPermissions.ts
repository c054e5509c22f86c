import { END } from '../../types';
import { choose, request, safe, scenario, thinkAgain } from '../scenarioBuilder';

/**
 * A new drawing app (for sharing pictures with the class) asks for the
 * child's location and contacts, then the microphone. The safe path is to ask
 * what the app really needs, allow only that, and decide with a grown-up.
 */
export const contractAppPermissions = scenario(
  { family: 'contract', id: 'contract-app-permissions', setting: 'photo-sharing', messages: ['private', 'rights'], help: ['trustedAdult'] },
  [
    choose('ask', { mood: 'talking', lines: 2, situation: [request('app', 'location'), request('app', 'contacts')] }, [
      thinkAgain('allow-all', 'concerned'),
      safe('needs', 'mic'),
      thinkAgain('friends-only', 'thinking'),
    ]),
    choose('mic', { mood: 'thinking', lines: 1, situation: [request('app')] }, [
      thinkAgain('allow', 'concerned'),
      safe('ask-adult', END),
      thinkAgain('any-button', 'thinking'),
    ]),
  ],
);
