import { WORLDS, type RiskFamily } from '../../content';
import { worldProgress, type WorldProgress } from '../../engine/progress';
import type { UiContext } from '../context';

/** The four worlds' progress as the views need it, with each world's own text keys. */
export function worldsFor(ctx: UiContext): (WorldProgress & { name: string; about: string })[] {
  const progress = worldProgress(WORLDS, ctx.game.getState().progress.completed, ctx.allWorldsOpen);
  return progress.map((p) => ({ ...p, name: `common:world.${p.family}`, about: `common:worldAbout.${p.family}` }));
}

export function worldName(ctx: UiContext, family: RiskFamily): string {
  return ctx.i18n.t(`common:world.${family}`);
}
