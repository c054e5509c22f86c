import type { UiContext } from '../context';
import { h } from '../widgets/dom';

/** The end of a visitor's tour: thanks, one thing to take home, and back to the start. */
export function tourEndScreen(ctx: UiContext): HTMLElement {
  const { t } = ctx.i18n;
  return h(
    'section',
    { className: 'screen play-layout reward-screen', 'aria-labelledby': 'tour-end' },
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
