/**
 * Chat triage: a pretend chat list on the stage where messages arrive one at
 * a time; the new message can be dragged onto an action, or the action
 * tapped or pressed. Answering someone unsafe plays out in the list (their
 * next message arrives) before Tiko rewinds.
 */
import banIcon from 'virtual:icon/lucide/ban';
import eyeOffIcon from 'virtual:icon/lucide/eye-off';
import flagIcon from 'virtual:icon/lucide/flag';
import replyIcon from 'virtual:icon/lucide/reply';
import userCheckIcon from 'virtual:icon/lucide/user-round-check';
import userIcon from 'virtual:icon/lucide/user-round';
import { TRIAGE_ACTIONS, type ChatMessage, type ChatTriageGame, type TriageAction } from '../../content';
import { chatById, currentChat, type ChatTriageState } from '../../engine/minigames/chatTriage';
import type { UiContext } from '../context';
import { h } from '../widgets/dom';
import { iconElement } from '../widgets/icon';
import { mascotLine } from '../widgets/mascotLine';
import { draggable } from './drag';
import { feedbackCard, reviewPager } from './feedbackCard';
import type { MiniGameView } from './view';
import './chatTriage.css';

const ACTION_ICONS: Record<TriageAction, string> = { answer: replyIcon, ignore: eyeOffIcon, block: banIcon, report: flagIcon };

/** Who said what: the name and the words side by side, never glued into one string. */
const quote = (from: string, text: string, className = 'ct-quote') =>
  h('p', { className }, h('strong', { className: 'ct-quote-from' }, from), h('span', {}, text));

const act = (ctx: UiContext, action: TriageAction) => () => ctx.session.gameAct({ type: 'triage', action });

/** The safe answers, as the language lists alternatives ("Block or Report"). */
function bestList(ctx: UiContext, chat: ChatMessage): string {
  const labels = chat.best.map((a) => ctx.i18n.t(`miniGames.triage.actions.${a}`));
  return new Intl.ListFormat(ctx.i18n.language, { type: 'disjunction' }).format(labels);
}

function chatRow(ctx: UiContext, chat: ChatMessage, extra: { status?: TriageAction; fresh?: boolean; id?: string }): HTMLElement {
  const { t } = ctx.i18n;
  return h(
    'li',
    {
      className: `ct-row${extra.fresh ? ' ct-fresh' : ''}${extra.status ? ` ct-done ct-${extra.status}` : ''}`,
      'data-chat': chat.id,
      id: extra.id ?? null,
    },
    h(
      'span',
      { className: `ct-avatar${chat.friend ? ' ct-friend' : ''}`, 'aria-hidden': 'true' },
      iconElement(chat.friend ? userCheckIcon : userIcon),
    ),
    h(
      'span',
      { className: 'ct-body' },
      h(
        'span',
        { className: 'ct-from' },
        t(chat.from),
        h(
          'span',
          { className: `ct-tag${chat.friend ? ' ct-tag-friend' : ''}` },
          t(chat.friend ? 'miniGames.triage.friend' : 'miniGames.triage.notFriend'),
        ),
      ),
      h('span', { className: 'ct-text' }, t(chat.text)),
    ),
    extra.status &&
      h('span', { className: 'ct-status' }, iconElement(ACTION_ICONS[extra.status]), t(`miniGames.triage.done.${extra.status}`)),
  );
}

function chatList(ctx: UiContext, game: ChatTriageGame, state: ChatTriageState): HTMLElement {
  const { t } = ctx.i18n;
  const chat = currentChat(game, state);
  const rows = state.answered.map((a) => chatRow(ctx, chatById(game, a.chatId)!, { status: a.action }));
  const waiting = state.phase === 'message' || state.phase === 'playOut';
  if (chat && waiting) {
    const row = chatRow(ctx, chat, { fresh: true, id: 'ct-new' });
    if (state.phase === 'message') {
      // Dragging the message onto an action does what tapping the action does.
      draggable(row, {
        targets: '[data-triage]',
        drop: (target) => ctx.session.gameAct({ type: 'triage', action: target.dataset.triage as TriageAction }),
      });
      row.setAttribute('aria-hidden', 'true');
    }
    rows.push(row);
    if (state.phase === 'playOut' && chat.playOut)
      rows.push(
        h(
          'li',
          { className: 'ct-row ct-reply ct-fresh', 'aria-hidden': 'true' },
          h('span', { className: 'ct-avatar', 'aria-hidden': 'true' }, iconElement(userIcon)),
          h(
            'span',
            { className: 'ct-body' },
            h('span', { className: 'ct-from' }, t(chat.from)),
            h('span', { className: 'ct-text' }, t(chat.playOut)),
          ),
        ),
      );
  }
  return h(
    'div',
    { className: 'situation ct-app' },
    h('div', { className: 'ct-bar', 'aria-hidden': 'true' }, t('miniGames.triage.listLabel')),
    h('ul', { className: 'ct-list', 'aria-label': t('miniGames.triage.listLabel') }, rows),
  );
}

function actionButtons(ctx: UiContext): HTMLElement {
  const { t } = ctx.i18n;
  return h(
    'div',
    { className: 'ct-actions', role: 'group', 'aria-label': t('miniGames.triage.prompt') },
    TRIAGE_ACTIONS.map((action) =>
      h(
        'button',
        {
          type: 'button',
          className: `ct-action ct-action-${action}`,
          'data-triage': action,
          'data-focus-id': `triage-${action}`,
          onclick: act(ctx, action),
        },
        iconElement(ACTION_ICONS[action]),
        h('span', {}, t(`miniGames.triage.actions.${action}`)),
      ),
    ),
  );
}

export const chatTriageView: MiniGameView<ChatTriageGame, ChatTriageState> = {
  keys: { progress: 'miniGames.triage.progress', resultsTitle: 'miniGames.triage.resultsTitle' },

  introExtra(ctx) {
    const { t } = ctx.i18n;
    return h(
      'ul',
      { className: 'ct-intro-actions' },
      TRIAGE_ACTIONS.map((a) => h('li', {}, iconElement(ACTION_ICONS[a]), t(`miniGames.triage.actions.${a}`))),
    );
  },

  stage(ctx, game, state) {
    return chatList(ctx, game, state);
  },

  panel(ctx, game, state) {
    const { t } = ctx.i18n;
    const chat = currentChat(game, state);
    if (state.phase === 'playOut' && chat) {
      return feedbackCard(ctx, {
        tone: 'think-again',
        title: t('miniGames.triage.playOutTitle'),
        lines: [chat.playOut && quote(t(chat.from), t(chat.playOut)), t('miniGames.triage.playOutNote')],
        button: { label: t('miniGames.triage.tryAgain'), focusId: 'triage-again', act: () => ctx.session.gameAct({ type: 'again' }) },
      });
    }
    if (state.phase === 'feedback' && state.last) {
      const last = state.last;
      const answered = chatById(game, last.chatId)!;
      return feedbackCard(ctx, {
        tone: last.right ? 'safe' : 'think-again',
        title: t(last.right ? 'miniGames.triage.right' : 'miniGames.triage.notQuite'),
        lines: [t(answered.why), !last.right && t('miniGames.triage.best', { actions: bestList(ctx, answered) })],
        button: { label: t('scenario.next'), focusId: 'game-next', act: () => ctx.session.gameAct({ type: 'next' }) },
      });
    }
    return h(
      'div',
      { className: 'card ct-panel' },
      h('h2', { tabindex: -1, 'data-screen-heading': true }, t('miniGames.triage.prompt')),
      // Screen readers hear the message here; sighted players see it arrive in the list.
      chat &&
        h(
          'p',
          { className: 'sr-only' },
          t('miniGames.triage.newMessage', {
            name: t(chat.from),
            tag: t(chat.friend ? 'miniGames.triage.friend' : 'miniGames.triage.notFriend'),
            text: t(chat.text),
          }),
        ),
      chat && !state.challenge && mascotLine(ctx, t(chat.hint)),
      h('p', { className: 'mg-drag-hint' }, t('miniGames.triage.dropHere')),
      actionButtons(ctx),
    );
  },

  review(ctx, game, state) {
    const { t } = ctx.i18n;
    const shown = state.answered[state.review];
    const chat = shown && chatById(game, shown.chatId);
    if (!shown || !chat) return [];
    return reviewPager(ctx, {
      index: state.review,
      total: state.answered.length,
      counter: t('miniGames.triage.reviewCounter', { current: state.review + 1, total: state.answered.length }),
      right: shown.right && shown.firstTry,
      body: [
        quote(t(chat.from), t(chat.text), 'review-card'),
        h('p', {}, h('strong', {}, t('miniGames.triage.best', { actions: bestList(ctx, chat) }))),
        t(chat.why),
      ],
    });
  },

  classVote(ctx, game, state) {
    const { t } = ctx.i18n;
    const chat = currentChat(game, state);
    if (state.phase !== 'message' || !chat) return null;
    return {
      prompt: t('miniGames.triage.prompt'),
      options: TRIAGE_ACTIONS.map((id) => ({ id, label: t(`miniGames.triage.actions.${id}`) })),
      safest: chat.best,
    };
  },
};
