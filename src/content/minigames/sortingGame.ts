import type { Bin, MessageId, RiskFamily, SortingGame } from '../types';

/**
 * A sorting game's text lives in `<world>-game.json`, each card's under
 * `cards.<id>` (from, text, why). Only which cards there are, and where each
 * belongs, differ.
 */
export function sortingGame(family: RiskFamily, messages: MessageId[], cards: [id: string, bin: Bin][]): SortingGame {
  const ns = `${family}-game`;
  const k = (key: string) => `${ns}:${key}`;
  return {
    type: 'sorting',
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
