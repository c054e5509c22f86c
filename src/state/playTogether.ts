import type { Mode } from '../engine/urlOptions';
import type { Settings } from './savedState';

/**
 * Whether play together is on now: the family's own choice in Settings, otherwise what the place
 * says (a kiosk event's `playTogether`; off at home). A class has its own discussion instead.
 */
export function playTogetherOn(settings: Pick<Settings, 'playTogether'>, mode: Mode, eventSetting = false): boolean {
  if (mode === 'class') return false;
  return settings.playTogether ?? (mode === 'kiosk' && eventSetting);
}
