import { END, type PracticeStep } from '../../types';
import { choose, message, request, safe, scenario, thinkAgain, type ScenarioKey } from '../scenarioBuilder';

/**
 * Practice: in the game's screen between rounds, set a break reminder, "stop
 * after this round" and no automatic next round. The big "Next round!" plays
 * out: one more round turns into many.
 */
const breakSettings = (k: ScenarioKey): PracticeStep => ({
  kind: 'practice',
  id: 'settings',
  mood: 'talking',
  lines: [k('settings.line1')],
  situation: [],
  task: {
    task: 'break-reminder',
    app: 'game-settings',
    game: k('settings.game'),
    instruction: k('settings.instruction'),
    rows: [
      {
        id: 'reminder',
        label: k('settings.reminder.label'),
        options: [
          { id: 'off', label: k('settings.off') },
          { id: '30', label: k('settings.reminder.every30') },
          { id: '60', label: k('settings.reminder.every60') },
        ],
        initial: 'off',
        safe: ['30', '60'],
      },
      {
        id: 'stop-after',
        label: k('settings.stopAfter'),
        options: [
          { id: 'off', label: k('settings.off') },
          { id: 'on', label: k('settings.on') },
        ],
        initial: 'off',
        safe: ['on'],
      },
      {
        id: 'autoplay',
        label: k('settings.autoplay'),
        options: [
          { id: 'on', label: k('settings.on') },
          { id: 'off', label: k('settings.off') },
        ],
        initial: 'on',
        safe: ['off'],
      },
    ],
    playOn: {
      id: 'play-on',
      label: k('settings.playOn.label'),
      result: k('settings.playOn.result'),
      outcome: [k('settings.playOn.outcome1'), k('settings.playOn.outcome2')],
    },
  },
  outcome: [k('settings.outcome1'), k('settings.outcome2')],
  next: END,
});

/**
 * It is late and the child keeps playing "one more round" while feeling tired.
 * The safe path: stop for today, choose playing time with the family, and set
 * the game up to help (done in the app). Everyone has a right to play and a
 * right to rest.
 */
export const conductScreenTime = scenario(
  { family: 'conduct', id: 'conduct-screen-time', setting: 'game-lobby', messages: ['balance', 'rights'], help: ['trustedAdult'] },
  [
    choose('late', { mood: 'talking', lines: 2, situation: [request(), message('teammate')] }, [
      thinkAgain('one-more', 'thinking', 2),
      safe('stop', 'plan', { outcomes: 2 }),
      thinkAgain('hide', 'concerned', 2),
    ]),
    choose('plan', { mood: 'thinking', lines: 1, situation: [request()] }, [
      safe('agree', 'settings', { outcomes: 2 }),
      thinkAgain('no-limit', 'thinking', 2),
      thinkAgain('quit', 'thinking', 2),
    ]),
    breakSettings,
  ],
);
