// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { guardTaps } from '../../../src/ui/tapGuard';

/** A root with one button that draws a new screen (a new button) each time it acts, as the app does. */
function setUp() {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  // What the guard leaves for the task after a release runs when the test says (nextTask), not on a timer.
  const queued: (() => void)[] = [];
  const guard = guardTaps(root, window, (run) => queued.push(run));
  const nextTask = () => queued.splice(0).forEach((run) => run());
  let acted = 0;
  /** `sameScreen`: a redraw that changes nothing a child sees (words or a voice arriving). */
  const draw = (sameScreen = false) => {
    const button = document.createElement('button');
    button.addEventListener('click', () => {
      acted += 1;
      draw();
    });
    root.replaceChildren(button);
    if (!sameScreen) guard.drawn();
  };
  draw();
  const current = () => root.querySelector('button')!;
  const tap = (detail: number, pointerId = 1, downFirst = true) => {
    if (downFirst) current().dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerId }));
    current().dispatchEvent(new PointerEvent('click', { bubbles: true, cancelable: true, detail, pointerId }));
  };
  /** A mouse press on the button; the release comes later, where it went down unless told. */
  const press = (pointerId = 1) => {
    current().dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerId, pointerType: 'mouse', clientX: 20, clientY: 20 }));
    return (x = 20) =>
      (document.elementFromPoint(x, 20) ?? root).dispatchEvent(
        new PointerEvent('pointerup', { bubbles: true, pointerId, pointerType: 'mouse', button: 0, clientX: x, clientY: 20 }),
      );
  };
  // No layout here: whatever is at a point is the button on show.
  document.elementFromPoint = () => current();
  return { tap, press, draw, current, nextTask, acted: () => acted };
}

describe('the no-double-tap guard', () => {
  it('lets single taps through, one per screen', () => {
    const ui = setUp();
    ui.tap(1);
    ui.tap(1);
    expect(ui.acted()).toBe(2);
  });

  it('swallows the second tap of a double tap when the first one changed the screen', () => {
    const ui = setUp();
    ui.tap(1);
    ui.tap(2);
    expect(ui.acted()).toBe(1);
  });

  it('lets a tap through when the browser counts it as a second tap but the first one never clicked', () => {
    const ui = setUp();
    ui.tap(1);
    // A touch that was cancelled: its finger went down, no click followed.
    ui.current().dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerId: 2 }));
    ui.tap(2, 3);
    expect(ui.acted()).toBe(2);
  });

  it('swallows a tap whose finger went down before the screen changed', () => {
    const ui = setUp();
    ui.current().dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerId: 7 }));
    ui.tap(1, 1);
    // Finger 7 lifts on the new screen.
    ui.tap(1, 7, false);
    expect(ui.acted()).toBe(1);
  });

  it('clicks the new button when a redraw of the same screen took the pressed one away (the browser drops that click)', () => {
    const ui = setUp();
    const release = ui.press();
    ui.draw(true);
    release();
    ui.nextTask();
    expect(ui.acted()).toBe(1);
  });

  it('clicks nothing for a press on a screen that changed before the release, nor for a drag', () => {
    const ui = setUp();
    let release = ui.press();
    ui.draw();
    release();
    release = ui.press(2);
    ui.draw(true);
    release(80);
    ui.nextTask();
    expect(ui.acted()).toBe(0);
  });

  it('never clicks twice where the browser gave its own click after the release', () => {
    const ui = setUp();
    const release = ui.press();
    ui.draw(true);
    release();
    ui.current().click();
    ui.nextTask();
    expect(ui.acted()).toBe(1);
  });

  it('ignores the auto-repeat of a held Enter key', () => {
    const ui = setUp();
    const first = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    ui.current().dispatchEvent(first);
    const repeat = new KeyboardEvent('keydown', { key: 'Enter', repeat: true, bubbles: true, cancelable: true });
    ui.current().dispatchEvent(repeat);
    expect([first.defaultPrevented, repeat.defaultPrevented]).toEqual([false, true]);
  });
});
