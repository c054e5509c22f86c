import type { ChatLine } from '../../content';
import { h } from '../widgets/dom';
import { iconElement } from '../widgets/icon';
import './practiceConduct.css';

/**
 * Small pieces the conduct world's pretend apps share (group chat, tiles,
 * account, photo post, game settings). Class names start with `cx-`.
 */

/** An app's top bar: an icon and a title. */
export function appBar(icon: string, title: string, ...end: (HTMLElement | false | null)[]): HTMLElement {
  return h(
    'div',
    { className: 'app-bar' },
    h('span', { className: 'cx-app-icon', 'aria-hidden': 'true' }, iconElement(icon)),
    h('p', { className: 'app-contact' }, title),
    ...end,
  );
}

/** A chat bubble: `them`, `me`, and `arriving` for what a less safe action brings. */
export function bubble(from: string, text: string, side: string): HTMLElement {
  return h('li', { className: `chat-bubble ${side}` }, h('p', { className: 'chat-from' }, from), h('p', { className: 'chat-text' }, text));
}

export function chatLines(t: (k: string) => string, lines: ChatLine[], side = 'them'): HTMLElement[] {
  return lines.map((line) => bubble(t(line.from), t(line.text), side));
}

/** A button with an icon and visible words. */
export function iconTextButton(
  icon: string,
  label: string,
  attrs: Record<string, string | boolean | null | undefined | EventListener>,
): HTMLButtonElement {
  return h(
    'button',
    { type: 'button', ...attrs },
    h('span', { className: 'cx-button-icon', 'aria-hidden': 'true' }, iconElement(icon)),
    h('span', {}, label),
  );
}

/** What the app says happened, read out by screen readers as it changes. */
export function appStatus(notes: (string | false | null | undefined)[]): HTMLElement {
  return h(
    'div',
    { role: 'status', className: 'app-status' },
    notes.filter((n): n is string => !!n).map((note) => h('p', { className: 'app-notice' }, note)),
  );
}
