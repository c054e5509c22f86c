/**
 * Publishes where the stage's picture may go: the screen's stage slot, less the situation card
 * drawn over its bottom, in CSS pixels of the page. The scene reads it from the stage store and
 * never looks into the DOM layer.
 */
import { publishStage, type StageRect, type StageStore } from '../state/stage';

export interface StageSlotWatcher {
  /**
   * The current screen's slot, or null when it has none: returns its free area now, for the
   * caller to publish with the view, and publishes it again on every reflow.
   */
  follow(slot: HTMLElement | null): StageRect | null;
}

export function watchStageSlot(store: StageStore, host: HTMLElement): StageSlotWatcher {
  let slot: HTMLElement | null = null;
  const rect = () => (slot?.isConnected ? freeArea(slot) : null);
  const measure = () => publishStage(store, { rect: rect() });
  // The DOM layer can reflow without a window resize (text size, language, a font arriving).
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
  addEventListener('resize', measure);
  // A long screen (extra-large text on a phone) scrolls the page, not the canvas behind it: the
  // picture follows its slot, once a frame, instead of staying put under the text.
  let frame = 0;
  const followScroll = () => {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      measure();
    });
  };
  addEventListener('scroll', followScroll, { passive: true });
  return {
    follow(next) {
      slot = next;
      if (observer) {
        observer.disconnect();
        for (const el of [host, next, next?.querySelector('.situation')]) if (el) observer.observe(el);
      }
      return rect();
    },
  };
}

function freeArea(stage: HTMLElement): StageRect {
  const box = stage.getBoundingClientRect();
  const inner = { x: box.left + 8, y: box.top + 8, width: box.width - 16, height: box.height - 16 };
  const card = stage.querySelector('.situation')?.getBoundingClientRect();
  if (!card || card.height <= 0) return inner;
  const above = { ...inner, height: Math.max(52, card.top - 8 - inner.y) };
  // A tall pretend app leaves little room above it but a wide one beside it: the picture and Tiko
  // go there instead, never behind the app (the card keeps its place either way).
  const sides = [
    { ...inner, width: card.left - 8 - inner.x },
    { ...inner, x: card.right + 8, width: inner.x + inner.width - card.right - 8 },
  ];
  const area = (r: StageRect) => Math.max(0, r.width) * Math.max(0, r.height);
  const side = sides.reduce((a, b) => (area(b) > area(a) ? b : a));
  return area(side) > area(above) * 1.5 ? side : above;
}
