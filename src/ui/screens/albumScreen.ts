import { WORLDS } from '../../content';
import type { UiContext } from '../context';
import { h } from '../widgets/dom';
import { rewardPicture } from '../widgets/rewardArt';
import { worldsFor } from '../widgets/worldInfo';
import './album.css';

/**
 * The sticker album: a sticker for every story and mini-game finished, and each world's badge.
 * It only ever fills: nothing is lost, nothing counts down, nothing compares.
 */
export function albumScreen(ctx: UiContext): HTMLElement {
  const { t } = ctx.i18n;
  const { completed, games } = ctx.game.getState().progress;
  const worlds = worldsFor(ctx);
  const total = WORLDS.reduce((n, w) => n + w.scenarios.length + 1, 0);
  const count = WORLDS.reduce(
    (n, w) => n + w.scenarios.filter((s) => completed.includes(s.id)).length + (games.includes(w.game.id) ? 1 : 0),
    0,
  );

  const sticker = (done: boolean, kind: 'stories' | 'games', id: string, name: string) =>
    h(
      'li',
      { className: `album-sticker${done ? ' album-collected' : ''}` },
      done ? rewardPicture(kind, id, 'album-art') : h('span', { className: 'album-art album-empty', 'aria-hidden': 'true' }),
      h('span', { className: 'album-name' }, name),
      h('span', { className: 'album-status' }, t(done ? 'art.album.collected' : 'art.album.toFind')),
    );

  return h(
    'section',
    { className: 'screen album-screen', 'aria-labelledby': 'album-heading' },
    h(
      'header',
      { className: 'card album-header' },
      h('h1', { id: 'album-heading', tabindex: -1, 'data-screen-heading': true }, t('art.album.title')),
      h('p', {}, t('art.album.intro')),
      h('p', { className: 'album-count' }, t('art.album.count', { count, total })),
    ),
    h(
      'section',
      { className: 'card album-badges', 'aria-labelledby': 'album-badges-heading' },
      h('h2', { id: 'album-badges-heading' }, t('art.album.badges')),
      h(
        'ul',
        { className: 'album-badge-list' },
        worlds.map((w) => {
          const earned = w.state === 'finished';
          const world = t(`common:world.${w.family}`);
          return h(
            'li',
            { className: `album-badge world-${w.family}${earned ? ' album-collected' : ''}` },
            rewardPicture('badges', w.family, earned ? 'album-badge-art' : 'album-badge-art album-badge-missing'),
            h('span', { className: 'album-name' }, world),
            h('span', { className: 'album-status' }, t(earned ? 'art.album.badgeEarned' : 'art.album.badgeToEarn')),
          );
        }),
      ),
    ),
    WORLDS.map((w) =>
      h(
        'section',
        { className: `card album-world world-${w.family}`, 'aria-labelledby': `album-${w.family}` },
        h('h2', { id: `album-${w.family}` }, t(w.name)),
        h(
          'ul',
          { className: 'album-stickers' },
          w.scenarios.map((s) => sticker(completed.includes(s.id), 'stories', s.id, t(s.title))),
          sticker(games.includes(w.game.id), 'games', w.family, t(w.game.title)),
        ),
      ),
    ),
    h(
      'div',
      { className: 'done-actions' },
      h(
        'button',
        { type: 'button', className: 'primary with-arrow', 'data-focus-id': 'album-map', onclick: () => ctx.session.toMap() },
        t('nav.backToMap'),
      ),
    ),
  );
}
