/** A failed code chunk is tried again; a reload only when the browser keeps failing while the server answers. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reloadableImport } from '../../src/platform/reloadableImport';

afterEach(() => vi.unstubAllGlobals());

const failed = (url = '') => new TypeError(`Failed to fetch dynamically imported module${url ? `: ${url}` : ''}`);

describe('a code chunk that may fail to download', () => {
  it('in a browser that remembers the failure: reloads on a later try, once the server answers', async () => {
    vi.stubGlobal('location', { href: 'http://game.test/?lang=fr' });
    const server = vi
      .fn()
      .mockRejectedValueOnce(new TypeError('offline'))
      .mockResolvedValue(new Response(null, { status: 200 }));
    vi.stubGlobal('fetch', server);
    const load = vi.fn().mockRejectedValue(failed());
    const reload = vi.fn();
    const importChunk = reloadableImport(load, reload);

    await expect(importChunk()).rejects.toThrow('dynamically imported');
    // Still offline: no reload into a browser error page.
    await expect(importChunk()).rejects.toThrow('dynamically imported');
    expect(reload).not.toHaveBeenCalled();
    // Back online, and the import still fails: the page reloads.
    void importChunk();
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    expect(server).toHaveBeenCalledWith('http://game.test/?lang=fr', expect.objectContaining({ cache: 'no-store' }));
  });

  it('in a browser that fetches afresh: the next try simply imports', async () => {
    const server = vi.fn();
    vi.stubGlobal('fetch', server);
    const load = vi.fn().mockRejectedValueOnce(failed()).mockResolvedValue({ screens: true });
    const reload = vi.fn();
    const importChunk = reloadableImport(load, reload);
    await expect(importChunk()).rejects.toThrow();
    await expect(importChunk()).resolves.toEqual({ screens: true });
    expect(reload).not.toHaveBeenCalled();
    expect(server).not.toHaveBeenCalled();
  });

  it('asks for the chunk itself when the error names it: a page that answers is not enough', async () => {
    vi.stubGlobal('location', { href: 'http://game.test/' });
    const chunk = 'http://game.test/assets/screens-AbCd1234.js';
    const server = vi.fn(async (url: string) => new Response(null, { status: url === chunk ? 503 : 200 }));
    vi.stubGlobal('fetch', server);
    const reload = vi.fn();
    const importChunk = reloadableImport(() => Promise.reject(failed(chunk)), reload);
    await expect(importChunk()).rejects.toThrow();
    await expect(importChunk()).rejects.toThrow();
    expect(server).toHaveBeenCalledWith(chunk, expect.anything());
    expect(reload).not.toHaveBeenCalled();
  });

  it('never reloads for a first failure, even with the server answering', async () => {
    vi.stubGlobal('location', { href: 'http://game.test/' });
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(null, { status: 200 })));
    const reload = vi.fn();
    await expect(reloadableImport(() => Promise.reject(failed()), reload)()).rejects.toThrow();
    expect(reload).not.toHaveBeenCalled();
  });
});
