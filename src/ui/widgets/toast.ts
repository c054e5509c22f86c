/**
 * A small note at the bottom of the screen (offline ready, update ready). It lives outside the
 * app's root so a redraw does not remove it, and speaks the page's language, also when the child
 * switches while it shows. Only one shows at a time.
 */
import type { i18n } from 'i18next';
import { h } from './dom';

export interface ToastAction {
  key: string;
  run: () => void;
  primary?: boolean;
}

let removeToast: (() => void) | null = null;

export function toast(i18n: i18n, textKey: string, actions: ToastAction[], hideAfterMs?: number): void {
  removeToast?.();
  const text = h('p', {}, '');
  const buttons = actions.map((a) =>
    h('button', { type: 'button', className: a.primary ? 'primary' : 'secondary', onclick: () => (remove(), a.run()) }, ''),
  );
  // A note without buttons lets taps through to the game beneath it on a small screen.
  const box = h('div', { className: `toast${actions.length ? '' : ' passive'}`, role: 'status' }, text, buttons);
  const words = () => {
    text.textContent = i18n.t(textKey);
    buttons.forEach((b, i) => (b.textContent = i18n.t(actions[i]!.key)));
  };
  const remove = () => {
    i18n.off('languageChanged', words);
    box.remove();
    if (removeToast === remove) removeToast = null;
  };
  removeToast = remove;
  words();
  i18n.on('languageChanged', words);
  document.body.append(box);
  if (hideAfterMs) setTimeout(remove, hideAfterMs);
}
