import type { UiContext } from '../context';
import type { ScreenScope } from '../screenScope';
import { h } from '../widgets/dom';
import '../kiosk/kiosk.css';

/**
 * The end of a visitor's tour: the family's badge and one rule to take home, in their language
 * (the volunteers' printed card says the same), then back to the start. The kiosk does not wait
 * for the idle timer: after the event's thanksSeconds the next family is invited.
 */
export function tourEndScreen(ctx: UiContext, scope: ScreenScope): HTMLElement {
  const { t } = ctx.i18n;
  const seconds = ctx.kiosk()?.thanksSeconds ?? 15;
  // Going back to the attract screen is the wipe (kiosk/kioskMode.ts), whichever way it comes.
  scope.timer('thanks', seconds * 1000, () => ctx.session.toAttract());
  return h(
    'section',
    { className: 'screen play-layout reward-screen kiosk-end', 'aria-labelledby': 'tour-end' },
    h('header', { className: 'scenario-header' }, h('p', { className: 'scenario-title' }, t('app.title'))),
    h('div', { className: 'stage', id: 'stage', 'data-view': 'tourEnd' }),
    h(
      'div',
      { className: 'panel' },
      h(
        'div',
        { className: 'card reward-card world-contact' },
        h('span', { className: 'badge-medal world-contact', 'aria-hidden': 'true' }),
        h('h1', { id: 'tour-end', tabindex: -1, 'data-screen-heading': true }, t('kiosk.endTitle')),
        h('p', { className: 'kiosk-end-badge' }, t('kioskPlus.badgeTitle')),
        h('div', { className: 'kiosk-end-rule' }, h('h2', {}, t('kioskPlus.ruleTitle')), h('p', {}, t('kioskPlus.rule'))),
        h('p', {}, t('kiosk.endText')),
        h(
          'button',
          { type: 'button', className: 'primary', 'data-focus-id': 'tour-again', onclick: () => ctx.session.toAttract() },
          t('kiosk.playAgain'),
        ),
      ),
    ),
  );
}
