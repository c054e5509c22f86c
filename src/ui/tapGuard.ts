/**
 * One tap, one screen. A tap or click belongs to the screen its finger went down on: when the
 * screen changes under a finger (a double tap on Next, a slow tap over a redraw), the rest of
 * that tap, and any tap the browser counts as part of the same multi-tap, never activates a
 * control on the new screen: no choice, bin or button is picked by a finger aimed at the one
 * before. The same for a held Enter key (auto-repeat) and a Space pressed on the screen before.
 * No timers: the browser's own pointer ids and click counts (event.detail) say which taps belong
 * together.
 */
export interface TapGuard {
  /** The app drew a new screen (or redrew the current one with new controls). */
  drawn(): void;
}

export function guardTaps(root: HTMLElement, target: Window = window): TapGuard {
  let screen = 0;
  /** The screen each finger, pen or mouse button went down on. */
  const downOn = new Map<number, number>();
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
    },
    capture,
  );
  target.addEventListener(
    'click',
    (e) => {
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
  return {
    drawn: () => {
      screen += 1;
    },
  };
}
