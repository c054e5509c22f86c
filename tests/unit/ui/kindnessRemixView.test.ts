// @vitest-environment happy-dom
/**
 * The kindness remix's view: each hurtful line is a slot, its tiles are buttons that put
 * themselves on it (tapped or dragged), a placed tile taps back out, a line that still hurts
 * is named, and the private message is a plain choice.
 */
import { describe, expect, it } from 'vitest';
import { conductGame as game } from '../../../src/content/minigames/conduct';
import type { MiniGameAction } from '../../../src/engine/miniGame';
import { kindnessRemixReducer, startKindnessRemix, type KindnessRemixState } from '../../../src/engine/minigames/kindnessRemix';
import { kindnessRemixView } from '../../../src/ui/minigames/kindnessRemixView';
import { dragOnto, fakeContext, mount } from './miniGameFakes';

const at = (...actions: MiniGameAction[]): KindnessRemixState =>
  actions.reduce<KindnessRemixState>((s, a) => kindnessRemixReducer(game, s, a as never), startKindnessRemix(game));
const round = game.rounds[0]!;
const kind = (i: number) => round.lines[i]!.tiles.find((t) => t.kind)!;
const unkind = (i: number) => round.lines[i]!.tiles.find((t) => !t.kind)!;

describe('kindness remix view', () => {
  it('each line is a slot on the stage; its tiles in the panel put themselves on it', () => {
    const { ctx, gameAct } = fakeContext();
    const state = at({ type: 'start', challenge: false });
    const root = mount(kindnessRemixView.stage(ctx, game, state), kindnessRemixView.panel(ctx, game, state));
    expect([...root.querySelectorAll<HTMLElement>('.kr-line')].map((l) => l.dataset.line)).toEqual(round.lines.map((l) => l.id));
    const tiles = [...root.querySelectorAll<HTMLButtonElement>('.kr-tile')];
    expect(tiles).toHaveLength(round.lines.reduce((n, l) => n + l.tiles.length, 0));
    tiles[0]!.click();
    expect(gameAct).toHaveBeenLastCalledWith({ type: 'place', line: tiles[0]!.dataset.forLine, tile: tiles[0]!.dataset.tile });
    // Grouped and named per line, for a screen reader.
    expect(root.querySelectorAll('.kr-tray[role=group][aria-label]')).toHaveLength(round.lines.length);
  });

  it('a tile dragged onto its line is placed there', () => {
    const { ctx, gameAct } = fakeContext();
    const state = at({ type: 'start', challenge: false });
    const root = mount(kindnessRemixView.stage(ctx, game, state), kindnessRemixView.panel(ctx, game, state));
    const line = round.lines[1]!;
    const tile = root.querySelector<HTMLElement>(`[data-for-line=${line.id}][data-tile=${kind(1).id}]`)!;
    dragOnto(tile, root.querySelector<HTMLElement>(`.kr-line[data-line=${line.id}]`)!);
    expect(gameAct.mock.calls).toEqual([[{ type: 'place', line: line.id, tile: kind(1).id }]]);
  });

  it('a placed tile is pressed, shows on its line and taps back out; Send waits for every line', () => {
    const { ctx, gameAct } = fakeContext();
    const one = at({ type: 'start', challenge: false }, { type: 'place', line: round.lines[0]!.id, tile: kind(0).id });
    let root = mount(kindnessRemixView.stage(ctx, game, one), kindnessRemixView.panel(ctx, game, one));
    expect(root.querySelector(`[data-tile=${kind(0).id}]`)?.getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector('[data-focus-id=remix-send]')?.getAttribute('aria-disabled')).toBe('true');
    root.querySelector<HTMLButtonElement>('.kr-placed')!.click();
    expect(gameAct).toHaveBeenLastCalledWith({ type: 'clear', line: round.lines[0]!.id });
    const both = kindnessRemixReducer(game, one, { type: 'place', line: round.lines[1]!.id, tile: unkind(1).id });
    root = mount(kindnessRemixView.panel(ctx, game, both));
    expect(root.querySelector('[data-focus-id=remix-send]')?.getAttribute('aria-disabled')).toBeNull();
  });

  it('a line that still hurts is named with its reason, in at most two sentences', () => {
    const { ctx, gameAct } = fakeContext();
    const state = at(
      { type: 'start', challenge: false },
      { type: 'place', line: round.lines[0]!.id, tile: kind(0).id },
      { type: 'place', line: round.lines[1]!.id, tile: unkind(1).id },
      { type: 'send' },
    );
    const root = mount(kindnessRemixView.stage(ctx, game, state), kindnessRemixView.panel(ctx, game, state));
    expect(root.querySelector('.kr-hurts')?.getAttribute('data-line')).toBe(round.lines[1]!.id);
    expect(root.textContent).toContain(`[${round.lines[1]!.why}]`);
    root.querySelector<HTMLButtonElement>('[data-focus-id=remix-again]')!.click();
    expect(gameAct).toHaveBeenLastCalledWith({ type: 'again' });
  });

  it('the private message is a plain choice; the class votes on it', () => {
    const { ctx, gameAct } = fakeContext();
    const state = at(
      { type: 'start', challenge: false },
      { type: 'place', line: round.lines[0]!.id, tile: kind(0).id },
      { type: 'place', line: round.lines[1]!.id, tile: kind(1).id },
      { type: 'send' },
    );
    const root = mount(kindnessRemixView.panel(ctx, game, state));
    const choices = [...root.querySelectorAll<HTMLButtonElement>('[data-support]')];
    expect(choices).toHaveLength(round.support.length);
    choices[0]!.click();
    expect(gameAct).toHaveBeenLastCalledWith({ type: 'support', tile: choices[0]!.dataset.support });
    expect(kindnessRemixView.classVote(ctx, game, state)?.safest).toEqual([round.support.find((t) => t.kind)!.id]);
  });
});
