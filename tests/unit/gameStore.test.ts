/**
 * The persisted store's own actions, in memory (how it talks to storage is in storage.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { WORLDS } from '../../src/content';
import { createGameStore } from '../../src/state/gameStore';
import { DEFAULT_SETTINGS } from '../../src/state/savedState';
import { playTogetherOn } from '../../src/state/playTogether';

const [first, second] = WORLDS[0]!.scenarios;
const fresh = () => createGameStore({ storage: null });

describe('the game store', () => {
  it('starts with the default settings and no progress', () => {
    const state = fresh().getState();
    expect(state.settings).toEqual(DEFAULT_SETTINGS);
    expect(state.progress).toEqual({ completed: [], games: [], current: null });
  });

  it('records a finished story once, and forgets the position in it', () => {
    const game = fresh();
    game.getState().setPosition({ scenarioId: first!.id, stepId: first!.start });
    game.getState().completeScenario(first!.id);
    game.getState().completeScenario(first!.id);
    game.getState().completeScenario(second!.id);
    expect(game.getState().progress).toEqual({ completed: [first!.id, second!.id], games: [], current: null });
  });

  it('records a finished mini-game once, and leaves the position alone', () => {
    const game = fresh();
    const position = { scenarioId: first!.id, stepId: first!.start };
    game.getState().setPosition(position);
    game.getState().completeGame(WORLDS[0]!.game.id);
    const before = game.getState();
    game.getState().completeGame(WORLDS[0]!.game.id);
    expect(game.getState()).toBe(before);
    expect(game.getState().progress).toEqual({ completed: [], games: [WORLDS[0]!.game.id], current: position });
  });

  it('keeps volumes between 0 and 1, and a nonsense volume silent', () => {
    const game = fresh();
    game.getState().setVolume('musicVolume', 3);
    game.getState().setVolume('effectsVolume', -1);
    expect(game.getState().settings).toMatchObject({ musicVolume: 1, effectsVolume: 0 });
    game.getState().setVolume('musicVolume', Number.NaN);
    expect(game.getState().settings.musicVolume).toBe(0);
  });

  it('changes one setting at a time', () => {
    const game = fresh();
    game.getState().setLanguage('zh');
    game.getState().setSound(false);
    game.getState().setTextSize('larger');
    game.getState().setReducedMotion(true);
    game.getState().setHighContrast(false);
    game.getState().setPlayTogether(true);
    expect(game.getState().settings).toEqual({
      ...DEFAULT_SETTINGS,
      language: 'zh',
      sound: false,
      textSize: 'larger',
      reducedMotion: true,
      highContrast: false,
      playTogether: true,
    });
  });

  it("play together follows the place until the family chooses: off at home, the event's setting at a kiosk, never in class", () => {
    const { settings } = fresh().getState();
    expect(playTogetherOn(settings, 'home')).toBe(false);
    expect(playTogetherOn(settings, 'home', true)).toBe(false);
    expect(playTogetherOn(settings, 'kiosk', true)).toBe(true);
    expect(playTogetherOn(settings, 'kiosk', false)).toBe(false);
    expect(playTogetherOn({ playTogether: false }, 'kiosk', true)).toBe(false);
    expect(playTogetherOn({ playTogether: true }, 'kiosk', false)).toBe(true);
    expect(playTogetherOn({ playTogether: true }, 'home')).toBe(true);
    expect(playTogetherOn({ playTogether: true }, 'class')).toBe(false);
  });

  it('deleting progress keeps the settings', () => {
    const game = fresh();
    game.getState().setLanguage('es');
    game.getState().completeScenario(first!.id);
    game.getState().completeGame(WORLDS[0]!.game.id);
    game.getState().setPosition({ scenarioId: second!.id, stepId: second!.start });
    game.getState().deleteProgress();
    expect(game.getState().progress).toEqual({ completed: [], games: [], current: null });
    expect(game.getState().settings.language).toBe('es');
  });
});
