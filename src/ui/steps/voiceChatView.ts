import flag from 'virtual:icon/lucide/flag';
import gift from 'virtual:icon/lucide/gift';
import mic from 'virtual:icon/lucide/mic';
import micOff from 'virtual:icon/lucide/mic-off';
import users from 'virtual:icon/lucide/users';
import volume from 'virtual:icon/lucide/volume-2';
import volumeOff from 'virtual:icon/lucide/volume-x';
import type { VoiceChatTask } from '../../content';
import { voiceChat, type VoiceChatState } from '../../engine/steps/tasks/voiceChat';
import { h } from '../widgets/dom';
import { iconElement } from '../widgets/icon';
import { appBar, iconTextButton, statusNotes } from './contactAppParts';
import { reportReasonPicker } from './reportReasonPicker';
import { PRACTICE_HEADING, type TaskView } from './taskView';
import './contactApps.css';

/**
 * A game lobby's voice chat: the players with a mute and a report button each, live
 * captions of what is said (a muted player's words no longer show), a waiting gift and
 * a Talk button. Every control a real button; the report form uses radio buttons.
 */
export const voiceChatView: TaskView<VoiceChatTask, VoiceChatState> = {
  app(ctx, task, state, lessSafe, act) {
    const { t } = ctx.i18n;
    const nameOf = (id: string) => t(task.players.find((p) => p.id === id)?.name ?? '');
    const busy = lessSafe !== null || state.reporting !== null;
    const targetGone = state.reported.includes(task.target);
    const giftPlaying = task.gift && lessSafe === task.gift.id;
    const talkPlaying = task.talk && lessSafe === task.talk.id;
    // The action that finishes the task hands focus to Tiko's "you did it".
    const focusAfter = (action: Parameters<typeof act>[0], otherwise: string) => {
      const result = voiceChat.reduce(task, state, action as never);
      return 'lessSafe' in result || voiceChat.done(task, result) ? PRACTICE_HEADING : otherwise;
    };

    const players = h(
      'ul',
      { className: 'pc-players', 'aria-label': t('practiceContact.players') },
      task.players.map((p) => {
        const name = t(p.name);
        const muted = state.muted.includes(p.id);
        const reported = state.reported.includes(p.id);
        return h(
          'li',
          { className: `pc-player${muted ? ' muted' : ''}` },
          h('span', { className: 'avatar', 'aria-hidden': 'true' }),
          h('span', { className: 'pc-player-name' }, name),
          h(
            'button',
            {
              type: 'button',
              className: 'pc-round-button',
              'data-focus-id': `pc-mute-${p.id}`,
              'aria-label': t('practiceContact.mute', { name }),
              'aria-pressed': String(muted),
              disabled: busy,
              onclick: () =>
                act({ type: 'toggleMute', playerId: p.id }, focusAfter({ type: 'toggleMute', playerId: p.id }, `pc-mute-${p.id}`)),
            },
            iconElement(muted ? volumeOff : volume),
          ),
          h(
            'button',
            {
              type: 'button',
              className: 'pc-round-button pc-report',
              'data-focus-id': `pc-report-${p.id}`,
              'aria-label': t('practiceContact.reportName', { name }),
              disabled: busy || reported,
              onclick: () => act({ type: 'openReport', playerId: p.id }, `pc-reason-${task.reasons[0]?.id}`),
            },
            iconElement(flag),
          ),
        );
      }),
    );

    const lines = [
      ...task.captions.map((c) => ({ from: c.from, text: t(c.text), arriving: false })),
      ...(giftPlaying && task.gift ? [{ from: task.target, text: t(task.gift.answer), arriving: true }] : []),
      ...(talkPlaying && task.talk
        ? [
            { from: '', text: t(task.talk.text), arriving: false },
            { from: task.target, text: t(task.talk.answer), arriving: true },
          ]
        : []),
    ];
    const captions = h(
      'section',
      { className: 'pc-captions', 'aria-label': t('practiceContact.captions') },
      h('h3', { className: 'pc-captions-title' }, t('practiceContact.captions')),
      h(
        'ol',
        { className: 'pc-caption-list' },
        lines.map((line) => {
          const who = line.from ? nameOf(line.from) : t('practice.you');
          const hidden = line.from !== '' && state.muted.includes(line.from);
          return h(
            'li',
            { className: `pc-caption${line.arriving ? ' arriving' : ''}${hidden ? ' muted' : ''}` },
            h('span', { className: 'pc-caption-from' }, who),
            h('span', {}, hidden ? t('practiceContact.mutedCaption') : line.text),
          );
        }),
      ),
    );

    return h(
      'section',
      { className: 'situation pretend-app pc-app pc-lobby-app', 'aria-label': t('practiceContact.lobbyApp') },
      appBar(t('practiceContact.lobbyTitle'), users),
      players,
      state.reporting !== null ? reportSheet(state.reporting) : captions,
      h(
        'div',
        { className: 'app-footer' },
        statusNotes([
          ...state.muted.map((id) => t('practiceContact.mutedNote', { name: nameOf(id) })),
          ...state.reported.map((id) => t('practice.reportedNote', { name: nameOf(id) })),
        ]),
        !targetGone &&
          state.reporting === null &&
          h(
            'div',
            { className: 'pc-lobby-actions' },
            task.gift &&
              h(
                'div',
                { className: 'pc-gift' },
                h('p', { id: 'pc-gift-text', className: 'pc-gift-text' }, t(task.gift.label)),
                iconTextButton(gift, t('practiceContact.acceptGift'), {
                  className: 'secondary pc-gift-button',
                  'data-focus-id': 'pc-gift',
                  'aria-describedby': 'pc-gift-text',
                  disabled: lessSafe !== null,
                  onclick: () => act({ type: 'acceptGift' }, PRACTICE_HEADING),
                }),
              ),
            task.talk &&
              iconTextButton(state.muted.length ? micOff : mic, t('practiceContact.talk'), {
                className: 'app-reply',
                'data-focus-id': 'pc-talk',
                disabled: lessSafe !== null,
                onclick: () => act({ type: 'talk' }, PRACTICE_HEADING),
              }),
          ),
      ),
    );

    function reportSheet(playerId: string): HTMLElement {
      return reportReasonPicker(t, {
        ids: {
          title: 'pc-report-title',
          radioName: 'pc-report-reason',
          reasonFocus: 'pc-reason-',
          cancel: 'pc-cancel',
          send: 'pc-send-report',
        },
        heading: t('practice.reportTitle', { name: nameOf(playerId) }),
        reasons: task.reasons,
        picked: state.reason,
        pick: (reasonId, focusId) => act({ type: 'pickReason', reasonId }, focusId),
        cancel: () => act({ type: 'cancelReport' }, `pc-report-${playerId}`),
        send: () => act({ type: 'sendReport' }, focusAfter({ type: 'sendReport' }, `pc-mute-${playerId}`)),
      });
    }
  },
};
