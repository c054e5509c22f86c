import type { ChatReportBlockTask } from '../../content';
import type { ChatReportBlockState } from '../../engine/steps/tasks/chatReportBlock';
import { arrowKeyNavigation, h } from '../widgets/dom';
import { reportReasonPicker } from './reportReasonPicker';
import { PRACTICE_HEADING, type TaskView } from './taskView';

/**
 * A pretend chat app with one contact: the contact's menu (⋯) holds Report and
 * Block, Report asks for a reason, and Reply is there too, as in a real app.
 * Invented name and icons; every control a real button or radio button.
 */
export const chatReportBlockView: TaskView<ChatReportBlockTask, ChatReportBlockState> = {
  app(ctx, task, state, lessSafe, act) {
    const { t } = ctx.i18n;
    const name = t(task.contact);
    const playingOut = lessSafe !== null;
    const menuOpen = state.stage === 'menu' && !playingOut;

    const menuButton = h(
      'button',
      {
        type: 'button',
        className: 'app-icon-button',
        'data-focus-id': 'app-menu',
        'aria-label': t('practice.optionsFor', { name }),
        'aria-haspopup': 'menu',
        'aria-expanded': String(menuOpen),
        'aria-controls': menuOpen ? 'app-menu-list' : null,
        disabled: playingOut || state.stage === 'report' || state.stage === 'reported' || (state.reported && state.blocked),
        onclick: () => (menuOpen ? act({ type: 'closeMenu' }, 'app-menu') : act({ type: 'openMenu' }, firstMenuItem(state))),
      },
      h('span', { className: 'app-dots', 'aria-hidden': 'true' }),
    );

    return h(
      'section',
      // `situation`: the canvas keeps the picture and Tiko above it, never behind the app.
      { className: 'situation pretend-app chat-app', 'aria-label': t('practice.chatApp') },
      h(
        'div',
        { className: 'app-bar' },
        h('span', { className: 'avatar', 'aria-hidden': 'true' }),
        h('p', { className: 'app-contact' }, name),
        menuButton,
      ),
      menuOpen && menu(),
      h(
        'ol',
        { className: 'chat-log' },
        task.messages.map((key) => bubble(name, t(key), 'them')),
        playingOut && [bubble(t('practice.you'), t(task.reply.text), 'me'), bubble(name, t(task.reply.answer), 'them arriving')],
      ),
      state.stage === 'report' && !playingOut && reportSheet(),
      state.stage === 'reported' && !playingOut && reportedSheet(),
      footer(),
    );

    function menu(): HTMLElement {
      const item = (focusId: string, label: string, onclick: () => void, danger = false) =>
        h(
          'button',
          {
            type: 'button',
            role: 'menuitem',
            className: `app-menu-item${danger ? ' danger-text' : ''}`,
            'data-focus-id': focusId,
            onclick,
          },
          label,
        );
      const list = h(
        'div',
        {
          className: 'app-menu',
          role: 'menu',
          id: 'app-menu-list',
          'aria-label': t('practice.optionsFor', { name }),
          onkeydown: (event: Event) => {
            if ((event as KeyboardEvent).key !== 'Escape') return;
            event.stopPropagation();
            act({ type: 'closeMenu' }, 'app-menu');
          },
        },
        !state.reported &&
          item('app-menu-report', t('practice.report'), () => act({ type: 'report' }, `reason-${task.reasons[0]?.id}`), true),
        !state.blocked &&
          item('app-menu-block', t('practice.block'), () => act({ type: 'block' }, state.reported ? PRACTICE_HEADING : 'app-menu'), true),
        item('app-menu-cancel', t('practice.cancel'), () => act({ type: 'closeMenu' }, 'app-menu')),
      );
      arrowKeyNavigation(list);
      return list;
    }

    function reportSheet(): HTMLElement {
      return reportReasonPicker(t, {
        ids: { title: 'app-sheet-title', radioName: 'app-report-reason', reasonFocus: 'reason-', cancel: 'app-cancel', send: 'app-send' },
        heading: t('practice.reportTitle', { name }),
        reasons: task.reasons,
        picked: state.reason,
        pick: (reasonId, focusId) => act({ type: 'pickReason', reasonId }, focusId),
        cancel: () => act({ type: 'cancelReport' }, 'app-menu'),
        send: () => act({ type: 'sendReport' }, state.blocked ? PRACTICE_HEADING : 'app-reported'),
      });
    }

    function reportedSheet(): HTMLElement {
      return h(
        'div',
        { className: 'app-sheet', role: 'group', 'aria-labelledby': 'app-reported' },
        h(
          'p',
          { id: 'app-reported', className: 'app-sheet-title', tabindex: -1, 'data-focus-id': 'app-reported' },
          t('practice.reportSent'),
        ),
        h('p', {}, t('practice.blockToo', { name })),
        h(
          'div',
          { className: 'app-actions' },
          h(
            'button',
            { type: 'button', className: 'secondary', 'data-focus-id': 'app-not-now', onclick: () => act({ type: 'notNow' }, 'app-menu') },
            t('practice.notNow'),
          ),
          h(
            'button',
            { type: 'button', className: 'danger', 'data-focus-id': 'app-block', onclick: () => act({ type: 'block' }, PRACTICE_HEADING) },
            t('practice.block'),
          ),
        ),
      );
    }

    function footer(): HTMLElement {
      const notes = [state.reported && t('practice.reportedNote', { name }), state.blocked && t('practice.blockedNote', { name })].filter(
        (x): x is string => !!x,
      );
      return h(
        'div',
        { className: 'app-footer' },
        h(
          'div',
          { role: 'status', className: 'app-status' },
          notes.map((note) => h('p', { className: 'app-notice' }, note)),
        ),
        !state.blocked &&
          !playingOut &&
          h(
            'button',
            {
              type: 'button',
              className: 'app-reply',
              'data-focus-id': 'app-reply',
              disabled: state.stage !== 'chat',
              onclick: () => act({ type: 'reply' }, PRACTICE_HEADING),
            },
            t('practice.reply'),
          ),
      );
    }
  },
};

function firstMenuItem(state: ChatReportBlockState): string {
  return !state.reported ? 'app-menu-report' : !state.blocked ? 'app-menu-block' : 'app-menu-cancel';
}

function bubble(from: string, text: string, side: string): HTMLElement {
  return h('li', { className: `chat-bubble ${side}` }, h('p', { className: 'chat-from' }, from), h('p', { className: 'chat-text' }, text));
}
