/**
 * Chat triage as a pure state machine: messages arrive one at a time in a
 * pretend chat list; the child answers, ignores, blocks or reports each.
 * Answering someone unsafe plays out for one beat (their next message
 * arrives) and the same message comes back: never a loss.
 */
import type { ChatMessage, ChatTriageGame, TriageAction } from '../../content/types';
import { oneAtATime } from './oneAtATime';
import { itemsFor, reviewIndex, type CommonGameAction, type MiniGameRules } from './rules';

export type ChatTriagePhase = 'intro' | 'message' | 'playOut' | 'feedback' | 'results';

export interface TriagedMessage {
  chatId: string;
  action: TriageAction;
  /** One of the message's safe answers. */
  right: boolean;
  /** Answered without playing an unsafe answer out first. */
  firstTry: boolean;
}

export interface ChatTriageState {
  type: 'chat-triage';
  gameId: string;
  phase: ChatTriagePhase;
  challenge: boolean;
  /** Messages still to come; the first has arrived. */
  queue: string[];
  answered: TriagedMessage[];
  last: TriagedMessage | null;
  /** How many times the message on screen played an unsafe answer out. */
  playedOut: number;
  review: number;
}

export type ChatTriageAction = { type: 'triage'; action: TriageAction } | { type: 'again' } | { type: 'next' };

export function startChatTriage(game: ChatTriageGame, challenge = false): ChatTriageState {
  return {
    type: 'chat-triage',
    gameId: game.id,
    phase: 'intro',
    challenge,
    queue: itemsFor(game.chats, challenge).map((c) => c.id),
    answered: [],
    last: null,
    playedOut: 0,
    review: 0,
  };
}

export function currentChat(game: ChatTriageGame, state: ChatTriageState): ChatMessage | undefined {
  return game.chats.find((c) => c.id === state.queue[0]);
}

export function chatById(game: ChatTriageGame, id: string): ChatMessage | undefined {
  return game.chats.find((c) => c.id === id);
}

const messages = oneAtATime<ChatTriageState, TriagedMessage>({
  item: 'message',
  after: 'results',
  answers: (state) => state.answered,
  keep: (state, answered) => ({ ...state, answered: [...state.answered, answered], playedOut: 0 }),
});

export function chatTriageReducer(
  game: ChatTriageGame,
  state: ChatTriageState,
  action: ChatTriageAction | CommonGameAction,
): ChatTriageState {
  if (action.type === 'restart') return startChatTriage(game);
  switch (state.phase) {
    case 'intro': {
      if (action.type !== 'start') return state;
      return messages.begin(startChatTriage(game, action.challenge));
    }
    case 'message': {
      const chat = currentChat(game, state);
      if (!chat) return { ...state, phase: 'results' };
      if (action.type !== 'triage') return state;
      if (action.action === 'answer' && chat.playOut) return { ...state, phase: 'playOut', playedOut: state.playedOut + 1 };
      const answered: TriagedMessage = {
        chatId: chat.id,
        action: action.action,
        right: chat.best.includes(action.action),
        firstTry: state.playedOut === 0,
      };
      return messages.answer(state, answered);
    }
    case 'playOut':
      return action.type === 'again' ? messages.again(state) : state;
    case 'feedback':
      return action.type === 'next' ? messages.next(state) : state;
    case 'results':
      return action.type === 'review' ? { ...state, review: reviewIndex(action.index, state.answered.length) } : state;
  }
}

export const chatTriageRules: MiniGameRules<ChatTriageGame, ChatTriageState, ChatTriageAction> = {
  start: (game) => startChatTriage(game),
  reduce: chatTriageReducer,
  finished: (state) => state.phase === 'results',
  score: (state) => ({ correct: state.answered.filter((a) => a.right && a.firstTry).length, total: state.answered.length }),
  size: (game) => itemsFor(game.chats, false).length,
  length: (game, state) => itemsFor(game.chats, state.challenge).length,
  position: (_game, state) => messages.position(state),
  viewKey: (state) => `${state.phase}:${state.answered.length}:${state.queue[0] ?? ''}:${state.playedOut}:${state.review}`,
  mood: (state) => messages.mood(state, (s) => (s.phase === 'playOut' ? 'concerned' : undefined)),
  cue: (prev, next) => (prev.phase === 'message' && next.phase === 'playOut' ? 'think-again' : messages.answerCue(prev, next)),
};
