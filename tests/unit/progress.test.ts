import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/content/types';
import { UNLOCK_AFTER, finishesWorld, worldOf, worldProgress, type WorldLike } from '../../src/engine/progress';

const s = (id: string) => ({ id }) as Scenario;
const worlds: WorldLike[] = [
  { family: 'contact', scenarios: ['a1', 'a2', 'a3', 'a4', 'a5'].map(s) },
  { family: 'content', scenarios: ['b1', 'b2', 'b3', 'b4', 'b5'].map(s) },
  { family: 'conduct', scenarios: ['c1', 'c2'].map(s) },
  { family: 'contract', scenarios: [] },
];

describe('world progress', () => {
  it('opens the first world and locks the others on a first visit', () => {
    const p = worldProgress(worlds, []);
    expect(p.map((w) => w.state)).toEqual(['open', 'locked', 'locked', 'locked']);
    expect(p[1]).toMatchObject({ toUnlock: UNLOCK_AFTER, done: 0, total: 5 });
    expect(p[0]!.next?.id).toBe('a1');
  });

  it('opens the next world after three stories of the one before', () => {
    expect(worldProgress(worlds, ['a1', 'a2'])[1]).toMatchObject({ state: 'locked', toUnlock: 1 });
    expect(worldProgress(worlds, ['a1', 'a2', 'a4'])[1]).toMatchObject({ state: 'open', toUnlock: 0 });
  });

  it('asks no more of a small world than it has', () => {
    const p = worldProgress(worlds, ['a1', 'a2', 'a3', 'b1', 'b2', 'b3', 'c1', 'c2']);
    expect(p[2]!.state).toBe('finished');
    expect(p[3]!.state).toBe('locked'); // an empty world never opens
  });

  it('never closes a world that has progress', () => {
    expect(worldProgress(worlds, ['b1'])[1]!.state).toBe('open');
  });

  it('marks a world finished and points its next story back to the first', () => {
    const p = worldProgress(worlds, ['a1', 'a2', 'a3', 'a4', 'a5']);
    expect(p[0]).toMatchObject({ state: 'finished', done: 5 });
    expect(p[0]!.next?.id).toBe('a1');
  });

  it('opens everything for a teacher', () => {
    expect(worldProgress(worlds, [], true).map((w) => w.state)).toEqual(['open', 'open', 'open', 'locked']);
  });

  it('knows when a story finishes its world', () => {
    expect(finishesWorld(worlds, ['c1'], 'c2')).toBe(true);
    expect(finishesWorld(worlds, ['c1', 'c2'], 'c2')).toBe(false);
    expect(finishesWorld(worlds, [], 'c2')).toBe(false);
    expect(worldOf(worlds, 'b3')?.family).toBe('content');
  });
});
