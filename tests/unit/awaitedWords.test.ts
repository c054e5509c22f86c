import { afterEach, describe, expect, it, vi } from 'vitest';
import i18next from 'i18next';
import { redrawWhenAwaitedWordsArrive } from '../../src/i18n/awaitedWords';
import { initI18n } from '../../src/i18n/i18n';

async function setUp() {
  const instance = i18next.createInstance();
  await instance.init({
    lng: 'en',
    fallbackLng: false,
    ns: ['common', 'contact'],
    defaultNS: 'common',
    resources: {},
    saveMissing: true,
    missingKeyHandler: () => undefined,
  });
  instance.addResourceBundle('en', 'common', { play: 'Play' });
  let redraws = 0;
  redrawWhenAwaitedWordsArrive(instance, () => redraws++);
  return { instance, redraws: () => redraws };
}

afterEach(() => vi.unstubAllGlobals());

describe('redrawing when words arrive', () => {
  it("asking for a word whose file has not arrived leaves the file to be fetched (the game's own set-up)", async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ app: { title: 'Tiko' } })));
    vi.stubGlobal('document', { documentElement: {} });
    const instance = await initI18n('en');
    let missed = 0;
    instance.on('missingKey', () => missed++);
    instance.t('contact:anything');
    expect(missed).toBe(1);
    expect(instance.hasResourceBundle('en', 'contact')).toBe(false);
  });

  it('does not redraw for a file no screen asked for', async () => {
    const { instance, redraws } = await setUp();
    instance.t('play');
    instance.addResourceBundle('en', 'contact', { intro: 'Hello' });
    expect(redraws()).toBe(0);
  });

  it('redraws once when a word asked for before its file arrives', async () => {
    const { instance, redraws } = await setUp();
    expect(instance.t('contact:intro')).toBe('intro');
    instance.t('contact:outro');
    instance.addResourceBundle('en', 'contact', { intro: 'Hello' });
    expect(redraws()).toBe(1);
    expect(instance.t('contact:intro')).toBe('Hello');
    instance.addResourceBundle('en', 'contact', { more: 'More' }, true, true);
    expect(redraws()).toBe(1);
  });

  it('tells one language from another (a kiosk reads every language of its event)', async () => {
    const { instance, redraws } = await setUp();
    instance.getFixedT('fr')('play');
    instance.addResourceBundle('es', 'common', { play: 'Jugar' });
    expect(redraws()).toBe(0);
    instance.addResourceBundle('fr', 'common', { play: 'Jouer' });
    expect(redraws()).toBe(1);
  });
});
