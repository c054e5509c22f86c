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
  const card = stage.querySelector('.situation')?.getBoundingClientRect();
  const bottom = card && card.height > 0 ? Math.max(box.top + 60, card.top - 8) : box.bottom - 8;
  return { x: box.left + 8, y: box.top + 8, width: box.width - 16, height: Math.max(0, bottom - box.top - 8) };
}
