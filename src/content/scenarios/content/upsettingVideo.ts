import { END } from '../../types';
import { choose, notice, safe, scenario, thinkAgain } from '../scenarioBuilder';

/**
 * An autoplaying video makes Leo feel scared. The child sees the feeling,
 * never the video. The safe path: close it, report it, tell a trusted adult.
 */
export const contentUpsettingVideo = scenario(
  { family: 'content', id: 'content-upsetting-video', setting: 'video-app', messages: ['upsetting', 'respond', 'help'] },
  [
    choose('autoplay', { mood: 'talking', lines: 2, situation: [notice()] }, [
      thinkAgain('keep-watching', 'concerned'),
      safe('close', 'after'),
      thinkAgain('send-friend', 'thinking'),
    ]),
    choose('after', { mood: 'thinking', lines: 1, situation: [notice()] }, [
      safe('report-tell', END),
      thinkAgain('keep-quiet', 'thinking'),
      thinkAgain('watch-again', 'concerned'),
    ]),
  ],
);
