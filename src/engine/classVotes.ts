/**
 * A class votes with raised hands; the teacher types the counts. Numbers only,
 * kept for the lesson and never stored.
 */
export type Votes = Readonly<Record<string, number>>;

export const MAX_VOTES = 99;

export function setVote(votes: Votes, choiceId: string, count: number): Votes {
  const clean = Number.isFinite(count) ? Math.min(MAX_VOTES, Math.max(0, Math.round(count))) : 0;
  return { ...votes, [choiceId]: clean };
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
