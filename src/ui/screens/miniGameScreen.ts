import { WORLDS } from '../../content';
import { miniGamePosition, miniGameScore, miniGameWaiting, type MiniGameState } from '../../engine/miniGame';
import type { UiContext } from '../context';
import { viewOf } from '../minigames';
import type { ScreenScope } from '../screenScope';
import { h } from '../widgets/dom';
import { mascotLine } from '../widgets/mascotLine';

/** Seconds an item (a card, a pop-up) waits with the timer on; then it just comes back later. */
export const CARD_SECONDS = 15;

/**
 * A world's mini-game, whatever its type: this frame draws the title, the
 * progress, the intro with Relaxed/Timed, the optional timer and the results;
 * the type's view (`../minigames/`) draws the stage and the panel in between.
 */
export function miniGameScreen(ctx: UiContext, state: MiniGameState, scope: ScreenScope): HTMLElement {
  const { t } = ctx.i18n;
  const world = WORLDS.find((w) => w.game.id === state.gameId)!;
  const game = world.game;
  const view = viewOf(game.type);
  const position = miniGamePosition(game, state);

  return h(
    'section',
    {
      className: `screen play-layout game-screen game-${game.type} world-${world.family} phase-${state.phase}`,
      'aria-labelledby': 'game-title',
    },
    h(
      'header',
      { className: 'scenario-header' },
      h('h1', { id: 'game-title', className: 'scenario-title' }, t(game.title)),
      position && h('p', { className: 'badge-count' }, t(view.keys.progress, position)),
    ),
    h(
      'div',
      { className: 'stage', id: 'stage', 'data-view': 'game' },
      state.phase === 'intro' || state.phase === 'results' ? null : view.stage(ctx, game, state),
    ),
    h('div', { className: 'panel' }, panel(ctx, state, scope)),
  );
}

function panel(ctx: UiContext, state: MiniGameState, scope: ScreenScope): HTMLElement {
  const { t } = ctx.i18n;
  const game = WORLDS.find((w) => w.game.id === state.gameId)!.game;
  const view = viewOf(game.type);
  if (state.phase === 'intro') {
    return h(
      'div',
      { className: 'card' },
      mascotLine(ctx, t(game.intro)),
      view.introExtra(ctx, game),
      h('p', { className: 'privacy-note' }, t(view.keys.relaxedNote)),
      h(
        'div',
        { className: 'done-actions' },
        // Class and kiosk play relaxed only: no clock for a room or a passing family.
        ctx.mode === 'home' &&
          h(
            'button',
            {
              type: 'button',
              className: 'secondary',
              'data-focus-id': 'game-timed',
              onclick: () => ctx.session.gameAct({ type: 'start', timed: true }),
            },
            t('game.timed'),
          ),
        h(
          'button',
          {
            type: 'button',
            className: 'primary with-arrow',
            'data-focus-id': 'game-relaxed',
            onclick: () => ctx.session.gameAct({ type: 'start', timed: false }),
          },
          t('game.relaxed'),
        ),
      ),
    );
  }

  if (state.phase === 'results') {
    const { correct, total } = miniGameScore(state);
    return h(
      'div',
      { className: 'card results' },
      h('h2', { tabindex: -1, 'data-screen-heading': true }, t(view.keys.resultsTitle)),
      h('p', {}, t('game.score', { correct, total })),
      ...view.review(ctx, game, state),
      h('div', { className: 'key-message' }, h('p', { className: 'key-message-text' }, t(game.wrapUp))),
      ctx.session.getState().tour
        ? h(
            'button',
            { type: 'button', className: 'primary with-arrow', 'data-focus-id': 'tour-next', onclick: () => ctx.session.tourNext() },
            t('kiosk.continue'),
          )
        : h(
            'div',
            { className: 'done-actions' },
            h(
              'button',
              {
                type: 'button',
                className: 'secondary',
                'data-focus-id': 'game-again',
                onclick: () => ctx.session.gameAct({ type: 'restart' }),
              },
              t('game.again'),
            ),
            h(
              'button',
              {
                type: 'button',
                className: 'primary with-arrow',
                'data-focus-id': 'game-back',
                onclick: () => ctx.session.openWorld(game.family),
              },
              t('nav.backToWorld'),
            ),
          ),
    );
  }

  const card = view.panel(ctx, game, state);
  // The optional timer (home only): it can only send the item back for later, never cost anything.
  if (state.timed && miniGameWaiting(state)) {
    // A redraw of the same item shows the bar where the clock is, not full again.
    const elapsed = (Date.now() - scope.keep('card-shown', () => Date.now())) / 1000;
    card.append(
      h(
        'div',
        { className: 'timer', role: 'img', 'aria-label': t(view.keys.timerLabel, { seconds: CARD_SECONDS }) },
        h('span', { className: 'timer-bar', style: `animation-duration: ${CARD_SECONDS}s; animation-delay: -${elapsed}s` }),
      ),
    );
    // The item's scope ends when it is answered or another screen shows; a redraw keeps the clock.
    scope.timer('card', CARD_SECONDS * 1000, () => ctx.session.gameAct({ type: 'later' }));
  }
  return card;
}
