/**
 * Realistic timings for a class lesson, from the stories' own steps: one vote round
 * per step (think, count, bars and reasons, the answer), a practice step done by the
 * teacher, and the discussion. A 45-minute lesson then holds two or three stories
 * and the mini-game, as the lesson plans promise.
 */
import type { Scenario, World } from '../content';

/** Minutes, as a teacher would plan them; a second vote round is optional. */
export const MINUTES = {
  intro: 1,
  voteRound: 3,
  secondRound: 2,
  practice: 3,
  discussion: 3,
  warmUp: 3,
  miniGame: 8,
  wrapUp: 3,
} as const;

export function storyMinutes(scenario: Scenario): number {
  const steps = scenario.steps.reduce((n, s) => n + (s.kind === 'practice' ? MINUTES.practice : MINUTES.voteRound), 0);
  return MINUTES.intro + steps + MINUTES.discussion;
}

export interface LessonPlan {
  stories: Scenario[];
  total: number;
}

/** The world's stories, in order, that fit the lesson beside the warm-up, the mini-game and the wrap-up. */
export function lessonPlan(world: World, lessonMinutes = 45): LessonPlan {
  const fixed = MINUTES.warmUp + MINUTES.miniGame + MINUTES.wrapUp;
  const stories: Scenario[] = [];
  let total = fixed;
  for (const s of world.scenarios) {
    const m = storyMinutes(s);
    if (total + m > lessonMinutes) break;
    stories.push(s);
    total += m;
  }
  return { stories, total };
}
