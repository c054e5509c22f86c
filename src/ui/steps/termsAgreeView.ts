import fileText from 'virtual:icon/lucide/file-text';
import send from 'virtual:icon/lucide/send';
import type { TermsAgreeTask } from '../../content';
import type { TermsAgreeState } from '../../engine/steps/tasks/termsAgree';
import { h } from '../widgets/dom';
import { appFrame, appStatus, barTitle, playingOut } from './contractApp';
import { PRACTICE_HEADING, type TaskView } from './taskView';

/**
 * An app's terms screen before "I agree": switches that share the child's
 * data start on, as such screens make them, a bright "Accept all", and a
 * quieter way to ask a grown-up to read them too. Each switch is a real checkbox.
 */
export const termsAgreeView: TaskView<TermsAgreeTask, TermsAgreeState> = {
  app(ctx, task, state, lessSafe, act) {
    const { t } = ctx.i18n;
    const grownUp = t(task.grownUp);
    const riskyOn = (on: string[]) => task.switches.filter((s) => s.risky && on.includes(s.id));
    const busy = !!lessSafe || (state.asked && riskyOn(state.on).length === 0);
    // Once the last thing is done, focus goes to Tiko's "you did it"; otherwise it stays in the app.
    const afterToggle = (id: string) =>
      state.asked && riskyOn(state.on.filter((on) => on !== id)).length === 0 && state.on.includes(id)
        ? PRACTICE_HEADING
        : `pc-switch-${id}`;
    const afterAsk = () => {
      const next = riskyOn(state.on)[0];
      return next ? `pc-switch-${next.id}` : PRACTICE_HEADING;
    };
    return appFrame(
      t('practiceContract.termsApp', { app: t(task.app) }),
      'pc-terms',
      barTitle(fileText, t(task.app)),
      h('h3', { className: 'pc-terms-title' }, t('practiceContract.termsTitle')),
      h('p', { className: 'pc-terms-summary' }, t(task.summary)),
      lessSafe === task.acceptAll.id
        ? playingOut(send, t(task.acceptAll.playsOut))
        : [
            h(
              'fieldset',
              { className: 'pc-switches' },
              h('legend', {}, t('practiceContract.yourChoices')),
              task.switches.map((s) =>
                h(
                  'label',
                  { className: 'pc-switch' },
                  h('span', {}, t(s.label)),
                  h('input', {
                    type: 'checkbox',
                    role: 'switch',
                    checked: state.on.includes(s.id),
                    disabled: busy,
                    'data-focus-id': `pc-switch-${s.id}`,
                    onchange: () => act({ type: 'toggle', switchId: s.id }, afterToggle(s.id)),
                  }),
                ),
              ),
            ),
            h(
              'div',
              { className: 'pc-terms-actions' },
              h(
                'button',
                {
                  type: 'button',
                  className: 'pc-trap',
                  'data-focus-id': 'pc-accept-all',
                  disabled: busy,
                  onclick: () => act({ type: 'acceptAll' }, PRACTICE_HEADING),
                },
                t('practiceContract.acceptAll'),
              ),
              !state.asked &&
                h(
                  'button',
                  {
                    type: 'button',
                    className: 'secondary pc-ask',
                    'data-focus-id': 'pc-ask',
                    disabled: busy,
                    onclick: () => act({ type: 'askGrownUp' }, afterAsk()),
                  },
                  t('practiceContract.readWith', { name: grownUp }),
                ),
            ),
          ],
      appStatus([state.asked && t('practiceContract.readingWith', { name: grownUp })]),
    );
  },
};
