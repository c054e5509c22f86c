import { h } from '../widgets/dom';
import { iconElement } from '../widgets/icon';

/** Pieces the contact world's pretend apps share: the bar along the top, chat bubbles, the live notes. */

export function appBar(title: string, icon: string | null, ...controls: (HTMLElement | false | null)[]): HTMLElement {
  return h(
    'div',
    { className: 'app-bar' },
    icon
      ? h('span', { className: 'pc-bar-icon', 'aria-hidden': 'true' }, iconElement(icon))
      : h('span', { className: 'avatar', 'aria-hidden': 'true' }),
    h('p', { className: 'app-contact' }, title),
    ...controls,
  );
}

/** A chat bubble; `parts` are whole phrases shown side by side, never glued into one string. */
export function bubble(from: string, parts: string[], side: string): HTMLElement {
  return h(
    'li',
    { className: `chat-bubble ${side}` },
    h('p', { className: 'chat-from' }, from),
    h(
      'p',
      { className: 'chat-text pc-phrases' },
      parts.map((part) => h('span', { className: 'pc-phrase' }, part)),
    ),
  );
}

/** What just happened in the app, read out by screen readers: one short note per line. */
export function statusNotes(notes: (string | false | null | undefined)[]): HTMLElement {
  return h(
    'div',
    { role: 'status', className: 'app-status' },
    notes.filter((n): n is string => !!n).map((note) => h('p', { className: 'app-notice' }, note)),
  );
}

/** A button with an icon and its own visible words. */
export function iconTextButton(icon: string, label: string, attrs: Record<string, string | boolean | null | EventListener>): HTMLElement {
  return h(
    'button',
    { type: 'button', ...attrs },
    h('span', { className: 'pc-button-icon', 'aria-hidden': 'true' }, iconElement(icon)),
    h('span', {}, label),
  );
}
