/**
 * Offline play through a service worker (vite-plugin-pwa). After the first
 * visit every world plays without a network. A new version waits for the
 * child: a gentle prompt at home and in class; a kiosk applies it quietly at
 * the next attract screen, never in the middle of a visitor's game.
 */
import { registerSW } from 'virtual:pwa-register';
import type { UiContext } from './context';
import { h } from './dom';

export interface OfflineControls {
  applyPendingUpdate(): void;
}

let removeToast: (() => void) | null = null;

function toast(ctx: UiContext, textKey: string, actions: { key: string; run: () => void; primary?: boolean }[], hideAfterMs?: number): void {
  removeToast?.();
  const text = h('p', {}, '');
  const buttons = actions.map((a) =>
    h('button', { type: 'button', className: a.primary ? 'primary' : 'secondary', onclick: () => (remove(), a.run()) }, ''),
  );
  // A note without buttons lets taps through to the game beneath it on a small screen.
  const box = h('div', { className: `toast${actions.length ? '' : ' passive'}`, role: 'status' }, text, buttons);
  // The note speaks the page's language, also when the child switches while it shows.
  const words = () => {
    text.textContent = ctx.i18n.t(textKey);
    buttons.forEach((b, i) => (b.textContent = ctx.i18n.t(actions[i]!.key)));
  };
  const remove = () => {
    ctx.i18n.off('languageChanged', words);
    box.remove();
    if (removeToast === remove) removeToast = null;
  };
  removeToast = remove;
  words();
  ctx.i18n.on('languageChanged', words);
  document.body.append(box);
  if (hideAfterMs) setTimeout(remove, hideAfterMs);
}

export function setUpOffline(ctx: UiContext, { applyUpdatesQuietly }: { applyUpdatesQuietly: boolean }): OfflineControls {
  let pending = false;
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return { applyPendingUpdate: () => undefined };
  const update = registerSW({
    onNeedRefresh() {
      pending = true;
      if (!applyUpdatesQuietly) {
        toast(ctx, 'offline.updateReady', [
          { key: 'offline.later', run: () => undefined },
          { key: 'offline.updateNow', run: () => void update(true), primary: true },
        ]);
      }
    },
    onOfflineReady() {
      document.documentElement.dataset.offline = 'ready';
      if (!applyUpdatesQuietly) toast(ctx, 'offline.ready', [], 6000);
    },
    onRegisterError(error: unknown) {
      console.warn('[offline] The game could not be saved for offline play; it still plays online.', error);
    },
  });
  return {
    applyPendingUpdate() {
      if (pending) void update(true);
    },
  };
}
