/**
 * When an unattended kiosk asks "Are you still there?" and when it starts
 * over, from the time of the last input alone.
 */
export type IdleState = { kind: 'active' } | { kind: 'warning'; secondsLeft: number } | { kind: 'reset' };

export function idleState(lastInputMs: number, nowMs: number, idleSeconds: number, countdownSeconds: number): IdleState {
  const idle = (nowMs - lastInputMs) / 1000;
  if (idle < idleSeconds) return { kind: 'active' };
  const left = Math.ceil(idleSeconds + countdownSeconds - idle);
  return left > 0 ? { kind: 'warning', secondsLeft: left } : { kind: 'reset' };
}
