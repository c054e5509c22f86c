/**
 * A teacher at the front runs the lesson with a presenter clicker or the keyboard:
 * PageDown, → , Enter and Space move on; PageUp and ← go one step back. Clickers send
 * the same keys whatever the page's direction, so the keys do not mirror in Arabic.
 * After each step the focus lands on the control that moves on, so Enter and Space
 * work at once too.
 */
import type { UiContext } from '../context';
import { broadcastLesson } from './classNotes';

const FORWARD = ['PageDown', 'ArrowRight'];
const BACK = ['PageUp', 'ArrowLeft'];

/** The control that moves the lesson on, on the screen given. */
export function forwardControl(root: ParentNode): HTMLElement | null {
  const usable = (el: HTMLElement | null) => (el && !el.hasAttribute('disabled') && !el.closest('[inert]') ? el : null);
  return (
    usable(root.querySelector<HTMLElement>('[data-class-next]')) ??
    usable(root.querySelector<HTMLElement>('.panel button.primary')) ??
    usable(root.querySelector<HTMLElement>('#screen button.primary, .screen button.primary'))
  );
}

/** Where the focus goes when a step of the lesson has just replaced the control that had it. */
export function classLanding(root: ParentNode): HTMLElement | null {
  return (
    root.querySelector<HTMLElement>('[data-class-focus]') ??
    forwardControl(root) ??
    root.querySelector<HTMLElement>('#stage button:not([disabled]), #stage input:not([disabled])')
  );
}

/** Whether a key belongs to the control that has focus (typing, a caret, a menu or a radio group). */
function ownsKey(target: Element | null, key: string): boolean {
  if (!target) return false;
  const tag = target.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return key !== 'PageDown' && key !== 'PageUp';
  if (key === 'Enter' || key === ' ') return target.matches('button, a[href], summary, [role="menuitem"], [role="radio"]');
  return !!target.closest('[role="menu"], [role="radiogroup"], [role="tablist"], .pretend-app');
}

export function installClicker(ctx: UiContext): void {
  broadcastLesson(ctx);
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (document.querySelector('dialog[open]')) return;
    const key = event.key;
    const forward = FORWARD.includes(key) || key === 'Enter' || key === ' ';
    const back = BACK.includes(key);
    if ((!forward && !back) || ownsKey(document.activeElement, key)) return;
    const screen = document.getElementById('screen');
    if (!screen) return;
    if (forward) {
      const control = forwardControl(screen);
      if (!control) return;
      event.preventDefault();
      control.click();
      return;
    }
    if (ctx.session.getState().screen !== 'scenario') return;
    event.preventDefault();
    ctx.session.classBack();
    // The same screen may be drawn again with the focused control gone: land on the way on.
    if (!screen.contains(document.activeElement)) classLanding(screen)?.focus();
  });
}
