import { playTogetherOn } from '../../state/playTogether';
import type { UiContext } from '../context';

/** Play together is on now: the family's choice in Settings, otherwise the kiosk event's. */
export const togetherOn = (ctx: Pick<UiContext, 'game' | 'mode' | 'kiosk'>): boolean =>
  playTogetherOn(ctx.game.getState().settings, ctx.mode, ctx.kiosk()?.playTogether);
