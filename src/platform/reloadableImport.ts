/**
 * A code chunk whose download may fail. Some browsers remember a failed `import()` for the page's
 * lifetime, so importing the same chunk again can never succeed there; others fetch it afresh.
 * So a later try imports again, and only when that fails while the game's own server answers
 * (the browser remembers, the network is fine) does it reload the page. Nothing of the child's
 * place is lost: settings, finished stories and the step in a story are in the saved record, and
 * the title offers to go on. Only the first screens need this chunk, so a class or a kiosk
 * reloads before anything of the lesson or the visit has happened.
 */
export function reloadableImport<T>(load: () => Promise<T>, reload: () => void = () => location.reload()): () => Promise<T> {
  let failedBefore = false;
  return async () => {
    try {
      return await load();
    } catch (error) {
      // Reloading while the chunk is still out of reach would lose the page, or loop.
      if (!failedBefore || !(await answers(chunkUrlIn(error) ?? location.href))) {
        failedBefore = true;
        throw error;
      }
      reload();
      return new Promise<T>(() => undefined); // the page goes away
    }
  };
}

/** Chromium and Firefox name the chunk in the error; Safari does not (then the page is asked). */
function chunkUrlIn(error: unknown): string | undefined {
  return /\bhttps?:\/\/\S+?\.m?js\b/.exec(error instanceof Error ? error.message : '')?.[0];
}

function answers(url: string): Promise<boolean> {
  return fetch(url, { method: 'HEAD', cache: 'no-store' }).then(
    (response) => response.ok,
    () => false,
  );
}
