/**
 * What a mini-game type draws: the shared frame (`screens/miniGameScreen.ts`)
 * owns the title, progress, intro with Relaxed/Challenge, the class vote and
 * the results; a type's view fills the stage and the panel while playing.
 */
import type { UiContext } from '../context';

/** What the class votes on for the item on screen: its options, and which are the safest. */
export interface ClassVoteItem {
  prompt: string;
  options: { id: string; label: string }[];
  safest: string[];
}

export interface MiniGameView<G, S> {
  /** Under Tiko's introduction: what the child will do, at a glance. */
  introExtra(ctx: UiContext, game: G): HTMLElement | null;
  /** The stage slot while playing; null leaves the canvas on its own. */
  stage(ctx: UiContext, game: G, state: S): HTMLElement | null;
  /** The panel's card while playing (between intro and results). */
  panel(ctx: UiContext, game: G, state: S): HTMLElement;
  /** The results' explanation: one answer at a time. */
  review(ctx: UiContext, game: G, state: S): HTMLElement[];
  /** In class mode, while an item waits for an answer: what the class votes on; null when nothing does. */
  classVote(ctx: UiContext, game: G, state: S): ClassVoteItem | null;
  /** Common text keys whose words depend on what the game's items are (messages, posts, pop-ups). */
  keys: {
    /** With {{current}} and {{total}}. */
    progress: string;
    resultsTitle: string;
  };
}
