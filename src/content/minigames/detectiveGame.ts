import type { DetectiveGame, MessageId, PostPartId, PostVerdict, RiskFamily } from '../types';
import { gameText } from './gameText';

export interface PostSpec {
  id: string;
  verdict: PostVerdict;
  /** The parts a detective can zoom into, in the order they appear; `true` marks a clue. */
  parts: Partial<Record<PostPartId, boolean>>;
  challengeOnly?: boolean;
}

const ORDER: PostPartId[] = ['sender', 'label', 'date', 'address'];

/**
 * A detective game's text lives in `<world>-game.json`, each post's under
 * `posts.<id>`: body, why, and each part's `text` and `note` under `<part>`.
 */
export function detectiveGame(family: RiskFamily, messages: MessageId[], posts: PostSpec[]): DetectiveGame {
  const { k, common } = gameText('detective', family, messages);
  return {
    ...common,
    posts: posts.map(({ id, verdict, parts, challengeOnly }) => ({
      id,
      verdict,
      body: k(`posts.${id}.body`),
      why: k(`posts.${id}.why`),
      parts: ORDER.filter((part) => part in parts).map((part) => ({
        id: part,
        text: k(`posts.${id}.${part}.text`),
        note: k(`posts.${id}.${part}.note`),
        clue: parts[part] === true,
      })),
      ...(challengeOnly ? { challengeOnly } : {}),
    })),
  };
}
