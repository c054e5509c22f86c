/**
 * Which worlds are open, finished and badged, from the ids of finished
 * scenarios alone. Worlds open in order so a child meets the easiest first,
 * but a world once opened never closes again, and a teacher opens them all.
 */
import type { RiskFamily, Scenario } from '../content/types';

/** Stories to finish in a world before the next one opens. */
export const UNLOCK_AFTER = 3;

export type WorldState = 'locked' | 'open' | 'finished';

export interface WorldLike {
  family: RiskFamily;
  scenarios: Scenario[];
}

export interface WorldProgress {
  family: RiskFamily;
  state: WorldState;
  done: number;
  total: number;
  /** How many more stories the world before needs before this one opens. */
  toUnlock: number;
  /** The first story not yet finished, or the first story when all are. */
  next: Scenario | undefined;
}

export function worldProgress(worlds: WorldLike[], completed: readonly string[], allOpen = false): WorldProgress[] {
  const finished = new Set(completed);
  const counts = worlds.map((w) => w.scenarios.filter((s) => finished.has(s.id)).length);
  return worlds.map((world, i) => {
    const done = counts[i]!;
    const total = world.scenarios.length;
    const previous = i > 0 ? worlds[i - 1]! : undefined;
    const needed = previous ? Math.min(UNLOCK_AFTER, previous.scenarios.length) : 0;
    const toUnlock = previous ? Math.max(0, needed - counts[i - 1]!) : 0;
    const open = total > 0 && (allOpen || toUnlock === 0 || done > 0);
    const state: WorldState = !open ? 'locked' : done === total ? 'finished' : 'open';
    const next = world.scenarios.find((s) => !finished.has(s.id)) ?? world.scenarios[0];
    return { family: world.family, state, done, total, toUnlock, next };
  });
}

/** The world a scenario belongs to. */
export function worldOf<W extends WorldLike>(worlds: W[], scenarioId: string): W | undefined {
  return worlds.find((w) => w.scenarios.some((s) => s.id === scenarioId));
}

/** True when finishing `scenarioId` completes its world: the moment for a badge. */
export function finishesWorld(worlds: WorldLike[], completedBefore: readonly string[], scenarioId: string): boolean {
  const world = worldOf(worlds, scenarioId);
  if (!world || completedBefore.includes(scenarioId)) return false;
  const after = new Set([...completedBefore, scenarioId]);
  return world.scenarios.every((s) => after.has(s.id));
}
