/**
 * Offline play through a service worker (vite-plugin-pwa). After the first
 * visit every world plays without a network. A new version waits for the
 * child: the UI decides how to offer it (a gentle prompt at home and in class;
 * a kiosk applies it quietly at the next attract screen, never mid-visit).
 */
import { registerSW } from 'virtual:pwa-register';

export interface OfflineControls {
  applyPendingUpdate(): void;
}

export interface OfflineEvents {
  /** A new version is waiting; `apply` reloads into it. */
  onUpdateReady(apply: () => void): void;
  onOfflineReady(): void;
}

export function setUpOffline(events: OfflineEvents): OfflineControls {
  let pending = false;
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return { applyPendingUpdate: () => undefined };
  const update = registerSW({
    onNeedRefresh() {
      pending = true;
      events.onUpdateReady(() => void update(true));
    },
    onOfflineReady() {
      document.documentElement.dataset.offline = 'ready';
      events.onOfflineReady();
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
