import type { UiContext } from '../context';
import type { SessionState } from '../../state/session';
import { h } from '../widgets/dom';

/**
 * A large strip the queue can read from a few steps away ("Story 2 of 3"), so the next family
 * sees how long the visit in front of them lasts. It also names the tour's step on <html>
 * (data-tour-step) for tests and for an event's own screen styles.
 */
export function watchQueue(ctx: UiContext): void {
  const strip = h('div', { className: 'kiosk-queue', hidden: true });
  document.body.append(strip);
  const show = (state: SessionState) => {
    const tour = state.tour;
    const step = tour?.steps[tour.index];
    const html = document.documentElement;
    if (!tour || !step || state.screen === 'attract' || state.screen === 'tourEnd') {
      strip.hidden = true;
      delete html.dataset.tourStep;
      return;
    }
    html.dataset.tourStep = `${step.kind}:${step.id}`;
    const vars = { n: tour.index + 1, total: tour.steps.length };
    strip.textContent = ctx.i18n.t(step.kind === 'game' ? 'kioskPlus.queueGame' : 'kioskPlus.queueStory', vars);
    strip.hidden = false;
  };
  ctx.session.subscribe((state) => show(state));
  ctx.i18n.on('languageChanged', () => show(ctx.session.getState()));
}
