import { WORLDS, type Bin, type MiniGame } from '../../content';
import { currentCard, miniGameScore, type MiniGameState } from '../../engine/miniGame';
import type { UiContext } from '../context';
import type { ScreenScope } from '../screenScope';
import { h } from '../widgets/dom';
import { mascotLine } from '../widgets/mascotLine';

/** Seconds a card waits with the timer on; then it just comes back later. */
export const CARD_SECONDS = 15;

/** A world's sorting game: intro, one card at a time, a reason after each, every answer explained at the end. */
export function miniGameScreen(ctx: UiContext, state: MiniGameState, scope: ScreenScope): HTMLElement {
  const { t } = ctx.i18n;
  const world = WORLDS.find((w) => w.game.id === state.gameId)!;
  const game = world.game;
  const card = currentCard(game, state);
  const done = state.sorted.length;
  const total = game.cards.length;

  const stageContent =
    state.phase === 'sort' && card
      ? h(
          'div',
          { className: 'situation game-card' },
          h(
            'div',
            { className: 'situation-item message' },
            card.from && h('p', { className: 'situation-from' }, h('span', { className: 'avatar', 'aria-hidden': 'true' }), t(card.from)),
            h('p', { className: 'situation-text' }, t(card.text)),
          ),
        )
      : null;

  return h(
    'section',
    { className: `screen play-layout game-screen world-${world.family} phase-${state.phase}`, 'aria-labelledby': 'game-title' },
    h(
      'header',
      { className: 'scenario-header' },
      h('h1', { id: 'game-title', className: 'scenario-title' }, t(game.title)),
      state.phase !== 'intro' && state.phase !== 'results' && h('p', { className: 'badge-count' }, t('game.progress', { current: Math.min(done + (state.phase === 'sort' ? 1 : 0), total), total })),
    ),
    h('div', { className: 'stage', id: 'stage', 'data-view': 'game' }, stageContent),
    h('div', { className: 'panel' }, panel(ctx, game, state, scope)),
  );
}

function binButtons(ctx: UiContext, game: MiniGame): HTMLElement {
  const { t } = ctx.i18n;
  return h(
    'div',
    { className: 'bins', role: 'group', 'aria-label': t('game.prompt') },
    (['first', 'second'] as Bin[]).map((bin) =>
      h(
        'button',
        { type: 'button', className: `bin bin-${bin}`, 'data-focus-id': `bin-${bin}`, 'data-bin': bin, onclick: () => ctx.session.gameAct({ type: 'sort', bin }) },
        h('span', { className: 'bin-icon', 'aria-hidden': 'true' }),
        t(game.bins[bin]),
      ),
    ),
  );
}

function panel(ctx: UiContext, game: MiniGame, state: MiniGameState, scope: ScreenScope): HTMLElement {
  const { t } = ctx.i18n;
  const next = () => ctx.session.gameAct({ type: 'next' });
  switch (state.phase) {
    case 'intro':
      return h(
        'div',
        { className: 'card' },
        mascotLine(ctx, t(game.intro)),
        h(
          'div',
          { className: 'bins-preview' },
          h('span', { className: 'bin-chip bin-first' }, t(game.bins.first)),
          h('span', { className: 'bin-chip bin-second' }, t(game.bins.second)),
        ),
        h('p', { className: 'privacy-note' }, t('game.relaxedNote')),
        h(
          'div',
          { className: 'done-actions' },
          // Class and kiosk play relaxed only: no clock for a room or a passing family.
          ctx.mode === 'home' &&
            h('button', { type: 'button', className: 'secondary', 'data-focus-id': 'game-timed', onclick: () => ctx.session.gameAct({ type: 'start', timed: true }) }, t('game.timed')),
          h(
            'button',
            { type: 'button', className: 'primary with-arrow', 'data-focus-id': 'game-relaxed', onclick: () => ctx.session.gameAct({ type: 'start', timed: false }) },
            t('game.relaxed'),
          ),
        ),
      );

    case 'sort': {
      const shown = currentCard(game, state);
      const card = h(
        'div',
        { className: 'card' },
        h('h2', { tabindex: -1, 'data-screen-heading': true }, t('game.prompt')),
        // Screen readers hear the card here; sighted players see it on the stage.
        shown && h('p', { className: 'sr-only' }, shown.from ? `${t(shown.from)}: ${t(shown.text)}` : t(shown.text)),
        state.deferred && h('p', { className: 'privacy-note' }, t('game.later')),
        binButtons(ctx, game),
      );
      if (state.timed) {
        // A redraw of the same card shows the bar where the clock is, not full again.
        const elapsed = (Date.now() - scope.keep('card-shown', () => Date.now())) / 1000;
        card.append(h('div', { className: 'timer', role: 'img', 'aria-label': t('game.timerLabel', { seconds: CARD_SECONDS }) }, h('span', { className: 'timer-bar', style: `animation-duration: ${CARD_SECONDS}s; animation-delay: -${elapsed}s` })));
        // The card's scope ends when it is sorted or another screen shows; a redraw keeps the clock.
        scope.timer('card', CARD_SECONDS * 1000, () => ctx.session.gameAct({ type: 'later' }));
      }
      return card;
    }

    case 'feedback': {
      const last = state.last!;
      const sortedCard = game.cards.find((c) => c.id === last.cardId)!;
      return h(
        'div',
        { className: `card outcome ${last.correct ? 'safe' : 'think-again'}` },
        h(
          'h2',
          { tabindex: -1, 'data-screen-heading': true },
          h('span', { className: 'outcome-icon', 'aria-hidden': 'true' }),
          last.correct ? t('game.right') : t('game.notQuite'),
        ),
        h('p', { className: 'your-choice' }, t(sortedCard.text)),
        h('p', {}, t('game.goesIn', { bin: t(game.bins[sortedCard.bin]) })),
        h('p', { className: 'outcome-text' }, t(sortedCard.why)),
        h('button', { type: 'button', className: 'primary with-arrow', 'data-focus-id': 'game-next', onclick: next }, t('scenario.next')),
      );
    }

    case 'results': {
      const { correct, total } = miniGameScore(state);
      return h(
        'div',
        { className: 'card results' },
        h('h2', { tabindex: -1, 'data-screen-heading': true }, t('game.resultsTitle')),
        h('p', {}, t('game.score', { correct, total })),
        h('h3', {}, t('game.review')),
        h(
          'ul',
          { className: 'review-list' },
          state.sorted.map((s) => {
            const c = game.cards.find((x) => x.id === s.cardId)!;
            return h(
              'li',
              { className: s.correct ? 'right' : 'not-quite' },
              h('p', { className: 'review-card' }, t(c.text)),
              h('p', {}, h('strong', {}, t(game.bins[c.bin])), ` — ${t(c.why)}`),
            );
          }),
        ),
        h('div', { className: 'key-message' }, h('p', { className: 'key-message-text' }, t(game.wrapUp))),
        ctx.session.getState().tour
          ? h('button', { type: 'button', className: 'primary with-arrow', 'data-focus-id': 'tour-next', onclick: () => ctx.session.tourNext() }, t('kiosk.continue'))
          : h(
              'div',
              { className: 'done-actions' },
              h('button', { type: 'button', className: 'secondary', 'data-focus-id': 'game-again', onclick: () => ctx.session.gameAct({ type: 'restart' }) }, t('game.again')),
              h('button', { type: 'button', className: 'primary with-arrow', 'data-focus-id': 'game-back', onclick: () => ctx.session.openWorld(game.family) }, t('nav.backToWorld')),
            ),
      );
    }
  }
}
