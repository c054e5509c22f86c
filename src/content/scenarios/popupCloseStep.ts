import type { PopupToClose, PracticeStep } from '../types';
import type { ScenarioKey } from './scenarioBuilder';

export interface PopupCloseSpec {
  /** The pop-ups, in the order they come. */
  popups: string[];
  tone: PopupToClose['tone'];
  /** What a big button sets off: one line for every pop-up (`closeIt.<playsOut>`), or each pop-up's own (`closeIt.<pop-up>.playsOut`). */
  playsOut?: string;
  next: string;
}

/**
 * The practice step where pop-ups come one after another, each closed by its
 * small ✕, its big button playing out. Its words sit under `closeIt`:
 * line1, instruction, page, outcome, and for each pop-up title, body, trap, outcome.
 */
export const popupCloseStep =
  (spec: PopupCloseSpec) =>
  (k: ScenarioKey): PracticeStep => ({
    kind: 'practice',
    id: 'close-it',
    mood: 'talking',
    lines: [k('closeIt.line1')],
    situation: [],
    task: {
      task: 'popup-close',
      instruction: k('closeIt.instruction'),
      page: k('closeIt.page'),
      popups: spec.popups.map((id) => ({
        id,
        tone: spec.tone,
        title: k(`closeIt.${id}.title`),
        body: k(`closeIt.${id}.body`),
        trap: {
          id: `${id}-trap`,
          label: k(`closeIt.${id}.trap`),
          playsOut: k(spec.playsOut ? `closeIt.${spec.playsOut}` : `closeIt.${id}.playsOut`),
          outcome: [k(`closeIt.${id}.outcome`)],
        },
      })),
    },
    outcome: [k('closeIt.outcome')],
    next: spec.next,
  });
