import { END } from '../../types';
import { choose, notice, request, safe, scenario, thinkAgain } from '../scenarioBuilder';

/**
 * While searching for homework, a flashing pop-up claims the device has a
 * virus. The safe path: don't click, let a grown-up close it, and keep the
 * device updated through its own settings, never through a pop-up.
 */
export const contentScaryPopup = scenario(
  { family: 'content', id: 'content-scary-popup', setting: 'pop-up', messages: ['devices', 'trust'], help: ['trustedAdult'] },
  [
    choose('popup', { mood: 'talking', lines: 2, situation: [request('sender')] }, [
      thinkAgain('click-fix', 'concerned'),
      thinkAgain('hide', 'thinking'),
      safe('ask-dad', 'update'),
    ]),
    choose('update', { mood: 'thinking', lines: 1, situation: [notice()] }, [
      thinkAgain('skip', 'thinking'),
      safe('install', END),
      thinkAgain('popup-update', 'concerned'),
    ]),
  ],
);
