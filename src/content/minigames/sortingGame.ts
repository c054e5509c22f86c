import type { Bin, MessageId, MiniGame, RiskFamily } from '../types';

/**
 * Every world's mini-game has the same shape: its text lives in
 * `<world>-game.json`, each card's under `cards.<id>` (from, text, why).
 * Only which cards there are, and where each belongs, differ.
 */
export function sortingGame(family: RiskFamily, messages: MessageId[], cards: [id: string, bin: Bin][]): MiniGame {
  const ns = `${family}-game`;
  const k = (key: string) => `${ns}:${key}`;
  return {
    id: ns,
    family,
    title: k('title'),
    intro: k('intro'),
    bins: { first: k('bins.first'), second: k('bins.second') },
    messages,
    wrapUp: k('wrapUp'),
    cards: cards.map(([id, bin]) => ({ id, from: k(`cards.${id}.from`), text: k(`cards.${id}.text`), bin, why: k(`cards.${id}.why`) })),
  };
}
