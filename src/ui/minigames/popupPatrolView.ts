/**
 * Pop-up patrol: one pop-up at a time over a pretend app in the stage slot.
 * Its real ✕ comes first in reading and tab order, so the big button never
 * takes focus; a trick's big button plays out for one beat, then the pop-up
 * comes back. Then the passphrase round (`./passphraseView.ts`). The results
 * explain one answer at a time.
 */
import type { Popup, PopupAnswer, PopupPatrolGame } from '../../content';
import { currentPopup, tileById, type PopupPatrolState } from '../../engine/minigames/popupPatrol';
import type { UiContext } from '../context';
import { h } from '../widgets/dom';
import { mascotLine } from '../widgets/mascotLine';
import { feedbackCard, reviewPager } from './feedbackCard';
import { passphrasePanel, passphraseStage } from './passphraseView';
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
  keys: { progress: 'popupPatrol.progress', resultsTitle: 'popupPatrol.resultsTitle' },

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
    if (state.phase === 'passphrase' || state.phase === 'passCheck') return passphraseStage(ctx, game, state);
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
    if (state.phase === 'passphrase' || state.phase === 'passCheck') return passphrasePanel(ctx, game, state);
    if (state.phase === 'trap' && popup) {
      return feedbackCard(ctx, {
        tone: 'think-again',
        title: t('popupPatrol.trapTitle'),
        lines: [popup.trap && t(popup.trap), t('popupPatrol.trapNote')],
        button: { label: t('popupPatrol.tryAgain'), focusId: 'popup-again', act: () => ctx.session.gameAct({ type: 'again' }) },
      });
    }
    if (state.phase === 'feedback' && state.last) {
      const last = state.last;
      const answered = game.popups.find((p) => p.id === last.popupId)!;
      return feedbackCard(ctx, {
        tone: last.right ? 'safe' : 'think-again',
        title: feedbackTitle(ctx, answered, last.right),
        lines: [!last.right && t('popupPatrol.fineAnyway'), t(answered.why)],
        button: { label: t('scenario.next'), focusId: 'game-next', act: () => ctx.session.gameAct({ type: 'next' }) },
      });
    }
    return h(
      'div',
      { className: 'card' },
      !state.challenge && mascotLine(ctx, t('popupPatrol.hint')),
      state.challenge && h('p', {}, t('popupPatrol.hint')),
    );
  },

  review(ctx, game, state) {
    const { t } = ctx.i18n;
    const total = state.answered.length + (state.pass ? 1 : 0);
    const counter = t('popupPatrol.reviewCounter', { current: state.review + 1, total });
    // The passphrase comes last, after every pop-up.
    if (state.pass && state.review === state.answered.length) {
      return reviewPager(ctx, {
        index: state.review,
        total,
        counter,
        right: state.pass.firstTry,
        body: [
          h('p', { className: 'review-card' }, t('miniGames.passphrase.reviewTitle')),
          h(
            'ul',
            { className: 'pp-words pp-review' },
            state.pass.words.map((id) => h('li', { className: 'pp-word' }, t(tileById(game, id)?.text ?? ''))),
          ),
          t('miniGames.passphrase.strongNote'),
        ],
      });
    }
    const shown = state.answered[state.review];
    const popup = shown && game.popups.find((p) => p.id === shown.popupId);
    if (!shown || !popup) return [];
    return reviewPager(ctx, {
      index: state.review,
      total,
      counter,
      right: shown.right && shown.firstTry,
      body: [
        h('p', { className: 'review-card' }, t(popup.text)),
        h('p', {}, h('strong', {}, popup.trick ? t('popupPatrol.verdictTrick') : t('popupPatrol.verdictFine'))),
        t(popup.why),
      ],
    });
  },

  classVote(ctx, game, state) {
    const { t } = ctx.i18n;
    const popup = currentPopup(game, state);
    if (state.phase !== 'popup' || !popup) return null;
    const options = [
      { id: 'close', label: t('popupPatrol.close') },
      { id: 'accept', label: t(popup.accept) },
      ...(popup.decline ? [{ id: 'decline', label: t(popup.decline) }] : []),
    ];
    return { prompt: t('popupPatrol.hint'), options, safest: popup.trick ? ['close', ...(popup.decline ? ['decline'] : [])] : ['accept'] };
  },
};
