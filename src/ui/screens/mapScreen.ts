import type { UiContext } from '../context';
import { mascotLine } from '../widgets/mascotLine';
import { arrowKeyNavigation, h } from '../widgets/dom';
import { worldsFor } from '../widgets/worldInfo';

/**
 * The world map. The canvas draws the four places (and takes taps on them);
 * this list is the same map for keyboards and screen readers, and for anyone
 * who prefers to read.
 */
export function mapScreen(ctx: UiContext): HTMLElement {
  const { t } = ctx.i18n;
  const worlds = worldsFor(ctx);
  const list = h(
    'ul',
    { className: 'world-list', 'aria-labelledby': 'map-heading' },
    worlds.map((w, i) => {
      const locked = w.state === 'locked';
      const before = worlds[i - 1];
      const status =
        w.state === 'finished'
          ? t('map.finished')
          : locked && before
            ? t('map.locked', { count: w.toUnlock, world: t(before.name) })
            : t('map.stories', { done: w.done, total: w.total });
      return h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            className: `world-button world-${w.family} state-${w.state}`,
            'data-focus-id': `world-${w.family}`,
            'data-world': w.family,
            'aria-disabled': locked ? 'true' : null,
            'aria-describedby': `world-status-${w.family}`,
            onclick: () => ctx.session.openWorld(w.family),
          },
          h('span', { className: 'world-mark', 'aria-hidden': 'true' }),
          h(
            'span',
            { className: 'world-text' },
            h('span', { className: 'world-name' }, t(w.name)),
            h('span', { className: 'world-about' }, t(w.about)),
            h('span', { className: 'world-status', id: `world-status-${w.family}` }, status),
          ),
        ),
      );
    }),
  );
  arrowKeyNavigation(list);
  const badges = worlds.filter((w) => w.state === 'finished').length;
  return h(
    'section',
    { className: 'screen play-layout map-screen', 'aria-labelledby': 'map-heading' },
    h(
      'header',
      { className: 'scenario-header' },
      h('h1', { id: 'map-heading', tabindex: -1, 'data-screen-heading': true, className: 'scenario-title' }, t('map.title')),
      h('p', { className: 'badge-count' }, t('map.badges', { count: badges })),
      h(
        'button',
        { type: 'button', className: 'secondary', 'data-focus-id': 'map-album', onclick: () => ctx.session.toAlbum() },
        t('art.album.open'),
      ),
      badges === worlds.length &&
        h(
          'button',
          { type: 'button', className: 'secondary', 'data-focus-id': 'map-certificate', onclick: () => ctx.session.toCertificate() },
          t('certificate.open'),
        ),
    ),
    h('div', { className: 'stage', id: 'stage', 'data-view': 'map' }),
    h('div', { className: 'panel' }, h('div', { className: 'card' }, mascotLine(ctx, t('map.intro')), list)),
  );
}
