import { END, type PracticeStep } from '../../types';
import { choose, notice, request, safe, scenario, thinkAgain, type ScenarioKey } from '../scenarioBuilder';

/**
 * Practice: Zara closes the flashing "virus" box herself by its small ✕,
 * and the "are you sure?" box after it. "Scan now" and "Stay protected"
 * play out (an unknown program starts to install), and Tiko rewinds.
 */
const closeThePopups = (k: ScenarioKey): PracticeStep => ({
  kind: 'practice',
  id: 'close-it',
  mood: 'talking',
  lines: [k('closeIt.line1')],
  situation: [],
  task: {
    task: 'popup-close',
    instruction: k('closeIt.instruction'),
    page: k('closeIt.page'),
    popups: ['virus', 'sure'].map((id) => ({
      id,
      tone: 'alarm' as const,
      title: k(`closeIt.${id}.title`),
      body: k(`closeIt.${id}.body`),
      trap: { id: `${id}-trap`, label: k(`closeIt.${id}.trap`), playsOut: k('closeIt.installing'), outcome: [k(`closeIt.${id}.outcome`)] },
    })),
  },
  outcome: [k('closeIt.outcome')],
  next: 'update',
});

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
