import type { MessageId, PopupPatrolGame, RiskFamily } from '../types';
import { gameText } from './gameText';

/** How a pop-up is answered well, and whether it offers a plain way out besides its ✕. */
export interface PopupSpec {
  id: string;
  trick: boolean;
  decline?: boolean;
  challengeOnly?: boolean;
}

/** The passphrase round: tile ids, those marked `weak` being easy to guess; and how many words it needs. */
export interface PassphraseSpec {
  tiles: Record<string, 'strong' | 'weak'>;
  words: { relaxed: number; challenge: number };
}

/**
 * A pop-up patrol's text lives in `<world>-game.json`, each pop-up's under
 * `cards.<id>`: from, text, why, its big button `accept`, its plain option
 * `decline` where it has one, and for a trick the `trap` its big button springs.
 * The passphrase tiles are under `passphrase.tiles.<id>`, a weak one's reason under `passphrase.weak.<id>`.
 */
export function popupPatrolGame(
  family: RiskFamily,
  messages: MessageId[],
  popups: PopupSpec[],
  passphrase: PassphraseSpec,
): PopupPatrolGame {
  const { k, common } = gameText('popup-patrol', family, messages);
  return {
    ...common,
    popups: popups.map(({ id, trick, decline, challengeOnly }) => ({
      id,
      from: k(`cards.${id}.from`),
      text: k(`cards.${id}.text`),
      accept: k(`cards.${id}.accept`),
      ...(decline ? { decline: k(`cards.${id}.decline`) } : {}),
      trick,
      ...(trick ? { trap: k(`cards.${id}.trap`) } : {}),
      why: k(`cards.${id}.why`),
      ...(challengeOnly ? { challengeOnly } : {}),
    })),
    passphrase: {
      tiles: Object.entries(passphrase.tiles).map(([id, strength]) => ({
        id,
        text: k(`passphrase.tiles.${id}`),
        ...(strength === 'weak' ? { weak: k(`passphrase.weak.${id}`) } : {}),
      })),
      words: passphrase.words,
    },
  };
}
