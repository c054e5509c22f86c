import type { UiContext } from '../context';
import { countFirstPick, parseTally, type Tally } from '../../engine/kioskTally';

/** The one key the kiosk keeps across visitors, and only when the event turned the tally on. */
export const TALLY_KEY = 'tiko-kiosk-tally';

export function readTally(): Tally {
  try {
    return parseTally(localStorage.getItem(TALLY_KEY));
  } catch {
    return parseTally(null);
  }
}

function writeTally(tally: Tally): void {
  try {
    localStorage.setItem(TALLY_KEY, JSON.stringify(tally));
  } catch {
    /* storage blocked: the tally simply stays empty */
  }
}

export function clearTally(): void {
  try {
    localStorage.removeItem(TALLY_KEY);
  } catch {
    /* nothing stored */
  }
}

/**
 * Counts visits started and finished, and the first option picked at each step of each visit,
 * while kiosk.json has "tally": true. Nothing else of the visit is looked at.
 */
export function keepTally(ctx: UiContext): void {
  /** Steps already counted in this visit: only the first pick counts, not a second try. */
  let counted = new Set<string>();
  const on = () => ctx.kiosk()?.tally === true;
  const add = (change: (t: Tally) => Tally) => writeTally(change(readTally()));
  ctx.session.subscribe((state, prev) => {
    if (!on()) return;
    if (state.tour && !prev.tour) {
      counted = new Set();
      add((t) => ({ ...t, started: t.started + 1 }));
    }
    if (state.screen === 'tourEnd' && prev.screen !== 'tourEnd') add((t) => ({ ...t, finished: t.finished + 1 }));
    const runner = state.runner;
    if (state.tour && runner && runner !== prev.runner && runner.phase === 'outcome' && runner.choiceId) {
      const step = `${runner.scenarioId}/${runner.stepId}`;
      if (!counted.has(step)) {
        counted.add(step);
        add((t) => countFirstPick(t, runner.scenarioId, runner.stepId, runner.choiceId!));
      }
    }
  });
}
