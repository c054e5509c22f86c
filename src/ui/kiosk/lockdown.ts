/**
 * Keeps an unattended kiosk inside the game: no context menu, no selection,
 * no zoom, no printing, no way back or forward in history, no shortcuts that
 * leave the page. An organiser leaves through the PIN (organiser.ts).
 */
const BLOCKED_WITH_CTRL = new Set(['p', 's', 'o', 'n', 't', 'l', 'r', 'u', 'f', 'g', 'h', 'j', 'd', '+', '-', '=', '0']);

function blockKey(event: KeyboardEvent): void {
  const target = event.target as HTMLElement | null;
  const typing = !!target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA');
  const key = event.key.toLowerCase();
  // Ctrl+Alt+O is the organiser's own way to the PIN (organiser.ts).
  if (event.ctrlKey && event.altKey && key === 'o') return;
  const escape =
    (event.altKey && ['arrowleft', 'arrowright', 'home'].includes(key)) ||
    ['browserback', 'browserforward', 'browserhome', 'browsersearch', 'f1', 'f3', 'f5', 'f6', 'f7', 'f11', 'f12'].includes(key) ||
    ((event.ctrlKey || event.metaKey) && BLOCKED_WITH_CTRL.has(key)) ||
    (key === 'backspace' && !typing);
  if (escape) {
    event.preventDefault();
    event.stopPropagation();
  }
}

export function lockDown(): void {
  document.documentElement.classList.add('kiosk');
  // Pinch and double-tap zoom off: a shared screen must not be left zoomed in for the next family.
  document
    .querySelector('meta[name=viewport]')
    ?.setAttribute('content', 'width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no, viewport-fit=cover');
  const prevent = (e: Event) => e.preventDefault();
  addEventListener('contextmenu', prevent, { capture: true });
  addEventListener('dragstart', prevent, { capture: true });
  addEventListener(
    'selectstart',
    (e) => {
      if (!(e.target instanceof HTMLInputElement)) e.preventDefault();
    },
    { capture: true },
  );
  addEventListener('keydown', blockKey, { capture: true });
  addEventListener('wheel', (e) => e.ctrlKey && e.preventDefault(), { capture: true, passive: false });
  for (const name of ['gesturestart', 'gesturechange', 'gestureend']) addEventListener(name, prevent, { capture: true });
  // Back and forward stay on this page.
  history.pushState({ kiosk: true }, '', location.href);
  addEventListener('popstate', () => history.pushState({ kiosk: true }, '', location.href));
  // Links out would leave the kiosk; the game has none, and any that appear are refused.
  addEventListener(
    'click',
    (e) => {
      const link = (e.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
      if (link && (link.target || new URL(link.href, location.href).origin !== location.origin)) e.preventDefault();
    },
    { capture: true },
  );
  window.open = () => null;
  window.print = () => undefined;
}

/** Browsers grant fullscreen only from a tap or key press. */
export function requestFullscreen(): void {
  if (document.fullscreenElement) return;
  document.documentElement.requestFullscreen?.().catch(() => undefined);
}
