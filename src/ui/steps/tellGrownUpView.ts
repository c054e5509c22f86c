import share from 'virtual:icon/lucide/heart-handshake';
import type { TellGrownUpTask } from '../../content';
import type { TellGrownUpState } from '../../engine/steps/tasks/tellGrownUp';
import { h } from '../widgets/dom';
import { appBar, bubble, statusNotes } from './contactAppParts';
import { PRACTICE_HEADING, type TaskView } from './taskView';
import './contactApps.css';

/**
 * The phone's "show a grown-up" sheet: tick what to show, pick what to say first, then
 * show them. Afterwards (or while a less safe opener plays out) it becomes the talk itself:
 * the child's first words, what they showed, and the grown-up's answer.
 */
export const tellGrownUpView: TaskView<TellGrownUpTask, TellGrownUpState> = {
  app(ctx, task, state, lessSafe, act) {
    const { t } = ctx.i18n;
    const adult = t(task.adult);
    const opener = task.openers.find((o) => o.id === state.opener);
    const answer = state.told
      ? task.reply
      : lessSafe === task.missing.id
        ? task.missing.answer
        : task.openers.find((o) => o.lessSafe?.id === lessSafe)?.lessSafe?.answer;
    const shown = task.items.filter((i) => state.chosen.includes(i.id));

    const talk =
      answer && opener
        ? h(
            'ol',
            { className: 'chat-log' },
            bubble(t('practice.you'), [t(opener.label)], 'me'),
            shown.length > 0 &&
              h(
                'li',
                { className: 'chat-bubble me pc-shown' },
                h('p', { className: 'chat-from' }, t('practiceContact.youShow')),
                h(
                  'ul',
                  { className: 'pc-shown-list' },
                  shown.map((i) => h('li', {}, t(i.label))),
                ),
              ),
            bubble(adult, [t(answer)], `them${state.told ? '' : ' arriving'}`),
          )
        : null;

    return h(
      'section',
      { className: 'situation pretend-app pc-app pc-share-app', 'aria-label': t('practiceContact.shareApp', { adult }) },
      appBar(t('practiceContact.shareTitle', { adult }), share),
      talk ?? sheet(),
      h('div', { className: 'app-footer' }, statusNotes([state.told && t('practiceContact.toldNote', { adult })])),
    );

    function sheet(): HTMLElement {
      return h(
        'div',
        { className: 'app-sheet pc-share-sheet' },
        h(
          'fieldset',
          { className: 'app-reasons' },
          h('legend', {}, t('practiceContact.showWhat', { adult })),
          task.items.map((item) =>
            h(
              'label',
              { className: 'app-reason' },
              h('input', {
                type: 'checkbox',
                value: item.id,
                checked: state.chosen.includes(item.id),
                'data-focus-id': `pc-item-${item.id}`,
                onchange: () => act({ type: 'toggleItem', itemId: item.id }, `pc-item-${item.id}`),
              }),
              h('span', {}, t(item.label)),
            ),
          ),
        ),
        h(
          'fieldset',
          { className: 'app-reasons' },
          h('legend', {}, t('practiceContact.sayFirst')),
          task.openers.map((o) =>
            h(
              'label',
              { className: 'app-reason' },
              h('input', {
                type: 'radio',
                name: 'pc-opener',
                value: o.id,
                checked: state.opener === o.id,
                'data-focus-id': `pc-opener-${o.id}`,
                onchange: () => act({ type: 'pickOpener', openerId: o.id }, `pc-opener-${o.id}`),
              }),
              h('span', {}, t(o.label)),
            ),
          ),
        ),
        h(
          'div',
          { className: 'app-actions' },
          h(
            'button',
            {
              type: 'button',
              className: 'primary pc-show',
              'data-focus-id': 'pc-show',
              disabled: !state.opener,
              onclick: () => act({ type: 'show' }, PRACTICE_HEADING),
            },
            t('practiceContact.showButton', { adult }),
          ),
        ),
      );
    }
  },
};
