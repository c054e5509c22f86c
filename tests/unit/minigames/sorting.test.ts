import { describe, expect, it } from 'vitest';
import type { SortingGame } from '../../../src/content/types';
import {
  currentCard,
  sortingReducer,
  sortingScore,
  startSorting,
  type SortingAction,
  type SortingState,
} from '../../../src/engine/minigames/sorting';
import type { CommonGameAction } from '../../../src/engine/minigames/rules';

const game: SortingGame = {
  type: 'sorting',
  id: 'g',
  family: 'contact',
  title: 't',
  intro: 'i',
  bins: { first: 'a', second: 'b' },
  messages: ['private'],
  wrapUp: 'w',
  cards: [
    { id: 'c1', text: 'x', bin: 'first', why: 'y' },
    { id: 'c2', text: 'x', bin: 'second', why: 'y' },
    { id: 'c3', text: 'x', bin: 'first', why: 'y' },
  ],
};
const run = (s: SortingState, ...actions: (SortingAction | CommonGameAction)[]) =>
  actions.reduce((st, a) => sortingReducer(game, st, a), s);

describe('sorting mini-game', () => {
  it('starts with an introduction, relaxed unless the timer is chosen', () => {
    const s = startSorting(game);
    expect(s.phase).toBe('intro');
    expect(run(s, { type: 'start', timed: false })).toMatchObject({ phase: 'sort', timed: false });
    expect(run(s, { type: 'start', timed: true }).timed).toBe(true);
  });

  it('explains every card after sorting, right or not, then moves on', () => {
    let s = run(startSorting(game), { type: 'start', timed: false });
    expect(currentCard(game, s)?.id).toBe('c1');
    s = run(s, { type: 'sort', bin: 'second' });
    expect(s).toMatchObject({ phase: 'feedback', last: { cardId: 'c1', correct: false } });
    s = run(s, { type: 'next' });
    expect(currentCard(game, s)?.id).toBe('c2');
  });

  it('sends a card back to the end of the queue when time runs out, at no cost', () => {
    let s = run(startSorting(game), { type: 'start', timed: true }, { type: 'later' });
    expect(s.queue).toEqual(['c2', 'c3', 'c1']);
    expect(s.sorted).toEqual([]);
    expect(s.deferred).toBe(true);
    s = run(
      s,
      { type: 'sort', bin: 'second' },
      { type: 'next' },
      { type: 'sort', bin: 'first' },
      { type: 'next' },
      { type: 'sort', bin: 'first' },
      { type: 'next' },
    );
    expect(s.phase).toBe('results');
    expect(sortingScore(s)).toEqual({ correct: 3, total: 3 });
  });

  it('ignores actions that do not fit, and restarts', () => {
    const s = startSorting(game);
    expect(run(s, { type: 'sort', bin: 'first' })).toBe(s);
    const sorting = run(s, { type: 'start', timed: false });
    expect(run(sorting, { type: 'next' })).toBe(sorting);
    expect(run(sorting, { type: 'restart' })).toEqual(startSorting(game));
  });
});
