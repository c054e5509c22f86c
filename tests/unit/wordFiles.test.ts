/** Word files come by fetch, so a download that dropped can be asked for again ("Try again"). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANG_CODES } from '../../src/i18n/languages';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

const fresh = () => import('../../src/i18n/wordFiles');

describe('word files', () => {
  it('every language has its interface words as a file of its own', async () => {
    const { interfaceWordsUrl } = await fresh();
    const urls = LANG_CODES.map(interfaceWordsUrl);
    for (const [i, lang] of LANG_CODES.entries()) expect(urls[i]).toMatch(new RegExp(`locales/${lang}/common\\.json(\\?|$)`));
  });

  it('asks the network again after a failed download, and shares one in progress', async () => {
    const { fetchWordFile } = await fresh();
    const fetch = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValueOnce(new Response('{"hello": "Hello"}'));
    vi.stubGlobal('fetch', fetch);
    await expect(fetchWordFile('/a.json')).rejects.toThrow('Failed to fetch');
    const [first, second] = [fetchWordFile('/a.json'), fetchWordFile('/a.json')];
    expect(first).toBe(second);
    await expect(first).resolves.toEqual({ hello: 'Hello' });
    await expect(fetchWordFile('/a.json')).resolves.toEqual({ hello: 'Hello' });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('counts an error page as a failed download', async () => {
    const { fetchWordFile } = await fresh();
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('<h1>Not found</h1>', { status: 404 })));
    await expect(fetchWordFile('/b.json')).rejects.toThrow('404');
  });
});
