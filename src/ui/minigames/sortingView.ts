/** The sorting game: one card at a time on the stage, two bins to sort it into, every card explained at the end. */
import type { Bin, SortingGame } from '../../content';
import { currentCard, type SortingState } from '../../engine/minigames/sorting';
import type { UiContext } from '../context';
import { h } from '../widgets/dom';
import type { MiniGameView } from './view';

function binButtons(ctx: UiContext, game: SortingGame): HTMLElement {
  const { t } = ctx.i18n;
  return h(
    'div',
    { className: 'bins', role: 'group', 'aria-label': t('game.prompt') },
    (['first', 'second'] as Bin[]).map((bin) =>
      h(
        'button',
        {
          type: 'button',
          className: `bin bin-${bin}`,
          'data-focus-id': `bin-${bin}`,
          'data-bin': bin,
          onclick: () => ctx.session.gameAct({ type: 'sort', bin }),
        },
        h('span', { className: 'bin-icon', 'aria-hidden': 'true' }),
        t(game.bins[bin]),
      ),
    ),
  );
}

export const sortingView: MiniGameView<SortingGame, SortingState> = {
  keys: { progress: 'game.progress', relaxedNote: 'game.relaxedNote', timerLabel: 'game.timerLabel', resultsTitle: 'game.resultsTitle' },

  introExtra(ctx, game) {
    const { t } = ctx.i18n;
    return h(
      'div',
      { className: 'bins-preview' },
      h('span', { className: 'bin-chip bin-first' }, t(game.bins.first)),
      h('span', { className: 'bin-chip bin-second' }, t(game.bins.second)),
    );
  },

  stage(ctx, game, state) {
    const { t } = ctx.i18n;
    const card = currentCard(game, state);
    if (state.phase !== 'sort' || !card) return null;
    return h(
      'div',
      { className: 'situation game-card' },
      h(
        'div',
        { className: 'situation-item message' },
        card.from && h('p', { className: 'situation-from' }, h('span', { className: 'avatar', 'aria-hidden': 'true' }), t(card.from)),
        h('p', { className: 'situation-text' }, t(card.text)),
      ),
    );
  },

  panel(ctx, game, state) {
    const { t } = ctx.i18n;
    if (state.phase === 'feedback' && state.last) {
      const last = state.last;
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
        h(
          'button',
          {
            type: 'button',
            className: 'primary with-arrow',
            'data-focus-id': 'game-next',
            onclick: () => ctx.session.gameAct({ type: 'next' }),
          },
          t('scenario.next'),
        ),
      );
    }
    const shown = currentCard(game, state);
    return h(
      'div',
      { className: 'card' },
      h('h2', { tabindex: -1, 'data-screen-heading': true }, t('game.prompt')),
      // Screen readers hear the card here; sighted players see it on the stage.
      shown && h('p', { className: 'sr-only' }, shown.from ? `${t(shown.from)}: ${t(shown.text)}` : t(shown.text)),
      state.deferred && h('p', { className: 'privacy-note' }, t('game.later')),
      binButtons(ctx, game),
    );
  },

  review(ctx, game, state) {
    const { t } = ctx.i18n;
    return [
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
    ];
  },
};
