import camera from 'virtual:icon/lucide/camera';
import contact from 'virtual:icon/lucide/contact-round';
import mapPin from 'virtual:icon/lucide/map-pin';
import mic from 'virtual:icon/lucide/mic';
import palette from 'virtual:icon/lucide/palette';
import type { PermissionRequest, PermissionsTask } from '../../content';
import type { PermissionsState } from '../../engine/steps/tasks/permissions';
import { h } from '../widgets/dom';
import { appFrame, appStatus, barTitle, icon, playingOut } from './contractApp';
import { PRACTICE_HEADING, type TaskView } from './taskView';

const ICONS: Record<PermissionRequest['kind'], string> = { camera, location: mapPin, contacts: contact, microphone: mic };

/**
 * A new app on a pretend phone and the system's permission dialogs, one at a
 * time, with two equal buttons as real systems draw them. The answers so far
 * are listed, as a phone's settings would.
 */
export const permissionsView: TaskView<PermissionsTask, PermissionsState> = {
  app(ctx, task, state, lessSafe, act) {
    const { t } = ctx.i18n;
    const app = t(task.app);
    const request = task.requests[state.answers.length];
    const what = (r: PermissionRequest) => t(`practiceContract.permission.${r.kind}`);
    const answer = (r: PermissionRequest, a: 'allow' | 'deny') =>
      h(
        'button',
        {
          type: 'button',
          className: 'pc-perm-answer',
          'data-focus-id': `pc-${a}`,
          disabled: !!lessSafe,
          onclick: () =>
            act(
              { type: 'answer', requestId: r.id, answer: a },
              a === r.fits && state.answers.length + 1 < task.requests.length ? 'pc-perm-question' : PRACTICE_HEADING,
            ),
        },
        t(a === 'allow' ? 'practiceContract.allow' : 'practiceContract.deny'),
      );
    return appFrame(
      t('practiceContract.phone'),
      'pc-perm-phone',
      barTitle(palette, app),
      request &&
        h(
          'div',
          { className: 'pc-perm-dialog', role: 'group', 'aria-labelledby': 'pc-perm-question' },
          icon(ICONS[request.kind], 'pc-icon pc-perm-icon'),
          h(
            'p',
            { id: 'pc-perm-question', className: 'pc-perm-question', tabindex: -1, 'data-focus-id': 'pc-perm-question' },
            t(request.question),
          ),
          lessSafe === request.otherwise.id
            ? playingOut(ICONS[request.kind], t(request.otherwise.playsOut))
            : h('div', { className: 'pc-perm-answers' }, answer(request, 'allow'), answer(request, 'deny')),
        ),
      h(
        'ul',
        { className: 'pc-perm-list', 'aria-label': t('practiceContract.permissionsSoFar', { app }) },
        state.answers.map((a, i) => {
          const r = task.requests[i]!;
          return h(
            'li',
            { className: `pc-perm-row pc-${a}` },
            icon(ICONS[r.kind], 'pc-icon'),
            t(a === 'allow' ? 'practiceContract.allowed' : 'practiceContract.denied', { what: what(r) }),
          );
        }),
      ),
      appStatus([
        state.answers.length > 0 &&
          !lessSafe &&
          t(state.answers.at(-1) === 'allow' ? 'practiceContract.allowed' : 'practiceContract.denied', {
            what: what(task.requests[state.answers.length - 1]!),
          }),
      ]),
    );
  },
};
