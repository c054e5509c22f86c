import { WORLDS, type RiskFamily } from '../../content';
import type { UiContext } from '../context';
import { miniGameSize } from '../../engine/miniGame';
import { mascotLine } from '../widgets/mascotLine';
import { arrowKeyNavigation, h } from '../widgets/dom';
import { worldsFor } from '../widgets/worldInfo';

/** One world: its stories, the next one to play marked, finished ones ticked. */
export function worldScreen(ctx: UiContext, family: RiskFamily): HTMLElement {
  const { t } = ctx.i18n;
  const world = WORLDS.find((w) => w.family === family)!;
  const info = worldsFor(ctx).find((w) => w.family === family)!;
  const completed = ctx.game.getState().progress.completed;
  const list = h(
    'ol',
    { className: 'story-list', 'aria-label': t('worldScreen.storiesLabel') },
    world.scenarios.map((s) => {
      const done = completed.includes(s.id);
      const isNext = s.id === info.next?.id && info.state !== 'finished';
      return h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            className: `story-button${done ? ' done' : ''}${isNext ? ' next' : ''}`,
            'data-focus-id': `story-${s.id}`,
            'data-story': s.id,
            onclick: () => ctx.session.play(s.id),
          },
          h('span', { className: 'story-mark', 'aria-hidden': 'true' }),
          h('span', { className: 'story-title' }, t(s.title)),
          done && h('span', { className: 'story-done' }, t('worldScreen.finishedStory')),
        ),
      );
    }),
  );
  const gamePlayed = ctx.game.getState().progress.games.includes(world.game.id);
  if (miniGameSize(world.game)) {
    list.append(
      h(
        'li',
        { className: 'game-entry' },
        h(
          'button',
          {
            type: 'button',
            className: `story-button game-button${gamePlayed ? ' done' : ''}`,
            'data-focus-id': 'open-game',
            'data-game': world.game.id,
            onclick: () => ctx.session.openGame(family),
          },
          h('span', { className: 'story-mark game-mark', 'aria-hidden': 'true' }),
          h('span', { className: 'story-title' }, t('worldScreen.gameEntry', { title: t(world.game.title) })),
          gamePlayed && h('span', { className: 'story-done' }, t('worldScreen.gameDone')),
        ),
      ),
    );
  }
  arrowKeyNavigation(list);
  return h(
    'section',
    { className: `screen play-layout world-screen world-${family}`, 'aria-labelledby': 'world-heading' },
    h(
      'header',
      { className: 'scenario-header' },
      h('h1', { id: 'world-heading', tabindex: -1, 'data-screen-heading': true, className: 'scenario-title' }, t(info.name)),
      h('p', { className: 'badge-count' }, t('map.stories', { done: info.done, total: info.total })),
    ),
    h('div', { className: 'stage', id: 'stage', 'data-view': 'world' }),
    h('div', { className: 'panel' }, h('div', { className: 'card' }, mascotLine(ctx, t(`common:worldIntro.${family}`)), list)),
  );
}
