import { END, type PracticeStep } from '../../types';
import { choose, notice, request, safe, scenario, thinkAgain, type ScenarioKey } from '../scenarioBuilder';

/**
 * Practice: the app's terms screen before "I agree". The sharing switches
 * start on: switch them off and ask Grandpa to read the terms too. "Accept
 * all" plays out: videos and location go to the app's partners.
 */
const beforeIAgree = (k: ScenarioKey): PracticeStep => ({
  kind: 'practice',
  id: 'choices',
  mood: 'talking',
  lines: [k('choices.line1')],
  situation: [],
  task: {
    task: 'terms-agree',
    instruction: k('choices.instruction'),
    app: k('app'),
    summary: k('choices.summary'),
    switches: [
      { id: 'share-videos', label: k('choices.shareVideos'), risky: true },
      { id: 'share-place', label: k('choices.sharePlace'), risky: true },
      { id: 'subtitles', label: k('choices.subtitles'), risky: false },
    ],
    grownUp: k('grandpa'),
    acceptAll: { id: 'accept-all', playsOut: k('choices.acceptAll.playsOut'), outcome: [k('choices.acceptAll.outcome')] },
  },
  outcome: [k('choices.outcome')],
  next: 'share',
});

/**
 * A new video app asks the child to tick "I agree" to very long terms. The
 * safe path is to read them with a trusted adult, switch off what shares his
 * data, understand what the rest says, and know that saying no is OK.
 */
export const contractRightsTerms = scenario(
  {
    family: 'contract',
    id: 'contract-rights-terms',
    setting: 'video-app',
    messages: ['rights', 'help', 'no'],
    help: ['trustedAdult', 'helpline'],
  },
  [
    choose('terms', { mood: 'talking', lines: 2, situation: [request()] }, [
      thinkAgain('tick-now', 'concerned'),
      thinkAgain('read-alone', 'thinking'),
      safe('ask-adult', 'choices'),
    ]),
    beforeIAgree,
    choose('share', { mood: 'thinking', lines: 1, situation: [notice()] }, [
      safe('say-no', END),
      thinkAgain('tick-anyway', 'concerned'),
      thinkAgain('hope', 'thinking'),
    ]),
  ],
);
