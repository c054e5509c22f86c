import { END, type PracticeStep } from '../../types';
import { choose, notice, safe, scenario, thinkAgain, type ScenarioKey } from '../scenarioBuilder';

/**
 * Practice: in the pretend video app, stop the video and make it go away with
 * "Don't show me this" or a report. Playing the next one, or sending it to a
 * friend, plays out and Tiko rewinds. The video itself is never shown.
 */
const stopTheVideo = (k: ScenarioKey): PracticeStep => ({
  kind: 'practice',
  id: 'stop',
  mood: 'talking',
  lines: [k('stop.line1')],
  situation: [],
  task: {
    task: 'video-report',
    app: 'video',
    channel: k('stop.channel'),
    title: k('stop.title'),
    instruction: k('stop.instruction'),
    reasons: [
      { id: 'scary', label: k('stop.reasons.scary') },
      { id: 'not-for-kids', label: k('stop.reasons.notForKids') },
      { id: 'other', label: k('stop.reasons.other') },
    ],
    upNext: { id: 'play-next', title: k('stop.playNext.title'), outcome: [k('stop.playNext.outcome1')] },
    share: { id: 'share', friend: k('stop.share.friend'), answer: k('stop.share.answer'), outcome: [k('stop.share.outcome1')] },
  },
  outcome: [k('stop.outcome1')],
  next: 'after',
});

/**
 * An autoplaying video makes Leo feel scared. The child sees the feeling,
 * never the video. The safe path: stop it, make the app stop showing it, and
 * tell a trusted adult.
 */
export const contentUpsettingVideo = scenario(
  {
    family: 'content',
    id: 'content-upsetting-video',
    setting: 'video-app',
    messages: ['upsetting', 'respond', 'help'],
    help: ['trustedAdult', 'reportButton', 'helpline'],
  },
  [
    choose('autoplay', { mood: 'talking', lines: 2, situation: [notice()] }, [
      thinkAgain('keep-watching', 'concerned', 1),
      safe('close', 'stop', { outcomes: 1 }),
      thinkAgain('send-friend', 'thinking', 1),
    ]),
    stopTheVideo,
    choose('after', { mood: 'thinking', lines: 1, situation: [notice()] }, [
      safe('tell-mum', END, { outcomes: 1 }),
      thinkAgain('keep-quiet', 'thinking', 1),
      thinkAgain('watch-again', 'concerned', 1),
    ]),
  ],
);
