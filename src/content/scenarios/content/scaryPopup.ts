import { END } from '../../types';
import { choose, notice, request, safe, scenario, thinkAgain } from '../scenarioBuilder';
import { popupCloseStep } from '../popupCloseStep';

/**
 * Practice: Zara closes the flashing "virus" box herself by its small ✕,
 * and the "are you sure?" box after it. "Scan now" and "Stay protected"
 * play out (an unknown program starts to install), and Tiko rewinds.
 */
const closeThePopups = popupCloseStep({ popups: ['virus', 'sure'], tone: 'alarm', playsOut: 'installing', next: 'update' });

/**
 * While searching for homework, a flashing pop-up claims the device has a
 * virus. The safe path: press nothing inside it, call a grown-up, close it
 * by its real ✕, and keep the device updated through its own settings.
 */
export const contentScaryPopup = scenario(
  { family: 'content', id: 'content-scary-popup', setting: 'pop-up', messages: ['devices', 'trust'], help: ['trustedAdult'] },
  [
    choose('popup', { mood: 'talking', lines: 2, situation: [request('sender')] }, [
      thinkAgain('click-fix', 'concerned'),
      thinkAgain('hide', 'thinking'),
      safe('ask-dad', 'close-it'),
    ]),
    closeThePopups,
    choose('update', { mood: 'thinking', lines: 1, situation: [notice()] }, [
      thinkAgain('skip', 'thinking'),
      safe('install', END),
      thinkAgain('popup-update', 'concerned'),
    ]),
  ],
);
