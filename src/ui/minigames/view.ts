/**
 * What a mini-game type draws: the shared frame (`screens/miniGameScreen.ts`)
 * owns the title, progress, intro with Relaxed/Timed, the optional timer and
 * the results; a type's view fills the stage and the panel while playing.
 */
import type { UiContext } from '../context';

export interface MiniGameView<G, S> {
  /** Under Tiko's introduction: what the child will do, at a glance. */
  introExtra(ctx: UiContext, game: G): HTMLElement | null;
  /** The stage slot while playing; null leaves the canvas on its own. */
  stage(ctx: UiContext, game: G, state: S): HTMLElement | null;
  /** The panel's card while playing (between intro and results); the frame may add the timer to it. */
  panel(ctx: UiContext, game: G, state: S): HTMLElement;
  /** The results' explanation of every answer. */
  review(ctx: UiContext, game: G, state: S): HTMLElement[];
  /** Common text keys whose words depend on what the game's items are (cards, pop-ups). */
  keys: {
    /** With {{current}} and {{total}}. */
    progress: string;
    relaxedNote: string;
    /** With {{seconds}}. */
    timerLabel: string;
    resultsTitle: string;
  };
}
