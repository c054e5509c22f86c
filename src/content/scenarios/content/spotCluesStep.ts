import type { CluePart, CluesDecision, PracticeStep, SpotCluesTask } from '../../types';
import { camel, type ScenarioKey } from '../scenarioBuilder';

export interface SpotCluesSpec {
  id: string;
  app: SpotCluesTask['app'];
  /** Each part's id, where it sits, and whether it is a clue. */
  parts: [id: string, place: CluePart['place'], clue: boolean][];
  /** The tempting decisions, each with how many lines play out in the app. */
  lessSafe: [id: string, playoutLines: number][];
  safe: string;
  next: string;
}

/**
 * A spot-the-clues practice step from its shape alone; its words sit under
 * `<step>.`: line1, place, headline, instruction, outcome1,
 * `parts.<part>.text` (and `.clue` for a clue), `<decision>.label`, then
 * `.result` for the safe one or `.playout1..n` and `.outcome1` for a tempting one.
 */
export function spotCluesStep(spec: SpotCluesSpec): (k: ScenarioKey) => PracticeStep {
  return (k) => {
    const at = (path: string) => k(`${camel(spec.id)}.${path}`);
    const lessSafe = spec.lessSafe.map(([id, lines]): CluesDecision => ({
      id,
      kind: 'less-safe',
      label: at(`${camel(id)}.label`),
      playout: Array.from({ length: lines }, (_, i) => at(`${camel(id)}.playout${i + 1}`)),
      outcome: [at(`${camel(id)}.outcome1`)],
    }));
    return {
      kind: 'practice',
      id: spec.id,
      mood: 'talking',
      lines: [at('line1')],
      situation: [],
      task: {
        task: 'spot-clues',
        app: spec.app,
        place: at('place'),
        headline: at('headline'),
        instruction: at('instruction'),
        parts: spec.parts.map(([id, place, clue]) => ({
          id,
          text: at(`parts.${camel(id)}.text`),
          place,
          ...(clue ? { clue: at(`parts.${camel(id)}.clue`) } : {}),
        })),
        decisions: [
          ...lessSafe,
          { id: spec.safe, kind: 'safe', label: at(`${camel(spec.safe)}.label`), result: at(`${camel(spec.safe)}.result`) },
        ],
      },
      outcome: [at('outcome1')],
      next: spec.next,
    };
  };
}
