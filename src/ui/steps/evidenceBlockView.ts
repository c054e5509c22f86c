import camera from 'virtual:icon/lucide/camera';
import messages from 'virtual:icon/lucide/messages-square';
import type { EvidenceBlockTask } from '../../content';
import type { EvidenceBlockState } from '../../engine/steps/tasks/evidenceBlock';
import { arrowKeyNavigation, h } from '../widgets/dom';
import { iconElement } from '../widgets/icon';
import { appBar, appStatus, bubble, chatLines, iconTextButton } from './conductApp';
import { PRACTICE_HEADING, type TaskView } from './taskView';

/**
 * A pretend group chat where one member is unkind: a screenshot button keeps
 * the proof, the sender's ⋯ menu holds Report, Block and Delete chat, and
 * "Answer back" is there too, as in a real app.
 */
export const evidenceBlockView: TaskView<EvidenceBlockTask, EvidenceBlockState> = {
  app(ctx, task, state, lessSafe, act) {
    const { t } = ctx.i18n;
    const sender = t(task.sender);
    const playingOut = lessSafe !== null;
    const finished = state.screenshot && state.reported && state.blocked;
    const menuOpen = state.stage === 'menu' && !playingOut;
    // Focus goes to what is still to do: the screenshot, the menu, or Tiko's "well done".
    const afterChange = (change: Partial<EvidenceBlockState>) => {
      const s = { ...state, ...change };
      return s.screenshot && s.reported && s.blocked ? PRACTICE_HEADING : s.screenshot ? 'ev-menu' : 'ev-screenshot';
    };

    const menuButton = h(
      'button',
      {
        type: 'button',
        className: 'app-icon-button',
        'data-focus-id': 'ev-menu',
        'aria-label': t('practice.optionsFor', { name: sender }),
        'aria-haspopup': 'menu',
        'aria-expanded': String(menuOpen),
        'aria-controls': menuOpen ? 'ev-menu-list' : null,
        disabled: playingOut || (state.reported && state.blocked),
        onclick: () => (menuOpen ? act({ type: 'closeMenu' }, 'ev-menu') : act({ type: 'openMenu' }, 'ev-menu-first')),
      },
      h('span', { className: 'app-dots', 'aria-hidden': 'true' }),
    );

    const deleted = lessSafe === task.deleteChat.id;
    return h(
      'section',
      { className: 'situation pretend-app cx-app cx-group', 'aria-label': t('practiceConduct.groupChat') },
      appBar(messages, t(task.group), menuButton),
      menuOpen && menu(),
      state.screenshot &&
        h(
          'p',
          { className: 'cx-shot-note', role: 'status' },
          h('span', { 'aria-hidden': 'true' }, iconElement(camera)),
          t('practiceConduct.screenshotSaved'),
        ),
      deleted
        ? h('p', { className: 'cx-empty arriving' }, t(task.deleteChat.result))
        : h(
            'ol',
            { className: 'chat-log' },
            chatLines(t, task.messages),
            lessSafe === task.answerBack.id && [
              bubble(t('practice.you'), t(task.answerBack.text), 'me'),
              ...chatLines(t, task.answerBack.pileOn, 'them arriving'),
            ],
          ),
      h(
        'div',
        { className: 'app-footer' },
        appStatus([
          state.reported && t('practice.reportedNote', { name: sender }),
          state.blocked && t('practice.blockedNote', { name: sender }),
        ]),
        !playingOut &&
          !finished &&
          h(
            'div',
            { className: 'cx-row' },
            !state.screenshot &&
              iconTextButton(camera, t('practiceConduct.screenshot'), {
                // As plain as "Answer back": the app does not point at the safe button.
                className: 'app-reply',
                'data-focus-id': 'ev-screenshot',
                disabled: menuOpen,
                onclick: () => act({ type: 'screenshot' }, afterChange({ screenshot: true })),
              }),
            !state.blocked &&
              h(
                'button',
                {
                  type: 'button',
                  className: 'app-reply',
                  'data-focus-id': 'ev-answer',
                  disabled: menuOpen,
                  onclick: () => act({ type: 'answerBack' }, PRACTICE_HEADING),
                },
                t('practiceConduct.answerBack'),
              ),
          ),
      ),
    );

    function menu(): HTMLElement {
      const items: [string, string, () => void, boolean][] = [];
      if (!state.reported)
        items.push(['report', t('practice.report'), () => act({ type: 'report' }, afterChange({ reported: true, stage: 'chat' })), true]);
      if (!state.blocked)
        items.push(['block', t('practice.block'), () => act({ type: 'block' }, afterChange({ blocked: true, stage: 'chat' })), true]);
      if (!state.screenshot)
        items.push(['delete', t('practiceConduct.deleteChat'), () => act({ type: 'deleteChat' }, PRACTICE_HEADING), false]);
      items.push(['cancel', t('practice.cancel'), () => act({ type: 'closeMenu' }, 'ev-menu'), false]);
      const list = h(
        'div',
        {
          className: 'app-menu',
          role: 'menu',
          id: 'ev-menu-list',
          'aria-label': t('practice.optionsFor', { name: sender }),
          onkeydown: (event: Event) => {
            if ((event as KeyboardEvent).key !== 'Escape') return;
            event.stopPropagation();
            act({ type: 'closeMenu' }, 'ev-menu');
          },
        },
        items.map(([id, label, onclick, danger], i) =>
          h(
            'button',
            {
              type: 'button',
              role: 'menuitem',
              className: `app-menu-item${danger ? ' danger-text' : ''}`,
              'data-focus-id': i === 0 ? 'ev-menu-first' : `ev-menu-${id}`,
              'data-item': id,
              onclick,
            },
            label,
          ),
        ),
      );
      arrowKeyNavigation(list);
      return list;
    }
  },
};
