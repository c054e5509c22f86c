/** One view per mini-game type, beside the engine's registry of rules: a new type adds an entry to each. */
import type { MiniGame, MiniGameType } from '../../content';
import type { GameOf, MiniGameState, StateOf } from '../../engine/miniGame';
import { chatTriageView } from './chatTriageView';
import { detectiveView } from './detectiveView';
import { kindnessRemixView } from './kindnessRemixView';
import { popupPatrolView } from './popupPatrolView';
import type { MiniGameView } from './view';

const VIEWS: { [T in MiniGameType]: MiniGameView<GameOf<T>, StateOf<T>> } = {
  'chat-triage': chatTriageView,
  detective: detectiveView,
  'kindness-remix': kindnessRemixView,
  'popup-patrol': popupPatrolView,
};

// TypeScript cannot follow a type shared by a game and its state; each entry is checked above.
export const viewOf = (type: MiniGameType) => VIEWS[type] as unknown as MiniGameView<MiniGame, MiniGameState>;
