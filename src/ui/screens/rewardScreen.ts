import type { RiskFamily } from '../../content';
import type { UiContext } from '../context';
import { h } from '../widgets/dom';
import { rewardPicture } from '../widgets/rewardArt';
import { worldName, worldsFor } from '../widgets/worldInfo';
import './rewards.css';

/** The moment a world is finished: a badge, Tiko cheers (on the canvas), a way on. */
export function rewardScreen(ctx: UiContext, family: RiskFamily): HTMLElement {
  const { t } = ctx.i18n;
  const allBadges = worldsFor(ctx).every((w) => w.state === 'finished');
  return h(
    'section',
    { className: `screen play-layout reward-screen world-${family}`, 'aria-labelledby': 'reward-heading' },
    h('header', { className: 'scenario-header' }, h('p', { className: 'scenario-title' }, t(`common:world.${family}`))),
    h('div', { className: 'stage', id: 'stage', 'data-view': 'reward' }),
    h(
      'div',
      { className: 'panel' },
      h(
        'div',
        { className: 'card reward-card' },
        rewardPicture('badges', family, `reward-badge world-${family}`),
        h('h1', { id: 'reward-heading', tabindex: -1, 'data-screen-heading': true }, t('reward.title', { world: worldName(ctx, family) })),
        h('p', {}, t('reward.text')),
        allBadges && h('p', { className: 'key-message-text' }, t('reward.allWorlds')),
        h(
          'div',
          { className: 'done-actions' },
          allBadges &&
            h(
              'button',
              { type: 'button', className: 'secondary', 'data-focus-id': 'reward-certificate', onclick: () => ctx.session.toCertificate() },
              t('certificate.open'),
            ),
          h(
            'button',
            { type: 'button', className: 'secondary', 'data-focus-id': 'reward-album', onclick: () => ctx.session.toAlbum() },
            t('art.album.open'),
          ),
          h(
            'button',
            { type: 'button', className: 'primary with-back-arrow', 'data-focus-id': 'reward-map', onclick: () => ctx.session.toMap() },
            t('nav.backToMap'),
          ),
        ),
      ),
    ),
  );
}
