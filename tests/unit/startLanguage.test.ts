/**
 * The language the game starts in, and the early script that fetches its words before main.ts:
 * both read it from one rule. The stored records here are written by the real store, so a
 * change to the record's shape cannot leave the rule reading a field that is no longer there.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGameStore } from '../../src/state/gameStore';
import { createSafeStorage } from '../../src/state/safeStorage';
import { STORAGE_KEY, STORAGE_VERSION } from '../../src/state/savedState';
import { startLanguage, storedLanguage } from '../../src/state/startLanguage';
import type { LangCode } from '../../src/i18n/languages';
import { FakeStorage } from '../support/fakeStorage';

/** A device where a child chose `language` at home, as the game itself saved it. */
function deviceThatChose(language: LangCode): FakeStorage {
  const backend = new FakeStorage();
  const game = createGameStore({ storage: createSafeStorage({ currentVersion: STORAGE_VERSION, backend: () => backend }) });
  game.getState().setLanguage(language);
  game.getState().completeScenario('contact-friend-request');
  return backend;
}

const from = (backend: Storage | null, search = '', browserLanguages: readonly string[] = ['en-GB', 'en']) =>
  startLanguage({ search, stored: () => backend?.getItem(STORAGE_KEY) ?? null, browserLanguages });

describe('the language the game starts in', () => {
  it('is the child’s saved choice at home, before the browser’s languages', () => {
    expect(from(deviceThatChose('fr'))).toBe('fr');
    expect(from(deviceThatChose('ar'), '?mode=home', ['zh-CN'])).toBe('ar');
  });

  it('is the link’s language before anything else', () => {
    expect(from(deviceThatChose('fr'), '?lang=ru')).toBe('ru');
    expect(from(null, '?lang=zh&mode=kiosk')).toBe('zh');
  });

  it('is English at a kiosk and the browser’s language in class, whatever the device saved', () => {
    expect(from(deviceThatChose('fr'), '?mode=kiosk', ['es'])).toBe('en');
    expect(from(deviceThatChose('fr'), '?mode=class', ['es-MX'])).toBe('es');
  });

  it('does not even read the device in class or at a kiosk', () => {
    const stored = vi.fn(() => null);
    startLanguage({ search: '?mode=class', stored, browserLanguages: [] });
    startLanguage({ search: '?mode=kiosk', stored, browserLanguages: [] });
    expect(stored).not.toHaveBeenCalled();
  });

  it('follows the browser when nothing usable is saved, and falls back to English', () => {
    expect(from(new FakeStorage(), '', ['ru-RU', 'en'])).toBe('ru');
    expect(from(new FakeStorage(), '', ['de-DE'])).toBe('en');
    expect(from(new FakeStorage(), '', undefined as never)).toBe('en');
  });

  it('reads a record only as the store would: not a corrupt one, a newer version’s, or a language it does not speak', () => {
    const record = deviceThatChose('fr').getItem(STORAGE_KEY)!;
    expect(storedLanguage(record)).toBe('fr');
    const parsed = JSON.parse(record);
    expect(storedLanguage(JSON.stringify({ ...parsed, version: STORAGE_VERSION + 1 }))).toBeNull();
    expect(storedLanguage(JSON.stringify({ ...parsed, state: { settings: { language: 'xx' } } }))).toBeNull();
    expect(storedLanguage(JSON.stringify(parsed.state))).toBeNull(); // no version: the store sets it aside
    expect(storedLanguage('{"version": 1, "state": {oops')).toBeNull();
    expect(storedLanguage(null)).toBeNull();
  });
});

describe('the early script', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  /** Runs src/earlyWords.ts on a page with this address and storage; gives the URLs it fetched. */
  async function earlyFetches(search: string, backend: Storage | null, languages: string[]): Promise<string[]> {
    const fetched: string[] = [];
    vi.stubGlobal('location', { search });
    vi.stubGlobal('navigator', { languages });
    vi.stubGlobal(
      'localStorage',
      backend ?? {
        getItem: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      },
    );
    vi.stubGlobal('fetch', (url: string) => (fetched.push(String(url)), new Promise(() => undefined)));
    vi.resetModules();
    await import('../../src/earlyWords');
    return fetched;
  }

  it('fetches the interface words of the language a returning child chose', async () => {
    const fetched = await earlyFetches('', deviceThatChose('fr'), ['en-US']);
    expect(fetched).toHaveLength(1);
    expect(fetched[0]).toMatch(/locales\/fr\/common\.json/);
  });

  it('fetches the link’s language, and the browser’s when storage is blocked', async () => {
    expect(await earlyFetches('?lang=ar', deviceThatChose('fr'), ['en-US'])).toEqual([expect.stringMatching(/locales\/ar\/common\.json/)]);
    expect(await earlyFetches('', null, ['es-ES'])).toEqual([expect.stringMatching(/locales\/es\/common\.json/)]);
  });
});
