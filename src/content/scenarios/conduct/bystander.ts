import { END, type PracticeStep } from '../../types';
import { choose, message, notice, safe, scenario, thinkAgain, type ScenarioKey } from '../scenarioBuilder';

/**
 * Practice: write to Leo from phrase tiles, never typing. An unkind tile or a
 * "get back at them" tile plays out in Leo's answer; "Forward photo" in the
 * group's banner plays out too: the photo spreads.
 */
const kindMessage = (k: ScenarioKey): PracticeStep => ({
  kind: 'practice',
  id: 'kind',
  mood: 'talking',
  lines: [k('kind.line1')],
  situation: [],
  task: {
    task: 'phrase-tiles',
    app: 'chat',
    contact: k('target'),
    instruction: k('kind.instruction'),
    messages: [{ from: k('target'), text: k('kind.earlier') }],
    banner: { from: k('kind.group'), text: k('photo.message') },
    shortcuts: [
      {
        id: 'forward',
        label: k('kind.forward.label'),
        result: k('kind.forward.result'),
        outcome: [k('kind.forward.outcome1'), k('kind.forward.outcome2')],
      },
    ],
    tiles: [
      { id: 'hi', label: k('kind.tiles.hi') },
      { id: 'nose', label: k('kind.tiles.nose'), lessSafe: 'unkind' },
      { id: 'not-ok', label: k('kind.tiles.notOk') },
      { id: 'revenge', label: k('kind.tiles.revenge'), lessSafe: 'revenge' },
      { id: 'all-right', label: k('kind.tiles.allRight') },
      { id: 'side', label: k('kind.tiles.side') },
    ],
    minTiles: 2,
    maxTiles: 4,
    lessSafe: [
      { id: 'unkind', answer: k('kind.unkind.answer'), outcome: [k('kind.unkind.outcome1'), k('kind.unkind.outcome2')] },
      { id: 'revenge', answer: k('kind.revenge.answer'), outcome: [k('kind.revenge.outcome1'), k('kind.revenge.outcome2')] },
    ],
    answer: k('kind.answer'),
  },
  outcome: [k('kind.outcome1'), k('kind.outcome2')],
  next: 'tell',
});

/**
 * Classmates laugh at an edited photo of another pupil in the class group
 * chat. The photo itself is never shown, only the signs. The safe path: don't
 * join in or share, support the target privately (built from tiles in the
 * app), report and tell a grown-up.
 */
export const conductBystander = scenario(
  { family: 'conduct', id: 'conduct-bystander', setting: 'group-chat', messages: ['bullying', 'kind'] },
  [
    choose('photo', { mood: 'talking', lines: 2, situation: [message('sender'), notice()] }, [
      safe('support', 'kind', { outcomes: 1 }),
      thinkAgain('laugh', 'concerned', 2),
      thinkAgain('share', 'concerned', 2),
    ]),
    kindMessage,
    choose('tell', { mood: 'thinking', lines: 1, situation: [message('sender')] }, [
      thinkAgain('later', 'thinking', 2),
      safe('tell-teacher', END, { outcomes: 2 }),
      thinkAgain('fight-back', 'concerned', 2),
    ]),
  ],
);
