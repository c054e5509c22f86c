import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScreenScope } from '../../../src/ui/screenScope';

describe('screenScope', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps a running timer when the same id is asked for again (a redraw does not restart it)', () => {
    const scope = createScreenScope();
    const fired: string[] = [];
    scope.timer('card', 1000, () => fired.push('first'));
    vi.advanceTimersByTime(600);
    scope.timer('card', 1000, () => fired.push('second'));
    vi.advanceTimersByTime(400);
    expect(fired).toEqual(['first']);
    // Once it has fired, the same id may start again (the next card).
    scope.timer('card', 1000, () => fired.push('third'));
    vi.advanceTimersByTime(1000);
    expect(fired).toEqual(['first', 'third']);
  });

  it('stops every timer, interval and listener on dispose, and runs finalisers once', () => {
    const scope = createScreenScope();
    const calls: string[] = [];
    const target = new EventTarget();
    scope.timer('t', 100, () => calls.push('timer'));
    scope.interval('i', 50, () => calls.push('tick'));
    scope.listen('l', target, 'ping', () => calls.push('ping'));
    scope.onDispose(() => calls.push('disposed'));
    scope.dispose();
    scope.dispose();
    vi.advanceTimersByTime(500);
    target.dispatchEvent(new Event('ping'));
    expect(calls).toEqual(['disposed']);
    expect(scope.disposed).toBe(true);
    // Nothing starts on a disposed scope.
    scope.timer('late', 10, () => calls.push('late'));
    vi.advanceTimersByTime(20);
    expect(calls).toEqual(['disposed']);
  });

  it('clear stops one timer and a second listen with the same id replaces the first', () => {
    const scope = createScreenScope();
    const calls: string[] = [];
    const target = new EventTarget();
    scope.timer('t', 100, () => calls.push('timer'));
    scope.clear('t');
    scope.listen('l', target, 'ping', () => calls.push('one'));
    scope.listen('l', target, 'ping', () => calls.push('two'));
    vi.advanceTimersByTime(200);
    target.dispatchEvent(new Event('ping'));
    expect(calls).toEqual(['two']);
  });

  it("keeps an instance's state across redraws, and a new instance starts afresh", () => {
    const scope = createScreenScope();
    const first = scope.keep('cycle', () => ({ index: 1 }));
    first.index = 3;
    expect(scope.keep('cycle', () => ({ index: 1 }))).toBe(first);
    expect(scope.keep('cycle', () => ({ index: 1 })).index).toBe(3);
    expect(createScreenScope().keep('cycle', () => ({ index: 1 })).index).toBe(1);
  });
});
