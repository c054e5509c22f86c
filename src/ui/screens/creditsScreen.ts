import { ART_CREDITS } from '../../art/credits';
import type { UiContext } from '../context';
import { h } from '../widgets/dom';
import './credits.css';

/** Who made the pictures and sounds, and the licence of each open set: reachable from the title. */
export function creditsScreen(ctx: UiContext): HTMLElement {
  const { t } = ctx.i18n;
  return h(
    'section',
    { className: 'screen credits-screen', 'aria-labelledby': 'credits-heading' },
    h(
      'div',
      { className: 'card credits-card' },
      h('h1', { id: 'credits-heading', tabindex: -1, 'data-screen-heading': true }, t('art.credits.title')),
      h('p', {}, t('art.credits.intro')),
      h(
        'ul',
        { className: 'credits-list' },
        ART_CREDITS.map((c) =>
          h(
            'li',
            { className: 'credits-item' },
            h('h2', {}, t(`art.credits.${c.use}`)),
            h('p', { className: 'credits-set' }, c.author ? t('art.credits.by', { set: c.set, author: c.author }) : t('art.credits.ours')),
            h('p', { className: 'credits-licence' }, t('art.credits.licence', { licence: c.licence })),
          ),
        ),
      ),
      h('p', {}, t('art.credits.code')),
      h(
        'div',
        { className: 'done-actions' },
        h(
          'button',
          { type: 'button', className: 'primary', 'data-focus-id': 'credits-title', onclick: () => ctx.session.toTitle() },
          t('nav.backToStart'),
        ),
      ),
    ),
  );
}
