/**
 * A class votes with raised hands; the teacher types the counts. Numbers only,
 * kept for the lesson and never stored.
 */
export type Votes = Readonly<Record<string, number>>;

export const MAX_VOTES = 99;

/** What a typed count became, so the teacher is told when it was changed, never silently. */
export interface CleanCount {
  count: number;
  /** The count typed was above the most a row can hold, and was lowered to it. */
  capped: boolean;
}

export function cleanCount(count: number): CleanCount {
  if (!Number.isFinite(count)) return { count: 0, capped: false };
  const whole = Math.max(0, Math.round(count));
  return whole > MAX_VOTES ? { count: MAX_VOTES, capped: true } : { count: whole, capped: false };
}

export function setVote(votes: Votes, choiceId: string, count: number): Votes {
  return { ...votes, [choiceId]: cleanCount(count).count };
}

export interface VoteBar {
  choiceId: string;
  count: number;
  /** 0 to 1 of all votes, for the width of the bar. */
  share: number;
}

export function voteSpread(votes: Votes, choiceIds: readonly string[]): { bars: VoteBar[]; total: number } {
  const total = choiceIds.reduce((n, id) => n + (votes[id] ?? 0), 0);
  return {
    total,
    bars: choiceIds.map((choiceId) => {
      const count = votes[choiceId] ?? 0;
      return { choiceId, count, share: total ? count / total : 0 };
    }),
  };
}

/** The class's own choice: the most hands among those not tried yet (the first on a tie), else the fallback. */
export function classPick(votes: Votes, choiceIds: readonly string[], tried: readonly string[], fallback: string): string {
  let best: string | null = null;
  for (const id of choiceIds) {
    if (tried.includes(id) || !(votes[id] ?? 0)) continue;
    if (best === null || (votes[id] ?? 0) > (votes[best] ?? 0)) best = id;
  }
  return best ?? fallback;
}

/** How a running total of hands compares with the class size the teacher gave. */
export type TotalCheck = 'none' | 'under' | 'match' | 'over';

export function checkTotal(total: number, classSize: number | null): TotalCheck {
  if (total === 0) return 'none';
  if (!classSize) return 'under';
  return total === classSize ? 'match' : total > classSize ? 'over' : 'under';
}

/** The stages of a class at one step, in order: a step back goes one to the left. */
export const REVEAL_ORDER = ['think', 'vote', 'chart', 'answer', 'do'] as const;
export type Reveal = (typeof REVEAL_ORDER)[number];

export function revealBefore(stage: Reveal): Reveal | null {
  const i = REVEAL_ORDER.indexOf(stage);
  return i > 0 ? REVEAL_ORDER[i - 1]! : null;
}
