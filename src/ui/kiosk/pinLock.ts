/**
 * Guessing a kiosk's PIN gets slower with every wrong try: 1, 2, 4, 8… seconds, at most a
 * minute, so a visitor trying numbers gives up long before four digits are found, while an
 * organiser who mistyped waits a moment only.
 */
export interface PinLock {
  failed(): void;
  succeeded(): void;
  /** Whole seconds until the next try is accepted; 0 when a try is allowed now. */
  secondsLeft(): number;
}

export const MAX_WAIT_SECONDS = 60;

export function waitAfter(failures: number): number {
  return failures <= 0 ? 0 : Math.min(MAX_WAIT_SECONDS, 2 ** (failures - 1));
}

export function pinLock(now: () => number): PinLock {
  let failures = 0;
  let until = 0;
  return {
    failed() {
      failures += 1;
      until = now() + waitAfter(failures) * 1000;
    },
    succeeded() {
      failures = 0;
      until = 0;
    },
    secondsLeft: () => Math.max(0, Math.ceil((until - now()) / 1000)),
  };
}
