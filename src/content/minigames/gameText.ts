import type { MessageId, RiskFamily } from '../types';

/**
 * What every mini-game of a world starts with: its text lives in `<world>-game.json`
 * (title, intro, wrapUp at the top); `k` makes a key of that file for the game's own items.
 */
export function gameText<T extends string>(type: T, family: RiskFamily, messages: MessageId[]) {
  const ns = `${family}-game`;
  const k = (key: string) => `${ns}:${key}`;
  return { k, common: { type, id: ns, family, title: k('title'), intro: k('intro'), messages, wrapUp: k('wrapUp') } };
}
