import { describe, expect, it, vi } from 'vitest';
import { createSafeStorage, ASIDE_SUFFIX } from '../../src/state/safeStorage';
import { STORAGE_KEY, STORAGE_VERSION, sanitizeSaved } from '../../src/state/savedState';
import { createGameStore } from '../../src/state/gameStore';
import { playTogetherOn } from '../../src/state/playTogether';
import { FakeStorage } from '../support/fakeStorage';

function setup(backend: Storage | null, existing?: string) {
  if (backend && existing !== undefined) backend.setItem(STORAGE_KEY, existing);
  const warn = vi.fn();
  const storage = createSafeStorage({ currentVersion: STORAGE_VERSION, backend: () => backend, warn });
  const game = createGameStore({ storage });
  return { game, storage, warn };
}

const saved = (state: unknown, version = STORAGE_VERSION) => JSON.stringify({ state, version });

describe('progress storage', () => {
  it('saves settings and finished ids under one versioned key, and reads them back', () => {
    const backend = new FakeStorage();
    const { game } = setup(backend);
    game.getState().setLanguage('fr');
    game.getState().completeScenario('contact-friend-request');
    const raw = JSON.parse(backend.getItem(STORAGE_KEY)!);
    expect(raw.version).toBe(STORAGE_VERSION);
    expect(Object.keys(raw.state).sort()).toEqual(['progress', 'settings']);
    expect([...backend.data.keys()]).toEqual([STORAGE_KEY]);

    const again = setup(backend).game.getState();
    expect(again.settings.language).toBe('fr');
    expect(again.progress.completed).toEqual(['contact-friend-request']);
  });

  it('plays on in memory when storage is unavailable, with one warning', () => {
    const { game, warn, storage } = setup(null);
    expect(() => game.getState().setSound(false)).not.toThrow();
    expect(game.getState().settings.sound).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(storage.problems()).toEqual(['unavailable']);
  });

  it('plays on when storage throws on first touch (blocked, private mode)', () => {
    const blocked = new FakeStorage();
    blocked.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    const { game, warn } = setup(blocked);
    expect(() => game.getState().completeScenario('contact-friend-request')).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('keeps playing when storage is full, and warns once', () => {
    const backend = new FakeStorage();
    const { game, warn, storage } = setup(backend);
    backend.quota = 10;
    expect(() => {
      game.getState().setSound(false);
      game.getState().setTextSize('large');
    }).not.toThrow();
    expect(game.getState().settings.textSize).toBe('large');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(storage.problems()).toEqual(['full']);
  });

  it('starts fresh from corrupt JSON, keeping the unreadable data aside', () => {
    const backend = new FakeStorage();
    const { game, warn } = setup(backend, '{"state": {oops');
    expect(game.getState().progress.completed).toEqual([]);
    expect(backend.getItem(STORAGE_KEY + ASIDE_SUFFIX)).toBe('{"state": {oops');
    expect(warn).toHaveBeenCalledTimes(1);
    game.getState().setSound(false);
    expect(backend.getItem(STORAGE_KEY + ASIDE_SUFFIX)).toBe('{"state": {oops');
  });

  it('does not overwrite unreadable data it could not copy aside', () => {
    const backend = new FakeStorage();
    backend.setItem(STORAGE_KEY, 'not json at all');
    backend.quota = 'not json at all'.length + STORAGE_KEY.length;
    const { game } = setup(backend);
    game.getState().setSound(false);
    expect(backend.getItem(STORAGE_KEY)).toBe('not json at all');
  });

  it('keeps data from a newer version aside and starts with defaults', () => {
    const backend = new FakeStorage();
    const future = saved({ settings: { language: 'ar' }, progress: { completed: [], quests: {} } }, STORAGE_VERSION + 1);
    const { game, storage } = setup(backend, future);
    expect(game.getState().settings.language).toBeNull();
    expect(backend.getItem(STORAGE_KEY + ASIDE_SUFFIX)).toBe(future);
    expect(storage.problems()).toEqual(['future-version']);
  });

  it('migrates an older version, keeping every field that still fits', () => {
    const backend = new FakeStorage();
    const old = saved(
      {
        settings: { language: 'ru', sound: 'loud', textSize: 'larger' },
        progress: { completed: ['contact-friend-request', 'gone-scenario', 7] },
      },
      0,
    );
    const { game, warn } = setup(backend, old);
    const s = game.getState();
    expect(s.settings).toMatchObject({ language: 'ru', sound: true, textSize: 'larger', reducedMotion: null, highContrast: null });
    // Saved before play together existed: it stays off at home.
    expect(s.settings.playTogether).toBeNull();
    expect(playTogetherOn(s.settings, 'home')).toBe(false);
    expect(s.progress.completed).toEqual(['contact-friend-request']);
    expect(warn).not.toHaveBeenCalled();
  });

  it('drops values of the wrong shape from a tampered record', () => {
    const backend = new FakeStorage();
    const tampered = saved({
      settings: {
        language: 'xx',
        sound: 1,
        musicVolume: 'loud',
        effectsVolume: 7,
        textSize: 'huge',
        reducedMotion: 'yes',
        highContrast: 'on',
        playTogether: 'yes',
        name: 'Sam',
      },
      progress: { completed: 'all', current: { scenarioId: 'contact-friend-request', stepId: 'nowhere' } },
      extra: 'free text',
    });
    const { game } = setup(backend, tampered);
    game.getState().setSound(true);
    const raw = JSON.parse(backend.getItem(STORAGE_KEY)!);
    expect(raw.state).toEqual({
      settings: {
        language: null,
        sound: true,
        musicVolume: 0.4,
        effectsVolume: 1,
        textSize: 'normal',
        reducedMotion: null,
        highContrast: null,
        playTogether: null,
      },
      progress: { completed: [], games: [], current: null },
    });
  });

  it('keeps the play-together choice on the device, and reads a record without it as off', () => {
    const backend = new FakeStorage();
    const { game } = setup(backend);
    expect(game.getState().settings.playTogether).toBeNull();
    game.getState().setPlayTogether(true);
    expect(JSON.parse(backend.getItem(STORAGE_KEY)!).state.settings.playTogether).toBe(true);
    const again = setup(backend).game;
    expect(playTogetherOn(again.getState().settings, 'home')).toBe(true);
    again.getState().setPlayTogether(false);
    expect(playTogetherOn(setup(backend).game.getState().settings, 'home')).toBe(false);
    const before = saved({ settings: { language: 'fr', sound: false }, progress: { completed: [] } });
    expect(playTogetherOn(setup(new FakeStorage(), before).game.getState().settings, 'home')).toBe(false);
    for (const junk of ['yes', 1, 0, {}, []])
      expect(sanitizeSaved({ settings: { playTogether: junk } }).settings.playTogether, String(junk)).toBeNull();
  });

  it('keeps the high-contrast choice, and null (follow the device) until the child makes one', () => {
    const backend = new FakeStorage();
    const { game } = setup(backend);
    expect(game.getState().settings.highContrast).toBeNull();
    game.getState().setHighContrast(true);
    expect(JSON.parse(backend.getItem(STORAGE_KEY)!).state.settings.highContrast).toBe(true);
    const again = setup(backend).game;
    expect(again.getState().settings.highContrast).toBe(true);
    again.getState().setHighContrast(false);
    expect(setup(backend).game.getState().settings.highContrast).toBe(false);
    for (const junk of ['yes', 1, 0, {}, []]) {
      expect(sanitizeSaved({ settings: { highContrast: junk } }).settings.highContrast, String(junk)).toBeNull();
    }
  });

  it('deletes progress but keeps settings', () => {
    const backend = new FakeStorage();
    const { game } = setup(backend);
    game.getState().setLanguage('zh');
    game.getState().setPosition({ scenarioId: 'contact-friend-request', stepId: 'secret' });
    game.getState().completeScenario('contact-friend-request');
    game.getState().deleteProgress();
    expect(JSON.parse(backend.getItem(STORAGE_KEY)!).state).toMatchObject({
      settings: { language: 'zh' },
      progress: { completed: [], games: [], current: null },
    });
  });

  it('keeps nothing on the device when asked to run in memory only', () => {
    // The page's storage, which a kiosk's or a class's store must never touch.
    const device = new FakeStorage();
    const touched = vi.fn();
    for (const method of ['getItem', 'setItem', 'removeItem', 'clear', 'key'] as const) {
      const original = device[method].bind(device) as (...args: unknown[]) => unknown;
      device[method] = ((...args: unknown[]) => (touched(method), original(...args))) as never;
    }
    vi.stubGlobal('localStorage', device);
    vi.stubGlobal('sessionStorage', device);
    try {
      const game = createGameStore({ storage: null });
      game.getState().setLanguage('fr');
      game.getState().setPosition({ scenarioId: 'contact-friend-request', stepId: 'request' });
      game.getState().completeScenario('contact-friend-request');
      game.getState().completeGame('contact-game');
      game.getState().deleteProgress();
      game.getState().completeScenario('contact-friend-request');
      expect(game.getState().progress.completed).toEqual(['contact-friend-request']);
      expect(game.getState().settings.language).toBe('fr');
    } finally {
      vi.unstubAllGlobals();
    }
    expect(touched).not.toHaveBeenCalled();
    expect(device.length).toBe(0);
  });
});
