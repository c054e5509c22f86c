/**
 * Pop-up patrol: one pop-up at a time over a pretend app in the stage slot.
 * Its real ✕ comes first in reading and tab order, so the big button never
 * takes focus; a trick's big button plays out for one beat, then the pop-up
 * comes back. The results explain one answer at a time.
 */
import type { Popup, PopupAnswer, PopupPatrolGame } from '../../content';
import { currentPopup, type PopupPatrolState } from '../../engine/minigames/popupPatrol';
import type { UiContext } from '../context';
import { h } from '../widgets/dom';
import { mascotLine } from '../widgets/mascotLine';
import type { MiniGameView } from './view';

const answer = (ctx: UiContext, kind: PopupAnswer) => () => ctx.session.gameAct({ type: 'answer', answer: kind });

/** The pretend app the pop-ups cover: shapes only, so it needs no words and hides from screen readers. */
function pretendApp(...over: HTMLElement[]): HTMLElement {
  return h(
    'div',
    // `situation`: the canvas places Tiko above it, as above a story's situation.
    { className: `situation popup-app${over.length ? ' covered' : ''}` },
    h(
      'div',
      { className: 'app-backdrop', 'aria-hidden': 'true' },
      h('span', { className: 'popup-app-bar' }),
      h('span', { className: 'app-tile' }),
      h('span', { className: 'app-tile' }),
      h('span', { className: 'app-tile' }),
      h('span', { className: 'app-tile' }),
    ),
    ...over,
  );
}

function popupBox(ctx: UiContext, popup: Popup): HTMLElement {
  const { t } = ctx.i18n;
  return h(
    'div',
    {
      className: `popup ${popup.trick ? 'popup-loud' : 'popup-calm'}`,
      role: 'dialog',
      'aria-labelledby': 'popup-from',
      'aria-describedby': 'popup-text',
      'data-popup': popup.id,
    },
    h(
      'div',
      { className: 'popup-top' },
      h('h2', { id: 'popup-from', className: 'popup-from', tabindex: -1, 'data-screen-heading': true }, t(popup.from)),
      h(
        'button',
        {
          type: 'button',
          className: 'popup-close',
          'aria-label': t('popupPatrol.close'),
          'data-focus-id': 'popup-close',
          'data-answer': 'close',
          onclick: answer(ctx, 'close'),
        },
        h('span', { className: 'close-mark', 'aria-hidden': 'true' }),
      ),
    ),
    h('p', { id: 'popup-text', className: 'popup-text' }, t(popup.text)),
    h(
      'div',
      { className: 'popup-actions' },
      h(
        'button',
        {
          type: 'button',
          className: 'popup-accept',
          'data-focus-id': 'popup-accept',
          'data-answer': 'accept',
          onclick: answer(ctx, 'accept'),
        },
        t(popup.accept),
      ),
      popup.decline &&
        h(
          'button',
          {
            type: 'button',
            className: 'popup-decline',
            'data-focus-id': 'popup-decline',
            'data-answer': 'decline',
            onclick: answer(ctx, 'decline'),
          },
          t(popup.decline),
        ),
    ),
  );
}

function feedbackTitle(ctx: UiContext, popup: Popup, right: boolean): string {
  const { t } = ctx.i18n;
  if (!right) return t('popupPatrol.alsoOk');
  return popup.trick ? t('popupPatrol.rightTrick') : t('popupPatrol.rightFine');
}

export const popupPatrolView: MiniGameView<PopupPatrolGame, PopupPatrolState> = {
  keys: {
    progress: 'popupPatrol.progress',
    relaxedNote: 'popupPatrol.relaxedNote',
    timerLabel: 'popupPatrol.timerLabel',
    resultsTitle: 'popupPatrol.resultsTitle',
  },

  introExtra(ctx) {
    const { t } = ctx.i18n;
    return h(
      'ul',
      { className: 'popup-rules' },
      h('li', { className: 'rule-trick' }, t('popupPatrol.ruleTrick')),
      h('li', { className: 'rule-fine' }, t('popupPatrol.ruleFine')),
    );
  },

  stage(ctx, game, state) {
    const { t } = ctx.i18n;
    const popup = currentPopup(game, state);
    if (state.phase === 'popup' && popup) return pretendApp(popupBox(ctx, popup));
    // The trap's beat is told in the panel; the stage only shows it happening.
    if (state.phase === 'trap' && popup?.trap)
      return pretendApp(
        h('div', { className: 'popup popup-sprung', 'aria-hidden': 'true' }, h('p', { className: 'popup-text' }, t(popup.trap))),
      );
    return pretendApp();
  },

  panel(ctx, game, state) {
    const { t } = ctx.i18n;
    const popup = currentPopup(game, state);
    if (state.phase === 'trap' && popup) {
      return h(
        'div',
        { className: 'card outcome think-again' },
        h(
          'h2',
          { tabindex: -1, 'data-screen-heading': true },
          h('span', { className: 'outcome-icon', 'aria-hidden': 'true' }),
          t('popupPatrol.trapTitle'),
        ),
        popup.trap && h('p', { className: 'outcome-text' }, t(popup.trap)),
        h('p', {}, t('popupPatrol.trapNote')),
        h(
          'button',
          {
            type: 'button',
            className: 'primary with-arrow',
            'data-focus-id': 'popup-again',
            onclick: () => ctx.session.gameAct({ type: 'again' }),
          },
          t('popupPatrol.tryAgain'),
        ),
      );
    }
    if (state.phase === 'feedback' && state.last) {
      const last = state.last;
      const answered = game.popups.find((p) => p.id === last.popupId)!;
      return h(
        'div',
        { className: `card outcome ${last.right ? 'safe' : 'think-again'}` },
        h(
          'h2',
          { tabindex: -1, 'data-screen-heading': true },
          h('span', { className: 'outcome-icon', 'aria-hidden': 'true' }),
          feedbackTitle(ctx, answered, last.right),
        ),
        !last.right && h('p', {}, t('popupPatrol.fineAnyway')),
        h('p', { className: 'outcome-text' }, t(answered.why)),
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
    return h(
      'div',
      { className: 'card' },
      mascotLine(ctx, t('popupPatrol.hint')),
      state.deferred && h('p', { className: 'privacy-note' }, t('popupPatrol.later')),
    );
  },

  review(ctx, game, state) {
    const { t } = ctx.i18n;
    const total = state.answered.length;
    const shown = state.answered[state.review];
    const popup = shown && game.popups.find((p) => p.id === shown.popupId);
    if (!shown || !popup) return [];
    const go = (index: number) => () => ctx.session.gameAct({ type: 'review', index: (index + total) % total });
    return [
      h(
        'div',
        { className: `review-one ${shown.right && shown.firstTry ? 'right' : 'not-quite'}`, 'aria-live': 'polite' },
        h('h3', {}, t('popupPatrol.reviewCounter', { current: state.review + 1, total })),
        h('p', { className: 'review-card' }, t(popup.text)),
        h('p', {}, h('strong', {}, popup.trick ? t('popupPatrol.verdictTrick') : t('popupPatrol.verdictFine'))),
        h('p', {}, t(popup.why)),
      ),
      // Both wrap around, so neither is ever disabled under the child's focus.
      h(
        'div',
        { className: 'review-nav' },
        h(
          'button',
          { type: 'button', className: 'secondary', 'data-focus-id': 'review-previous', onclick: go(state.review - 1) },
          t('popupPatrol.reviewPrevious'),
        ),
        h(
          'button',
          { type: 'button', className: 'secondary', 'data-focus-id': 'review-next', onclick: go(state.review + 1) },
          t('popupPatrol.reviewNext'),
        ),
      ),
    ];
  },
};
