/**
 * One tap, one screen. A tap or click belongs to the screen its finger went down on: when the
 * screen changes under a finger (a double tap on Next, a slow tap over a redraw), the rest of
 * that tap, and any tap the browser counts as part of the same multi-tap, never activates a
 * control on the new screen: no choice, bin or button is picked by a finger aimed at the one
 * before. The same for a held Enter key (auto-repeat) and a Space pressed on the screen before.
 * No timers: the browser's own pointer ids and click counts (event.detail) say which taps belong
 * together.
 *
 * The other way round too: a click whose button was only redrawn under the pointer (words or a
 * voice arriving, the same screen again) still counts. A browser drops a mouse click whose
 * button left the page between press and release; the guard clicks the new one in its place.
 */
export interface TapGuard {
  /** The app drew a new screen (or redrew the current one with new controls). */
  drawn(): void;
}

/** How far a press may wander and still be a click rather than a drag. */
const SAME_PLACE_PX = 10;
const ACTIVATABLE =
  'button, a[href], summary, label, input, select, [role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="tab"], [role="option"], [role="menuitem"]';

/** The task after this one (and after any click the browser dispatches with this release). */
function afterThisTask(run: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    run();
  };
  channel.port2.postMessage(null);
}

export function guardTaps(root: HTMLElement, target: Window = window, later: (run: () => void) => void = afterThisTask): TapGuard {
  let screen = 0;
  /** The screen each finger, pen or mouse button went down on. */
  const downOn = new Map<number, number>();
  /** Where a mouse or pen went down, and on what: to click its stand-in if a redraw took it away. */
  const pressed = new Map<number, { target: EventTarget | null; x: number; y: number }>();
  /** Clicks seen so far: the browser's own, if it gave one after a release. */
  let clicks = 0;
  /** The screen the previous click landed on: a click counted as its second (detail 2) belongs there. */
  let lastClickOn = -1;
  /** Fingers and buttons gone down so far, and how many had when the previous click came. */
  let downs = 0;
  let lastClickAfterDown = -1;
  /** The screen an Enter or Space went down on. */
  let keyOn: number | null = null;

  const inside = (e: Event) => e.target instanceof Node && root.contains(e.target);
  const swallow = (e: Event) => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  const capture = { capture: true };

  target.addEventListener(
    'pointerdown',
    (e) => {
      downs += 1;
      downOn.set(e.pointerId, screen);
      if (e.pointerType !== 'touch') pressed.set(e.pointerId, { target: e.target, x: e.clientX, y: e.clientY });
    },
    capture,
  );
  target.addEventListener('pointerup', (e) => clickStandIn(e), capture);
  target.addEventListener(
    'click',
    (e) => {
      clicks += 1;
      const previous = lastClickOn;
      // The tap before this one in a double tap clicked only if a click followed its finger going down
      // (a touch cancelled by a scroll, or by a test tool, counts towards a double tap without a click).
      const earlierTapClicked = lastClickAfterDown === downs - 1;
      lastClickOn = screen;
      lastClickAfterDown = downs;
      if (!inside(e)) return;
      const pointerId = (e as Partial<PointerEvent>).pointerId;
      const down = pointerId === undefined ? undefined : downOn.get(pointerId);
      const downBefore = down !== undefined && down !== screen;
      const partOfEarlierTaps = e.detail > 1 && earlierTapClicked && previous !== screen;
      if (downBefore || partOfEarlierTaps) swallow(e);
    },
    capture,
  );
  target.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      if (!e.repeat) keyOn = screen;
      else if (inside(e)) swallow(e);
    },
    capture,
  );
  target.addEventListener(
    'keyup',
    (e) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      // A button acts on Space's release: not when Space went down on the screen before.
      if (e.key === ' ' && keyOn !== null && keyOn !== screen && inside(e)) swallow(e);
      keyOn = null;
    },
    capture,
  );
  /**
   * A touch's click is aimed where the finger lifts, so it finds a redrawn button by itself; a mouse's
   * is not given at all when the pressed element left the page. Only for a press and release in one
   * place (not a drag) on a screen that did not change in between.
   */
  function clickStandIn(e: PointerEvent) {
    const press = pressed.get(e.pointerId);
    pressed.delete(e.pointerId);
    if (!press || e.button !== 0 || !(press.target instanceof Node) || press.target.isConnected) return;
    if (downOn.get(e.pointerId) !== screen || Math.hypot(e.clientX - press.x, e.clientY - press.y) > SAME_PLACE_PX) return;
    const under = root.ownerDocument.elementFromPoint(e.clientX, e.clientY);
    if (!under || !root.contains(under)) return;
    const standIn = under.closest<HTMLElement>(ACTIVATABLE) ?? under;
    const clicksBefore = clicks;
    // After the browser's own click, if any (it comes in the same task as the release): never two.
    later(() => {
      if (clicks !== clicksBefore || !standIn.isConnected) return;
      if (standIn instanceof HTMLElement) standIn.click();
      else standIn.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, clientX: e.clientX, clientY: e.clientY }));
    });
  }

  return {
    drawn: () => {
      screen += 1;
    },
  };
}
