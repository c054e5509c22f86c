/** A context whose words come back as `[key]`, so a view test sees which key a control uses. */
import { vi } from 'vitest';
import type { MiniGameAction } from '../../../src/engine/miniGame';
import type { UiContext } from '../../../src/ui/context';

export function fakeContext(mode: UiContext['mode'] = 'home') {
  const gameAct = vi.fn<(action: MiniGameAction) => void>();
  const ctx = {
    i18n: { t: (key: string) => `[${key}]`, language: 'en' },
    session: { gameAct, getState: () => ({ tour: null, classroom: null }), openWorld: vi.fn() },
    speaker: { available: () => false, speak: () => undefined, stop: () => undefined },
    mode,
  } as unknown as UiContext;
  return { ctx, gameAct };
}

export function mount(...els: (HTMLElement | null)[]): HTMLElement {
  document.body.replaceChildren(...els.filter((e): e is HTMLElement => !!e));
  return document.body;
}

/**
 * Drags `from` onto `to` with pointer events, as a mouse would. happy-dom has no layout,
 * so the point under the pointer is `to`, as a browser would find it.
 */
export function dragOnto(from: HTMLElement, to: HTMLElement): void {
  const doc = document as Document & { elementsFromPoint: (x: number, y: number) => Element[] };
  const before = doc.elementsFromPoint;
  doc.elementsFromPoint = () => [from, to];
  const fire = (type: string, x: number, y: number) =>
    from.dispatchEvent(new PointerEvent(type, { bubbles: true, button: 0, isPrimary: true, pointerId: 1, clientX: x, clientY: y }));
  fire('pointerdown', 10, 10);
  fire('pointermove', 30, 30);
  fire('pointermove', 200, 200);
  fire('pointerup', 200, 200);
  // The click that follows a drag is not a tap.
  from.click();
  doc.elementsFromPoint = before;
}
