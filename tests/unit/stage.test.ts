import { describe, expect, it, vi } from 'vitest';
import { createStageStore, publishStage } from '../../src/state/stage';

describe('stage store', () => {
  it('starts with nothing to draw and no music', () => {
    expect(createStageStore().getState()).toEqual({ view: { kind: 'none' }, rect: null, rtl: false, music: null });
  });

  it('publishes only what changed, so a redraw of the same screen does not wake the scene', () => {
    const stage = createStageStore();
    const listener = vi.fn();
    stage.subscribe(listener);
    publishStage(stage, { view: { kind: 'map', mood: 'waving' }, music: 'map', rect: { x: 8, y: 8, width: 400, height: 300 } });
    expect(listener).toHaveBeenCalledTimes(1);
    publishStage(stage, { view: { kind: 'map', mood: 'waving' }, music: 'map', rect: { x: 8, y: 8, width: 400, height: 300 } });
    expect(listener).toHaveBeenCalledTimes(1);
    const before = stage.getState().view;
    publishStage(stage, { view: { kind: 'map', mood: 'waving' }, rect: { x: 8, y: 8, width: 500, height: 300 } });
    expect(listener).toHaveBeenCalledTimes(2);
    expect(stage.getState().view).toBe(before);
    expect(stage.getState().rect?.width).toBe(500);
  });
});
