/**
 * Drag with pointer events, for things that look draggable (a message, a word
 * tile, the magnifying glass). A tap or a key press does the same through the
 * element's own click, so dragging is one more way, never the only one.
 * A short move is still a tap; a real drag suppresses the click that follows.
 */

/** How far a pointer moves before a press becomes a drag, in CSS pixels. */
const DRAG_START = 8;

export interface DragOptions {
  /** The drop targets, found under the pointer: elements matching this selector. */
  targets: string;
  /** Called when the element is dropped on a target. */
  drop(target: HTMLElement): void;
}

export function draggable(el: HTMLElement, { targets, drop }: DragOptions): HTMLElement {
  el.classList.add('mg-draggable');
  let start: { x: number; y: number; id: number } | null = null;
  let dragging = false;
  let over: HTMLElement | null = null;

  // The dragged element is under the pointer itself: look through it.
  const targetAt = (x: number, y: number): HTMLElement | null => {
    for (const hit of document.elementsFromPoint(x, y)) {
      if (el.contains(hit)) continue;
      const target = hit.closest<HTMLElement>(targets);
      if (target && !target.contains(el)) return target;
    }
    return null;
  };
  const highlight = (target: HTMLElement | null) => {
    if (target === over) return;
    over?.classList.remove('mg-drop-over');
    target?.classList.add('mg-drop-over');
    over = target;
  };
  const reset = () => {
    el.classList.remove('mg-dragging');
    el.style.removeProperty('translate');
    highlight(null);
    document.documentElement.classList.remove('mg-drag-active');
    start = null;
    dragging = false;
  };

  el.addEventListener('pointerdown', (event) => {
    if (event.button !== 0 || !event.isPrimary) return;
    start = { x: event.clientX, y: event.clientY, id: event.pointerId };
  });
  el.addEventListener('pointermove', (event) => {
    if (!start || event.pointerId !== start.id) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (!dragging) {
      if (Math.hypot(dx, dy) < DRAG_START) return;
      dragging = true;
      el.setPointerCapture?.(event.pointerId);
      el.classList.add('mg-dragging');
      document.documentElement.classList.add('mg-drag-active');
    }
    event.preventDefault();
    el.style.setProperty('translate', `${dx}px ${dy}px`);
    highlight(targetAt(event.clientX, event.clientY));
  });
  const end = (event: PointerEvent) => {
    if (!start || event.pointerId !== start.id) return;
    const wasDragging = dragging;
    const target = wasDragging ? targetAt(event.clientX, event.clientY) : null;
    reset();
    if (!wasDragging) return;
    // The click after a drag is not a tap.
    el.addEventListener('click', (e) => (e.stopImmediatePropagation(), e.preventDefault()), { capture: true, once: true });
    if (target) drop(target);
  };
  el.addEventListener('pointerup', end);
  el.addEventListener('pointercancel', (event) => {
    if (start && event.pointerId === start.id) reset();
  });
  return el;
}
