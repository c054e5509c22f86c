import partyIcon from 'virtual:icon/lucide/party-popper';
import { WORLDS } from '../../content';
import { miniGamePosition, miniGameScore, type MiniGameState } from '../../engine/miniGame';
import type { UiContext } from '../context';
import { viewOf } from '../minigames';
import { classVoteCard } from '../minigames/classVote';
import '../minigames/miniGames.css';
import type { ScreenScope } from '../screenScope';
import { h } from '../widgets/dom';
import { iconElement } from '../widgets/icon';
import { mascotLine } from '../widgets/mascotLine';

/**
 * A world's mini-game, whatever its type: this frame draws the title, the
 * progress, the intro with Relaxed/Challenge, the class vote and the results;
 * the type's view (`../minigames/`) draws the stage and the panel in between.
 * No game has a clock: the challenge adds items and drops hints.
 */
export function miniGameScreen(ctx: UiContext, state: MiniGameState, _scope: ScreenScope): HTMLElement {
  const { t } = ctx.i18n;
  const world = WORLDS.find((w) => w.game.id === state.gameId)!;
  const game = world.game;
  const view = viewOf(game.type);
  const position = miniGamePosition(game, state);

  return h(
    'section',
    {
      className: `screen play-layout game-screen game-${game.type} world-${world.family} phase-${state.phase}${state.challenge ? ' mg-challenge' : ''}`,
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
      state.phase === 'intro' ? null : state.phase === 'results' ? finishBurst() : view.stage(ctx, game, state),
    ),
    h('div', { className: 'panel' }, panel(ctx, state)),
  );
}

/** The finish: a burst of confetti around a cheer; still when less movement is asked for. */
function finishBurst(): HTMLElement {
  return h(
    'div',
    { className: 'situation mg-finish', 'aria-hidden': 'true' },
    h('span', { className: 'mg-finish-icon' }, iconElement(partyIcon)),
    Array.from({ length: 12 }, (_, i) => h('span', { className: `mg-confetti mg-confetti-${i % 4}`, style: `--mg-i: ${i}` })),
  );
}

function panel(ctx: UiContext, state: MiniGameState): HTMLElement {
  const { t } = ctx.i18n;
  const game = WORLDS.find((w) => w.game.id === state.gameId)!.game;
  const view = viewOf(game.type);
  if (state.phase === 'intro') {
    return h(
      'div',
      { className: 'card' },
      mascotLine(ctx, t(game.intro)),
      view.introExtra(ctx, game),
      h('p', { className: 'privacy-note' }, t('miniGames.relaxedNote')),
      h(
        'div',
        { className: 'done-actions' },
        // Class and kiosk play relaxed: the same items for a room or a passing family.
        ctx.mode === 'home' &&
          h(
            'button',
            {
              type: 'button',
              className: 'secondary',
              'data-focus-id': 'game-challenge',
              onclick: () => ctx.session.gameAct({ type: 'start', challenge: true }),
            },
            t('miniGames.challenge'),
          ),
        h(
          'button',
          {
            type: 'button',
            className: 'primary with-arrow',
            'data-focus-id': 'game-relaxed',
            onclick: () => ctx.session.gameAct({ type: 'start', challenge: false }),
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
      { className: 'card results mg-results' },
      h('h2', { tabindex: -1, 'data-screen-heading': true }, t(view.keys.resultsTitle)),
      h('p', { className: 'mg-score' }, t('miniGames.score', { correct, total })),
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

  // In class, the class votes before the teacher plays the item; after the chart, both show.
  const classroom = ctx.session.getState().classroom;
  const vote = classroom ? view.classVote(ctx, game, state) : null;
  if (classroom && vote) {
    const card = classVoteCard(ctx, vote, classroom);
    if (classroom.reveal !== 'chart') return card;
    return h('div', { className: 'mg-class-play' }, card, view.panel(ctx, game, state));
  }
  return view.panel(ctx, game, state);
}
