import type { ChatTriageGame, MessageId, RiskFamily, TriageAction } from '../types';
import { gameText } from './gameText';

export interface ChatSpec {
  id: string;
  friend?: boolean;
  best: TriageAction[];
  /** Answering plays out (the sender's next message arrives) before a rewind. */
  playOut?: boolean;
  challengeOnly?: boolean;
}

/**
 * A chat triage's text lives in `<world>-game.json`, each message's under
 * `chats.<id>`: from, text, why, hint, and `playOut` where answering plays out.
 */
export function chatTriageGame(family: RiskFamily, messages: MessageId[], chats: ChatSpec[]): ChatTriageGame {
  const { k, common } = gameText('chat-triage', family, messages);
  return {
    ...common,
    chats: chats.map(({ id, friend = false, best, playOut, challengeOnly }) => ({
      id,
      from: k(`chats.${id}.from`),
      text: k(`chats.${id}.text`),
      friend,
      best,
      ...(playOut ? { playOut: k(`chats.${id}.playOut`) } : {}),
      why: k(`chats.${id}.why`),
      hint: k(`chats.${id}.hint`),
      ...(challengeOnly ? { challengeOnly } : {}),
    })),
  };
}
