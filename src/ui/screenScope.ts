/**
 * What a screen starts (timers, listeners) belongs to the screen's instance, not to a module
 * global: the app disposes of the scope when the screen's instance changes (another screen, the
 * next card), and keeps it across redraws of the same instance (a language change, a progress
 * save), so a redraw never restarts a countdown and nothing keeps running in the background.
 */
export interface ScreenScope {
  /** Runs `fn` once after `ms`, unless a timer with this id is already running in this scope. */
  timer(id: string, ms: number, fn: () => void): void;
  /** Runs `fn` every `ms`, unless an interval with this id is already running in this scope. */
  interval(id: string, ms: number, fn: () => void): void;
  clear(id: string): void;
  /** Listens until the scope is disposed; a second call with the same id replaces the first. */
  listen(id: string, target: EventTarget, type: string, fn: EventListener): void;
  /** Runs when the screen's instance goes away. */
  onDispose(fn: () => void): void;
  /**
   * State of this instance that a redraw keeps (which language an invitation shows): made by
   * `init` on the first call with this id, the same object on every later call.
   */
  keep<T>(id: string, init: () => T): T;
}

export interface DisposableScope extends ScreenScope {
  dispose(): void;
  readonly disposed: boolean;
}

export function createScreenScope(): DisposableScope {
  const stops = new Map<string, () => void>();
  const finalisers: (() => void)[] = [];
  const kept = new Map<string, unknown>();
  let disposed = false;
  const own = (id: string, stop: () => void) => {
    stops.get(id)?.();
    stops.set(id, stop);
  };
  return {
    timer(id, ms, fn) {
      if (disposed || stops.has(id)) return;
      const handle = setTimeout(() => {
        stops.delete(id);
        fn();
      }, ms);
      stops.set(id, () => clearTimeout(handle));
    },
    interval(id, ms, fn) {
      if (disposed || stops.has(id)) return;
      const handle = setInterval(fn, ms);
      stops.set(id, () => clearInterval(handle));
    },
    clear(id) {
      stops.get(id)?.();
      stops.delete(id);
    },
    listen(id, target, type, fn) {
      if (disposed) return;
      target.addEventListener(type, fn);
      own(id, () => target.removeEventListener(type, fn));
    },
    onDispose(fn) {
      if (disposed) fn();
      else finalisers.push(fn);
    },
    keep<T>(id: string, init: () => T): T {
      if (!kept.has(id)) kept.set(id, init());
      return kept.get(id) as T;
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      stops.forEach((stop) => stop());
      stops.clear();
      finalisers.splice(0).forEach((fn) => fn());
      kept.clear();
    },
    get disposed() {
      return disposed;
    },
  };
}
