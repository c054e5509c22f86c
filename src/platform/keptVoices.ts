/**
 * A kiosk's recorded voices, kept on the device when an organiser asks (the organiser panel).
 * The service worker keeps a voice only once it has been heard (vite.config.ts), so a hosted stand
 * that loses the network would read aloud only what was read before. The build lists each
 * language's voice files (voices/<lang>/index.json, scripts/vite/voiceLists.ts); they go into the
 * cache the service worker serves them from, so the game plays them offline like heard ones.
 */

/** The cache the service worker's voice rule reads (vite.config.ts, runtimeCaching). */
export const VOICE_CACHE = 'voices';

/** Why keeping stopped short: the network went, or the device has no more room. */
export type KeepStop = 'offline' | 'full';

export class KeepFailure extends Error {
  constructor(readonly reason: KeepStop) {
    super(reason);
  }
}

export interface VoiceShelf {
  /** The files of a language (absolute URLs), or null when its list cannot be had (offline, never kept). */
  list(lang: string): Promise<string[] | null>;
  /** Every URL kept so far. */
  kept(): Promise<Set<string>>;
  /** Fetches a file and keeps it; a KeepFailure says why it could not. Resolves false for a file the host lacks. */
  keep(url: string): Promise<boolean>;
}

export interface LangCount {
  lang: string;
  kept: number;
  /** Null while the language's list is unknown (never fetched, and no network). */
  total: number | null;
}

/** Each language's count, from its list (null: unknown) and the URLs kept. */
const countsOf = (langs: readonly string[], lists: (string[] | null)[], kept: Set<string>): LangCount[] =>
  langs.map((lang, i) => {
    const files = lists[i] ?? null;
    return { lang, kept: files ? files.filter((url) => kept.has(url)).length : 0, total: files?.length ?? null };
  });

/** True when a language's list is known and every file of it is kept. */
export const allKept = (count: LangCount | undefined): boolean => !!count && count.total !== null && count.kept >= count.total;

export async function countKept(langs: readonly string[], shelf: VoiceShelf): Promise<LangCount[]> {
  const kept = await shelf.kept();
  return countsOf(langs, await Promise.all(langs.map((lang) => shelf.list(lang))), kept);
}

/**
 * Keeps every voice of the languages not kept yet, a few at a time. Reports the counts as it goes
 * and ends with 'done', or with why it stopped; what was kept before a stop stays.
 */
export async function keepAll(
  langs: readonly string[],
  shelf: VoiceShelf,
  onCount: (counts: LangCount[]) => void,
  parallel = 4,
): Promise<'done' | KeepStop> {
  const kept = await shelf.kept();
  const lists = await Promise.all(langs.map((lang) => shelf.list(lang)));
  if (lists.some((files) => files === null)) return 'offline';
  const counts = countsOf(langs, lists, kept);
  onCount(counts.map((c) => ({ ...c })));
  const todo = lists.flatMap((files, i) => files!.filter((url) => !kept.has(url)).map((url) => ({ url, i })));
  let next = 0;
  let stop: KeepStop | null = null;
  const worker = async () => {
    while (!stop && next < todo.length) {
      const { url, i } = todo[next++]!;
      try {
        if (await shelf.keep(url)) {
          counts[i]!.kept++;
          onCount(counts.map((c) => ({ ...c })));
        }
      } catch (error) {
        stop = error instanceof KeepFailure ? error.reason : 'offline';
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, parallel) }, worker));
  return stop ?? 'done';
}

const isQuota = (error: unknown) => error instanceof DOMException && error.name === 'QuotaExceededError';

/** The browser's shelf: Cache Storage, fed from the game's own origin. Null where there is none. */
export function browserVoiceShelf(base: string = document.baseURI): VoiceShelf | null {
  if (typeof caches === 'undefined') return null;
  const open = () => caches.open(VOICE_CACHE);
  return {
    async list(lang) {
      const url = new URL(`voices/${lang}/index.json`, base).href;
      const cache = await open();
      let response: Response | undefined;
      try {
        response = await fetch(url, { cache: 'no-cache' });
        if (response.ok) await cache.put(url, response.clone());
        else response = undefined;
      } catch {
        response = undefined;
      }
      // Kept beside the voices, so the panel can still count them with the network gone.
      response ??= await cache.match(url);
      if (!response) return null;
      try {
        const keys: unknown = await response.json();
        if (!Array.isArray(keys)) return null;
        return keys.filter((k): k is string => typeof k === 'string').map((key) => new URL(`voices/${lang}/${key}.ogg`, base).href);
      } catch {
        return null;
      }
    },
    async kept() {
      return new Set((await (await open()).keys()).map((request) => request.url));
    },
    async keep(url) {
      let response: Response;
      try {
        response = await fetch(url);
      } catch {
        throw new KeepFailure('offline');
      }
      if (response.status === 404) return false;
      if (!response.ok) throw new KeepFailure('offline');
      try {
        await (await open()).put(url, response);
      } catch (error) {
        throw new KeepFailure(isQuota(error) ? 'full' : 'offline');
      }
      return true;
    },
  };
}
