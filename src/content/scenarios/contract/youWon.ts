import { END } from '../../types';
import { choose, request, safe, scenario, thinkAgain } from '../scenarioBuilder';
import { popupCloseStep } from '../popupCloseStep';

/**
 * Practice: the prize pop-up on the laptop, then a second one that begs Leo
 * to stay. Each closes by its small ✕; its big button plays out (a form that
 * wants his address, his number sent), and Tiko rewinds.
 */
const closeThePopups = popupCloseStep({ popups: ['prize', 'stay'], tone: 'prize', next: 'again' });

/**
 * A "You won a tablet!" pop-up asks for personal details, then begs Leo to
 * stay and keep the prize secret. The safe path is to close it by its real ✕,
 * give nothing, and show a grown-up, secret or not.
 */
export const contractYouWon = scenario(
  { family: 'contract', id: 'contract-you-won', setting: 'pop-up', messages: ['scams', 'private'], help: ['trustedAdult', 'helpline'] },
  [
    choose('popup', { mood: 'talking', lines: 2, situation: [request()] }, [
      thinkAgain('fill', 'concerned'),
      safe('close', 'close-it'),
      thinkAgain('peek', 'thinking'),
    ]),
    closeThePopups,
    choose('again', { mood: 'thinking', lines: 1, situation: [request()] }, [
      safe('close-tell', END),
      thinkAgain('phone', 'concerned'),
      thinkAgain('quiet', 'thinking'),
    ]),
  ],
);
