import globe from 'virtual:icon/lucide/globe';
import gift from 'virtual:icon/lucide/gift';
import alert from 'virtual:icon/lucide/triangle-alert';
import x from 'virtual:icon/lucide/x';
import type { PopupCloseTask } from '../../content';
import type { PopupCloseState } from '../../engine/steps/tasks/popupClose';
import { h } from '../widgets/dom';
import { appFrame, appStatus, barTitle, icon, playingOut } from './contractApp';
import { PRACTICE_HEADING, type TaskView } from './taskView';

/**
 * A page with a pop-up over it: a big bright button (the trap) and a small
 * real ✕. Pressing the big one shows what it brings; the ✕ closes the pop-up
 * and the next one, if any, comes up.
 */
export const popupCloseView: TaskView<PopupCloseTask, PopupCloseState> = {
  app(ctx, task, state, lessSafe, act) {
    const { t } = ctx.i18n;
    const popup = task.popups[state.closed];
    const trapped = popup && lessSafe === popup.trap.id;
    return appFrame(
      t('practiceContract.browser'),
      'pc-popup-page',
      barTitle(globe, t('practiceContract.webPage')),
      h('p', { className: 'pc-page-text' }, t(task.page)),
      popup &&
        h(
          'div',
          { className: `pc-popup pc-${popup.tone}`, role: 'group', 'aria-labelledby': 'pc-popup-title' },
          h(
            'div',
            { className: 'pc-popup-head' },
            icon(popup.tone === 'prize' ? gift : alert, 'pc-icon pc-popup-icon'),
            h('h3', { id: 'pc-popup-title', className: 'pc-popup-title', tabindex: -1, 'data-focus-id': 'pc-popup-title' }, t(popup.title)),
            h(
              'button',
              {
                type: 'button',
                className: 'pc-close',
                'data-focus-id': 'pc-close',
                'aria-label': t('practiceContract.close'),
                disabled: !!lessSafe,
                onclick: () =>
                  act(
                    { type: 'closePopup', popupId: popup.id },
                    state.closed + 1 < task.popups.length ? 'pc-popup-title' : PRACTICE_HEADING,
                  ),
              },
              icon(x, 'pc-icon'),
            ),
          ),
          trapped
            ? playingOut(popup.tone === 'prize' ? gift : alert, t(popup.trap.playsOut))
            : [
                h('p', { className: 'pc-popup-body' }, t(popup.body)),
                h(
                  'button',
                  {
                    type: 'button',
                    className: 'pc-trap',
                    'data-focus-id': 'pc-trap',
                    disabled: !!lessSafe,
                    onclick: () => act({ type: 'pressTrap', popupId: popup.id }, PRACTICE_HEADING),
                  },
                  t(popup.trap.label),
                ),
              ],
        ),
      appStatus([state.closed > 0 && !trapped && t(popup ? 'practiceContract.popupAgain' : 'practiceContract.popupGone')]),
    );
  },
};
