// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createStageStore } from '../../../src/state/stage';
import { watchStageSlot } from '../../../src/ui/stageSlot';

const box = (el: Element, top: number, height: number, left = 100, width = 600) =>
  (el.getBoundingClientRect = () => ({
    top,
    left,
    width,
    height,
    bottom: top + height,
    right: left + width,
    x: left,
    y: top,
    toJSON: () => ({}),
  }));

describe('watchStageSlot', () => {
  it('the free area is the slot less its margin and the situation card over its bottom', () => {
    const host = document.createElement('main');
    const slot = host.appendChild(document.createElement('div'));
    document.body.replaceChildren(host);
    box(slot, 50, 400);
    const watcher = watchStageSlot(createStageStore(), host);
    expect(watcher.follow(slot)).toEqual({ x: 108, y: 58, width: 584, height: 384 });

    const card = slot.appendChild(document.createElement('div'));
    card.className = 'situation';
    box(card, 300, 150);
    expect(watcher.follow(slot)).toEqual({ x: 108, y: 58, width: 584, height: 300 - 8 - 58 });
  });

  it('beside a tall, narrow pretend app, the picture goes where the room is, never behind it', () => {
    const host = document.createElement('main');
    const slot = host.appendChild(document.createElement('div'));
    document.body.replaceChildren(host);
    box(slot, 50, 600, 0, 1000);
    const app = slot.appendChild(document.createElement('div'));
    app.className = 'situation pretend-app';
    box(app, 80, 560, 60, 380);
    const watcher = watchStageSlot(createStageStore(), host);
    expect(watcher.follow(slot)).toEqual({ x: 448, y: 58, width: 1000 - 8 - 448, height: 584 });
  });

  it('a screen without a slot has no picture area', () => {
    const host = document.createElement('main');
    expect(watchStageSlot(createStageStore(), host).follow(null)).toBeNull();
  });

  it('publishes a reflow of the slot (the window resizing)', () => {
    const host = document.createElement('main');
    const slot = host.appendChild(document.createElement('div'));
    document.body.replaceChildren(host);
    box(slot, 50, 400);
    const stage = createStageStore();
    watchStageSlot(stage, host).follow(slot);
    box(slot, 50, 200);
    dispatchEvent(new Event('resize'));
    expect(stage.getState().rect).toEqual({ x: 108, y: 58, width: 584, height: 184 });
  });

  it('follows the slot when the page scrolls (extra-large text on a phone), once a frame', async () => {
    const host = document.createElement('main');
    const slot = host.appendChild(document.createElement('div'));
    document.body.replaceChildren(host);
    box(slot, 50, 400);
    const stage = createStageStore();
    watchStageSlot(stage, host).follow(slot);
    box(slot, -150, 400);
    dispatchEvent(new Event('scroll'));
    await new Promise((done) => requestAnimationFrame(() => done(null)));
    expect(stage.getState().rect).toEqual({ x: 108, y: -142, width: 584, height: 384 });
  });
});
