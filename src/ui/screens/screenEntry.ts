import type { StageMusic, StageView } from '../../state/stage';
import type { UiContext } from '../context';
import type { ScreenScope } from '../screenScope';

/** What a screen drew, and what a screen reader should hear when it first shows. */
export interface ScreenView {
  el: HTMLElement;
  spoken?: string;
}

/** The top bar's way one level up. */
export interface BackLink {
  /** Text key of the button. */
  label: string;
  go(ctx: UiContext): void;
}

/**
 * Everything the app needs to know about one screen. Adding a screen means adding its id to
 * the session's `Screen` union and one entry to the registry (src/ui/screens/registry.ts).
 */
export interface ScreenEntry {
  /**
   * Which instance shows (the next card of a story is a new one): when it changes, the old
   * instance's scope is disposed and a new one made; a redraw of the same instance keeps it.
   * Null when the session holds nothing this screen could show: the title shows instead.
   */
  instance(ctx: UiContext): string | null;
  /** Timers and listeners go through `scope`, never module globals. */
  render(ctx: UiContext, scope: ScreenScope): ScreenView;
  back: BackLink | null;
  stage(ctx: UiContext): StageView;
  music(ctx: UiContext): StageMusic | null;
}
