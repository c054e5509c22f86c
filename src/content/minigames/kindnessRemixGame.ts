import type { KindnessRemixGame, MessageId, RiskFamily } from '../types';
import { gameText } from './gameText';

export interface RoundSpec {
  id: string;
  /** Each hurtful line's id and its tiles' ids; the first tile listed is the kind one. */
  lines: Record<string, string[]>;
  /** The private message's tiles; the first listed is the kind one. */
  support: string[];
  challengeOnly?: boolean;
}

/** Shows tiles in an order where the kind one is not always first (fixed, so tests and classes see the same). */
const rotate = <T>(items: T[], by: number): T[] => items.map((_, i) => items[(i + by) % items.length]!);

/**
 * A kindness remix's text lives in `<world>-game.json`, each round's under
 * `rounds.<id>`: from, target, why, `lines.<line>.mean` / `.why` /
 * `.tiles.<tile>`, and `support.<tile>`.
 */
export function kindnessRemixGame(family: RiskFamily, messages: MessageId[], rounds: RoundSpec[]): KindnessRemixGame {
  const { k, common } = gameText('kindness-remix', family, messages);
  return {
    ...common,
    rounds: rounds.map(({ id, lines, support, challengeOnly }, r) => {
      const p = `rounds.${id}`;
      return {
        id,
        from: k(`${p}.from`),
        target: k(`${p}.target`),
        why: k(`${p}.why`),
        lines: Object.entries(lines).map(([line, tiles], l) => ({
          id: line,
          mean: k(`${p}.lines.${line}.mean`),
          why: k(`${p}.lines.${line}.why`),
          tiles: rotate(
            tiles.map((tile, i) => ({ id: tile, text: k(`${p}.lines.${line}.tiles.${tile}`), kind: i === 0 })),
            (r + l + 1) % tiles.length,
          ),
        })),
        support: rotate(
          support.map((tile, i) => ({ id: tile, text: k(`${p}.support.${tile}`), kind: i === 0 })),
          (r + 2) % support.length,
        ),
        ...(challengeOnly ? { challengeOnly } : {}),
      };
    }),
  };
}
