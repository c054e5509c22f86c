/**
 * A note for grown-ups when part of the game could not be downloaded (the
 * network dropped mid-load). The game plays on with what it has; the note
 * offers to try again and goes away once the download succeeds. It lives
 * outside the app's root so a redraw of the screen does not remove it.
 */
import type { i18n } from 'i18next';
import { h } from './dom';

export function showNetworkNotice(i18n: i18n, textKey: string, retry?: () => unknown): void {
  hideNetworkNotice();
  const box = h(
    'div',
    { className: 'network-notice', role: 'alert' },
    h('p', {}, i18n.t(textKey)),
    retry && h('button', { type: 'button', className: 'secondary', onclick: () => (box.remove(), retry()) }, i18n.t('network.retry')),
  );
  // Inside an open modal dialog, or the dialog's backdrop would cover it.
  (document.querySelector('dialog[open]') ?? document.body).append(box);
}

export function hideNetworkNotice(): void {
  document.querySelector('.network-notice')?.remove();
}

export const networkNoticeShown = () => document.querySelector('.network-notice') !== null;
