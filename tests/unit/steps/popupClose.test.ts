import { describe, expect, it } from 'vitest';
import type { PopupCloseTask } from '../../../src/content';
import { safePath } from '../../../src/engine/steps/tasks';
import { popupClose as rules } from '../../../src/engine/steps/tasks/popupClose';

const popup = (id: string) => ({
  id,
  tone: 'prize' as const,
  title: `t:${id}`,
  body: `b:${id}`,
  trap: { id: `${id}-trap`, label: 'l', playsOut: 'p', outcome: ['o'] },
});
const task: PopupCloseTask = { task: 'popup-close', instruction: 'i', page: 'p', popups: [popup('prize'), popup('stay')] };

describe('closing pop-ups: rules', () => {
  it('closes each pop-up by its ✕, one after another, then is done', () => {
    const start = rules.start(task);
    expect(rules.done(task, start)).toBe(false);
    const one = rules.reduce(task, start, { type: 'closePopup', popupId: 'prize' });
    expect(one).toEqual({ closed: 1 });
    expect(rules.done(task, one as { closed: number })).toBe(false);
    const two = rules.reduce(task, one as { closed: number }, { type: 'closePopup', popupId: 'stay' });
    expect(rules.done(task, two as { closed: number })).toBe(true);
    expect(rules.actions(task, two as { closed: number })).toEqual([]);
  });

  it('plays out the big button of the pop-up on screen', () => {
    expect(rules.reduce(task, rules.start(task), { type: 'pressTrap', popupId: 'prize' })).toEqual({ lessSafe: 'prize-trap' });
    expect(rules.reduce(task, { closed: 1 }, { type: 'pressTrap', popupId: 'stay' })).toEqual({ lessSafe: 'stay-trap' });
  });

  it('ignores a second tap meant for a pop-up already closed, and one not shown yet', () => {
    const one = { closed: 1 };
    expect(rules.reduce(task, one, { type: 'closePopup', popupId: 'prize' })).toBe(one);
    expect(rules.reduce(task, one, { type: 'pressTrap', popupId: 'prize' })).toBe(one);
    const start = rules.start(task);
    expect(rules.reduce(task, start, { type: 'closePopup', popupId: 'stay' })).toBe(start);
    const done = { closed: 2 };
    expect(rules.reduce(task, done, { type: 'closePopup', popupId: 'stay' })).toBe(done);
  });

  it('finds the safe path, and names every trap as less safe', () => {
    expect(safePath(task)).toEqual([
      { type: 'closePopup', popupId: 'prize' },
      { type: 'closePopup', popupId: 'stay' },
    ]);
    expect(rules.lessSafe(task).map((a) => a.id)).toEqual(['prize-trap', 'stay-trap']);
  });
});
