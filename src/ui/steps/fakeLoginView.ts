import arrowLeft from 'virtual:icon/lucide/arrow-left';
import globe from 'virtual:icon/lucide/globe';
import keyRound from 'virtual:icon/lucide/key-round';
import lockOpen from 'virtual:icon/lucide/lock-open';
import type { FakeLoginTask } from '../../content';
import type { FakeLoginState } from '../../engine/steps/tasks/fakeLogin';
import { h } from '../widgets/dom';
import { appFrame, appStatus, icon, playingOut } from './contractApp';
import { PRACTICE_HEADING, type TaskView } from './taskView';

/**
 * A pretend browser on a look-alike log-in page. The address is a button: a
 * closer look shows it beside the game's real one. "Leave this page" is the
 * way out; "Log in" plays out. The password is never typed, only shown as dots.
 */
export const fakeLoginView: TaskView<FakeLoginTask, FakeLoginState> = {
  app(ctx, task, state, lessSafe, act) {
    const { t } = ctx.i18n;
    const busy = !!lessSafe || state.left;
    const address = task.address;
    return appFrame(
      t('practiceContract.browser'),
      'pc-login-page',
      [
        h(
          'button',
          {
            type: 'button',
            className: 'pc-address',
            'data-focus-id': 'pc-address',
            'aria-expanded': String(state.checked),
            'aria-controls': state.checked ? 'pc-address-check' : null,
            'aria-label': t('practiceContract.checkAddress', { address }),
            disabled: busy,
            onclick: () => act({ type: 'checkAddress' }, 'pc-address-check'),
          },
          icon(globe, 'pc-icon'),
          h('span', { className: 'pc-address-text', dir: 'ltr' }, address),
        ),
        h(
          'button',
          {
            type: 'button',
            className: 'pc-leave',
            'data-focus-id': 'pc-leave',
            disabled: busy,
            onclick: () => act({ type: 'leave' }, PRACTICE_HEADING),
          },
          icon(arrowLeft, 'pc-icon pc-flip'),
          t('practiceContract.leave'),
        ),
      ],
      state.checked &&
        h(
          'div',
          { className: 'pc-address-check', id: 'pc-address-check', tabindex: -1, 'data-focus-id': 'pc-address-check' },
          h('p', {}, t('practiceContract.thisPage'), ' ', h('bdi', { className: 'pc-fake', dir: 'ltr' }, address)),
          h('p', {}, t('practiceContract.realPage'), ' ', h('bdi', { className: 'pc-real', dir: 'ltr' }, task.realAddress)),
        ),
      state.left
        ? null
        : lessSafe === task.login.id
          ? playingOut(lockOpen, t(task.login.playsOut))
          : h(
              'div',
              { className: 'pc-login' },
              h('p', { className: 'pc-promise' }, t(task.promise)),
              h(
                'dl',
                { className: 'pc-fields' },
                h('dt', {}, t('practiceContract.gameName')),
                h('dd', {}, t(task.username)),
                h('dt', {}, t('practiceContract.password')),
                h(
                  'dd',
                  { className: 'pc-dots', 'aria-label': t('practiceContract.passwordHidden') },
                  icon(keyRound, 'pc-icon'),
                  '••••••••',
                ),
              ),
              h(
                'button',
                {
                  type: 'button',
                  className: 'pc-trap',
                  'data-focus-id': 'pc-login',
                  disabled: busy,
                  onclick: () => act({ type: 'logIn' }, PRACTICE_HEADING),
                },
                t('practiceContract.logIn'),
              ),
            ),
      appStatus([state.left && t('practiceContract.leftPage')]),
    );
  },
};
