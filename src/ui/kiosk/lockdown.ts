/**
 * Keeps an unattended kiosk inside the game: no context menu, no selection,
 * no zoom, no printing, no way back or forward in history, no shortcuts that
 * leave the page. An organiser leaves through the PIN (organiser.ts).
 */
const BLOCKED_WITH_CTRL = new Set(['p', 's', 'o', 'n', 't', 'l', 'r', 'u', 'f', 'g', 'h', 'j', 'd', '+', '-', '=', '0']);
/**
 * Ctrl+Shift (or Cmd+Alt / Cmd+Shift on a Mac) with these opens the developer tools (I, J, C, K),
 * the device toolbar (M), "clear browsing data" (Delete), bookmarks (B, O) or a private window (N).
 */
const BLOCKED_WITH_CTRL_SHIFT = new Set(['i', 'j', 'c', 'k', 'm', 'e', 'delete', 'b', 'o', 'n', 'p', 'q', 'w', 't', 'tab', 'a']);
/**
 * Tabs and windows: Chromium keeps most of these for itself, so the page only tries; the managed
 * policy and --kiosk are what really stop them (docs/KIOSK.md has the table).
 */
const BLOCKED_WITH_CTRL_ALSO = new Set([
  'w',
  'q',
  'tab',
  'pageup',
  'pagedown',
  'f4',
  'e',
  'k',
  'b',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
]);

function blockKey(event: KeyboardEvent): void {
  const target = event.target as HTMLElement | null;
  const typing = !!target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA');
  const key = event.key.toLowerCase();
  // Ctrl+Alt+O is the organiser's own way to the PIN (organiser.ts).
  if (event.ctrlKey && event.altKey && key === 'o') return;
  const ctrl = event.ctrlKey || event.metaKey;
  const escape =
    (event.altKey && ['arrowleft', 'arrowright', 'home', 'f4', 'd', 'e', 'f'].includes(key)) ||
    [
      'browserback',
      'browserforward',
      'browserhome',
      'browsersearch',
      'f1',
      'f3',
      'f5',
      'f6',
      'f7',
      'f10',
      'f11',
      'f12',
      'contextmenu',
    ].includes(key) ||
    (ctrl && (event.shiftKey || (event.metaKey && event.altKey)) && BLOCKED_WITH_CTRL_SHIFT.has(key)) ||
    (ctrl && (BLOCKED_WITH_CTRL.has(key) || BLOCKED_WITH_CTRL_ALSO.has(key))) ||
    (key === 'backspace' && !typing);
  if (escape) {
    event.preventDefault();
    event.stopPropagation();
  }
}

/** The browser's own print, kept for the organiser's card sheet (after the PIN) before the page refuses it to visitors. */
const nativePrint = typeof window !== 'undefined' ? window.print.bind(window) : () => undefined;
export const organiserPrint = (): void => nativePrint();

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

/**
 * Browsers grant fullscreen only from a tap or key press. In fullscreen, the Keyboard Lock API
 * (Chromium) hands the page even the keys the browser keeps for itself (Ctrl+W, Ctrl+T, Alt+Tab
 * on some systems, a short Escape), so the handler above can refuse them too.
 */
export function requestFullscreen(): void {
  if (document.fullscreenElement) return;
  document.documentElement
    .requestFullscreen?.()
    .then(() => (navigator as Navigator & { keyboard?: { lock?: () => Promise<void> } }).keyboard?.lock?.())
    .catch(() => undefined);
}
