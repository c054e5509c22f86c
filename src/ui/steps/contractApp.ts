import type { UiContext } from '../context';
import { h } from '../widgets/dom';
import { iconElement } from '../widgets/icon';
import './practiceContract.css';

/**
 * What the contract world's pretend apps share: a frame with a title bar, a
 * line that announces what just happened, and one element that plays out.
 * Invented look and names; logical properties only, so Arabic mirrors.
 */
type Part = Node | false | null | undefined;

export function appFrame(label: string, className: string, bar: Part[], ...body: (Part | Part[])[]): HTMLElement {
  return h(
    'section',
    // `situation`: the canvas keeps the picture and Tiko above it, never behind the app.
    { className: `situation pretend-app pc-app ${className}`, 'aria-label': label },
    h('div', { className: 'app-bar pc-bar' }, ...bar),
    ...body,
  );
}

/** The app's own status line: a screen reader hears what the last action did. */
export function appStatus(notes: (string | false | null)[]): HTMLElement {
  return h(
    'div',
    { role: 'status', className: 'app-status pc-status' },
    notes.filter((n): n is string => !!n).map((note) => h('p', { className: 'app-notice' }, note)),
  );
}

/** What a tempting button brought, shown in the app while Tiko explains beside it. */
export function playingOut(svg: string, text: string): HTMLElement {
  return h('div', { className: 'pc-plays-out' }, icon(svg, 'pc-icon'), h('p', {}, text));
}

/** An icon with the app's own classes (iconElement takes one class name). */
export function icon(svg: string, classes: string): SVGSVGElement {
  const [first = 'pc-icon', ...rest] = classes.split(' ');
  const element = iconElement(svg, first);
  element.classList.add(...rest);
  return element;
}

/** The app's title line with an icon. */
export function barTitle(svg: string, text: string): Element[] {
  return [icon(svg, 'pc-icon pc-bar-icon'), h('p', { className: 'app-contact' }, text)];
}

export type { UiContext };
