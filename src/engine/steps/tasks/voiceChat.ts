import type { VoiceChatTask } from '../../../content/types';
import type { TaskRules } from './taskRules';

/**
 * A game lobby's voice chat with live captions: mute a player (any player can be
 * muted and unmuted), and report the one who pressures, with a reason. Either order
 * works. Taking their gift, or talking back, plays out.
 */
export interface VoiceChatState {
  muted: string[];
  /** The player whose report form is open. */
  reporting: string | null;
  reason: string | null;
  reported: string[];
}

export type VoiceChatAction =
  | { type: 'toggleMute'; playerId: string }
  | { type: 'openReport'; playerId: string }
  | { type: 'pickReason'; reasonId: string }
  | { type: 'sendReport' }
  | { type: 'cancelReport' }
  | { type: 'acceptGift' }
  | { type: 'talk' };

export const voiceChat: TaskRules<VoiceChatTask, VoiceChatState, VoiceChatAction> = {
  start: () => ({ muted: [], reporting: null, reason: null, reported: [] }),

  reduce(task, state, action) {
    if (state.reporting !== null) {
      switch (action.type) {
        case 'pickReason':
          if (state.reason === action.reasonId || !task.reasons.some((r) => r.id === action.reasonId)) return state;
          return { ...state, reason: action.reasonId };
        case 'sendReport':
          if (!state.reason) return state;
          return { ...state, reporting: null, reason: null, reported: [...state.reported, state.reporting] };
        case 'cancelReport':
          return { ...state, reporting: null, reason: null };
        default:
          return state;
      }
    }
    switch (action.type) {
      case 'toggleMute': {
        if (!task.players.some((p) => p.id === action.playerId)) return state;
        const muted = state.muted.includes(action.playerId)
          ? state.muted.filter((id) => id !== action.playerId)
          : [...state.muted, action.playerId];
        return { ...state, muted };
      }
      case 'openReport':
        if (state.reported.includes(action.playerId) || !task.players.some((p) => p.id === action.playerId)) return state;
        return { ...state, reporting: action.playerId, reason: null };
      // Once reported, the game takes the player's gift and voice out of the lobby.
      case 'acceptGift':
        return task.gift && !state.reported.includes(task.target) ? { lessSafe: task.gift.id } : state;
      case 'talk':
        return task.talk && !state.reported.includes(task.target) ? { lessSafe: task.talk.id } : state;
      default:
        return state;
    }
  },

  done: (task, state) => state.muted.includes(task.target) && state.reported.includes(task.target),

  actions(task, state) {
    if (state.reporting !== null) {
      return [
        { type: 'cancelReport' },
        ...task.reasons.filter((r) => r.id !== state.reason).map((r) => ({ type: 'pickReason', reasonId: r.id }) as const),
        ...(state.reason ? [{ type: 'sendReport' } as const] : []),
      ];
    }
    const open = !state.reported.includes(task.target);
    return [
      ...task.players.map((p) => ({ type: 'toggleMute', playerId: p.id }) as const),
      ...task.players.filter((p) => !state.reported.includes(p.id)).map((p) => ({ type: 'openReport', playerId: p.id }) as const),
      ...(task.gift && open ? [{ type: 'acceptGift' } as const] : []),
      ...(task.talk && open ? [{ type: 'talk' } as const] : []),
    ];
  },

  lessSafe: (task) => [...(task.gift ? [task.gift] : []), ...(task.talk ? [task.talk] : [])],
};
