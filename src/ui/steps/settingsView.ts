import check from 'virtual:icon/lucide/check';
import chevron from 'virtual:icon/lucide/chevron-right';
import gear from 'virtual:icon/lucide/settings';
import type { SettingsTask } from '../../content';
import { settings, type SettingsState } from '../../engine/steps/tasks/settings';
import { h } from '../widgets/dom';
import { iconElement } from '../widgets/icon';
import { appBar, bubble, statusNotes } from './contactAppParts';
import { PRACTICE_HEADING, type TaskView } from './taskView';
import './contactApps.css';

/**
 * A pretend app's privacy settings: a list of rows showing their value; a row opens its
 * options, and picking one goes back to the list. A less safe option shows, for a beat,
 * what it would let happen, then the setting stays as it was.
 */
export const settingsView: TaskView<SettingsTask, SettingsState> = {
  app(ctx, task, state, lessSafe, act) {
    const { t } = ctx.i18n;
    const row = task.rows.find((r) => r.id === state.open);
    const playing = row?.options.find((o) => o.lessSafe && o.lessSafe.id === lessSafe);
    const valueOf = (rowId: string) => {
      const r = task.rows.find((x) => x.id === rowId)!;
      return r.options.find((o) => o.id === state.values[rowId]) ?? r.options[0]!;
    };

    return h(
      'section',
      { className: 'situation pretend-app pc-app pc-settings-app', 'aria-label': t('practiceContact.settingsApp') },
      appBar(t('practiceContact.settingsTitle'), gear),
      row ? optionsPage() : listPage(),
      h(
        'div',
        { className: 'app-footer' },
        playing?.lessSafe &&
          h('ol', { className: 'chat-log pc-beat' }, bubble(t('practiceContact.meanwhile'), [t(playing.lessSafe.notice)], 'them arriving')),
        statusNotes([settings.done(task, state) && t('practiceContact.settingsSaved')]),
      ),
    );

    function listPage(): HTMLElement {
      return h(
        'ul',
        { className: 'pc-settings-list', 'aria-label': t('practiceContact.privacy') },
        task.rows.map((r) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                className: 'pc-setting-row',
                'data-focus-id': `pc-row-${r.id}`,
                'aria-haspopup': 'true',
                disabled: lessSafe !== null,
                onclick: () => act({ type: 'openRow', rowId: r.id }, `pc-option-${state.values[r.id]}`),
              },
              h('span', { className: 'pc-setting-label' }, t(r.label)),
              h('span', { className: 'pc-setting-value' }, t(valueOf(r.id).label)),
              h('span', { className: 'pc-chevron', 'aria-hidden': 'true' }, iconElement(chevron)),
            ),
          ),
        ),
      );
    }

    function optionsPage(): HTMLElement {
      const current = row!;
      return h(
        'div',
        { className: 'pc-settings-page' },
        h(
          'button',
          {
            type: 'button',
            className: 'pc-back',
            'data-focus-id': 'pc-back',
            disabled: lessSafe !== null,
            onclick: () => act({ type: 'closeRow' }, `pc-row-${current.id}`),
          },
          h('span', { className: 'pc-chevron pc-back-chevron', 'aria-hidden': 'true' }, iconElement(chevron)),
          h('span', {}, t('practiceContact.back')),
        ),
        h('h3', { className: 'app-sheet-title', id: 'pc-row-title' }, t(current.label)),
        h(
          'ul',
          { className: 'pc-options', 'aria-labelledby': 'pc-row-title' },
          current.options.map((o) => {
            const on = (playing?.id ?? state.values[current.id]) === o.id;
            return h(
              'li',
              {},
              h(
                'button',
                {
                  type: 'button',
                  className: `pc-option${on ? ' on' : ''}${playing?.id === o.id ? ' playing' : ''}`,
                  'data-focus-id': `pc-option-${o.id}`,
                  'aria-pressed': String(on),
                  disabled: lessSafe !== null,
                  onclick: () => {
                    const result = settings.reduce(task, state, { type: 'pick', optionId: o.id });
                    const finished = 'lessSafe' in result || settings.done(task, result);
                    act({ type: 'pick', optionId: o.id }, finished ? PRACTICE_HEADING : `pc-row-${current.id}`);
                  },
                },
                h('span', {}, t(o.label)),
                on && h('span', { className: 'pc-check', 'aria-hidden': 'true' }, iconElement(check)),
              ),
            );
          }),
        ),
      );
    }
  },
};
