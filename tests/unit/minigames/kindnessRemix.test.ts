import { describe, expect, it } from 'vitest';
import { conductGame } from '../../../src/content/minigames/conduct';
import type { KindnessRemixGame } from '../../../src/content/types';
import {
  allPlaced,
  currentRound,
  kindnessRemixReducer,
  kindnessRemixRules,
  startKindnessRemix,
  type KindnessRemixAction,
  type KindnessRemixState,
} from '../../../src/engine/minigames/kindnessRemix';
import type { CommonGameAction } from '../../../src/engine/minigames/rules';

const tiles = (kind: string, ...others: string[]) => [
  { id: kind, text: kind, kind: true },
  ...others.map((id) => ({ id, text: id, kind: false })),
];
const round = (id: string, challengeOnly = false) => ({
  id,
  from: 'f',
  target: 't',
  why: 'y',
  lines: [
    { id: 'a', mean: 'm', why: 'w', tiles: tiles('kindA', 'meanA') },
    { id: 'b', mean: 'm', why: 'w', tiles: tiles('kindB', 'meanB') },
  ],
  support: tiles('help', 'joke'),
  ...(challengeOnly ? { challengeOnly } : {}),
});
const game: KindnessRemixGame = {
  type: 'kindness-remix',
  id: 'g',
  family: 'conduct',
  title: 't',
  intro: 'i',
  messages: ['kind'],
  wrapUp: 'w',
  rounds: [round('one'), round('two', true)],
};
const run = (s: KindnessRemixState, ...actions: (KindnessRemixAction | CommonGameAction)[]) =>
  actions.reduce((st, a) => kindnessRemixReducer(game, st, a), s);
const started = (challenge = false) => run(startKindnessRemix(game), { type: 'start', challenge });

describe('kindness remix', () => {
  it('a tile goes on its own line only, can be swapped and taken out; sending waits for every line', () => {
    let s = started();
    expect(currentRound(game, s)?.id).toBe('one');
    expect(run(s, { type: 'place', line: 'a', tile: 'kindB' })).toBe(s);
    s = run(s, { type: 'place', line: 'a', tile: 'meanA' });
    expect(kindnessRemixRules.cue(started(), s)).toBe('choice');
    expect(run(s, { type: 'send' })).toBe(s);
    s = run(s, { type: 'place', line: 'a', tile: 'kindA' }, { type: 'place', line: 'b', tile: 'kindB' });
    expect(s.picks).toEqual({ a: 'kindA', b: 'kindB' });
    expect(allPlaced(currentRound(game, s)!, s)).toBe(true);
    expect(run(s, { type: 'clear', line: 'b' }).picks).toEqual({ a: 'kindA' });
  });

  it('a line that still hurts is named and comes back out; the kind ones stay', () => {
    const sent = run(started(), { type: 'place', line: 'a', tile: 'kindA' }, { type: 'place', line: 'b', tile: 'meanB' }, { type: 'send' });
    expect(sent).toMatchObject({ phase: 'stillHurts', hurts: ['b'], slips: 1 });
    const back = run(sent, { type: 'again' });
    expect(back).toMatchObject({ phase: 'remix', picks: { a: 'kindA' }, hurts: [] });
  });

  it('then a private message: a less kind one gets another go; the kind one ends the round', () => {
    const support = run(
      started(),
      { type: 'place', line: 'a', tile: 'kindA' },
      { type: 'place', line: 'b', tile: 'kindB' },
      { type: 'send' },
    );
    expect(support.phase).toBe('support');
    const again = run(support, { type: 'support', tile: 'joke' });
    expect(again).toMatchObject({ phase: 'supportAgain', support: 'joke' });
    const done = run(again, { type: 'again' }, { type: 'support', tile: 'help' });
    expect(done).toMatchObject({ phase: 'feedback', done: [{ roundId: 'one', firstTry: false }] });
    const results = run(done, { type: 'next' });
    expect(results.phase).toBe('results');
    expect(kindnessRemixRules.score(results)).toEqual({ correct: 0, total: 1 });
  });

  it('the challenge adds rounds; each new round starts empty', () => {
    let s = started(true);
    expect(s.queue).toEqual(['one', 'two']);
    s = run(
      s,
      { type: 'place', line: 'a', tile: 'kindA' },
      { type: 'place', line: 'b', tile: 'kindB' },
      { type: 'send' },
      { type: 'support', tile: 'help' },
      { type: 'next' },
    );
    expect(s).toMatchObject({ phase: 'remix', picks: {}, queue: ['two'], slips: 0 });
    expect(kindnessRemixRules.position(game, s)).toBe(2);
  });

  it('the conduct world: one kind tile per line and per private message, not always in the same place', () => {
    for (const r of conductGame.rounds) {
      for (const l of r.lines) expect(l.tiles.filter((t) => t.kind)).toHaveLength(1);
      expect(r.support.filter((t) => t.kind)).toHaveLength(1);
    }
    const places = conductGame.rounds.flatMap((r) => r.lines.map((l) => l.tiles.findIndex((t) => t.kind)));
    expect(new Set(places).size).toBeGreaterThan(1);
  });
});
