/**
 * The organiser's tally (kiosk.json "tally": true): how many visits started and finished, and how
 * often each option was the first one picked at each step. Counts only: no times, no order of
 * visits, no identifiers, nothing a visitor typed, so no count can be traced back to a family.
 */
export interface Tally {
  started: number;
  finished: number;
  /** "scenarioId/stepId" → choice id → how many visits picked it first there. */
  firstPicks: Record<string, Record<string, number>>;
}

export const emptyTally = (): Tally => ({ started: 0, finished: 0, firstPicks: {} });

const ID = /^[a-z0-9-]{1,80}$/;
const count = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0);

/** Whatever was stored, a tally of the right shape (ids checked, counts whole numbers). */
export function parseTally(raw: string | null): Tally {
  const tally = emptyTally();
  if (!raw) return tally;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return tally;
  }
  if (typeof data !== 'object' || data === null) return tally;
  const d = data as Record<string, unknown>;
  tally.started = count(d.started);
  tally.finished = count(d.finished);
  if (typeof d.firstPicks === 'object' && d.firstPicks !== null)
    for (const [step, picks] of Object.entries(d.firstPicks as Record<string, unknown>)) {
      const [scenario, stepId] = step.split('/');
      if (!scenario || !stepId || !ID.test(scenario) || !ID.test(stepId) || typeof picks !== 'object' || picks === null) continue;
      for (const [choice, n] of Object.entries(picks as Record<string, unknown>))
        if (ID.test(choice) && count(n) > 0) (tally.firstPicks[step] ??= {})[choice] = count(n);
    }
  return tally;
}

export function countFirstPick(tally: Tally, scenarioId: string, stepId: string, choiceId: string): Tally {
  const step = `${scenarioId}/${stepId}`;
  const picks = { ...tally.firstPicks[step] };
  picks[choiceId] = (picks[choiceId] ?? 0) + 1;
  return { ...tally, firstPicks: { ...tally.firstPicks, [step]: picks } };
}

const cell = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

/** One row per count, ids rather than words, so a spreadsheet can sort and sum it in any language. */
export function tallyCsv(tally: Tally): string {
  const rows: (string | number)[][] = [
    ['what', 'scenario', 'step', 'choice', 'count'],
    ['visits started', '', '', '', tally.started],
    ['visits finished', '', '', '', tally.finished],
  ];
  for (const step of Object.keys(tally.firstPicks).sort()) {
    const [scenario, stepId] = step.split('/');
    const picks = tally.firstPicks[step]!;
    for (const choice of Object.keys(picks).sort()) rows.push(['first choice', scenario!, stepId!, choice, picks[choice]!]);
  }
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
