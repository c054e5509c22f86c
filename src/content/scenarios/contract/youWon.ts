import { END } from '../../types';
import { choose, request, safe, scenario, thinkAgain } from '../scenarioBuilder';

/**
 * A "You won a tablet!" pop-up asks for personal details, then comes back
 * asking for "just" a phone number and a secret. The safe path is to close
 * it without clicking inside, give nothing, and show a grown-up.
 */
export const contractYouWon = scenario(
  { family: 'contract', id: 'contract-you-won', setting: 'pop-up', messages: ['scams', 'private'], help: ['trustedAdult', 'helpline'] },
  [
    choose('popup', { mood: 'talking', lines: 2, situation: [request()] }, [
      thinkAgain('fill', 'concerned'),
      safe('close', 'again'),
      thinkAgain('peek', 'thinking'),
    ]),
    choose('again', { mood: 'thinking', lines: 1, situation: [request()] }, [
      safe('close-tell', END),
      thinkAgain('phone', 'concerned'),
      thinkAgain('quiet', 'thinking'),
    ]),
  ],
);
