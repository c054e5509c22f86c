import gamepad from 'virtual:icon/lucide/gamepad-2';
import play from 'virtual:icon/lucide/play';
import type { BreakReminderTask } from '../../content';
import { breakReminder, type BreakReminderState } from '../../engine/steps/tasks/breakReminder';
import { h } from '../widgets/dom';
import { appBar, appStatus, iconTextButton } from './conductApp';
import { PRACTICE_HEADING, type TaskView } from './taskView';

/**
 * A pretend game's screen between rounds: a big, bright "Next round" button,
 * and below it the game's break settings, each a group of radio buttons that
 * takes effect at once, as in real settings.
 */
export const breakReminderView: TaskView<BreakReminderTask, BreakReminderState> = {
  app(ctx, task, state, lessSafe, act) {
    const { t } = ctx.i18n;
    const playingOut = lessSafe === task.playOn.id;
    const finished = breakReminder.done(task, state);

    return h(
      'section',
      { className: 'situation pretend-app cx-app cx-game', 'aria-label': t('practiceConduct.gameSettings') },
      appBar(gamepad, t(task.game)),
      h(
        'div',
        { className: `cx-round${playingOut ? ' arriving' : ''}` },
        h('p', { className: 'cx-round-text' }, t(playingOut ? task.playOn.result : 'practiceConduct.roundOver')),
        !playingOut &&
          !finished &&
          iconTextButton(play, t(task.playOn.label), {
            className: 'cx-play',
            'data-focus-id': 'game-play-on',
            onclick: () => act({ type: 'playOn' }, PRACTICE_HEADING),
          }),
      ),
      h(
        'div',
        { className: 'cx-settings' },
        task.rows.map((row) =>
          h(
            'fieldset',
            { className: 'cx-setting' },
            h('legend', {}, t(row.label)),
            h(
              'div',
              { className: 'cx-segments' },
              row.options.map((option) =>
                h(
                  'label',
                  { className: 'cx-segment' },
                  h('input', {
                    type: 'radio',
                    name: `cx-row-${row.id}`,
                    value: option.id,
                    checked: state.values[row.id] === option.id,
                    disabled: playingOut || finished,
                    'data-focus-id': `row-${row.id}-${option.id}`,
                    onchange: () => {
                      const after = { values: { ...state.values, [row.id]: option.id } };
                      act(
                        { type: 'set', rowId: row.id, optionId: option.id },
                        breakReminder.done(task, after) ? PRACTICE_HEADING : `row-${row.id}-${option.id}`,
                      );
                    },
                  }),
                  h('span', {}, t(option.label)),
                ),
              ),
            ),
          ),
        ),
      ),
      h('div', { className: 'app-footer' }, appStatus([finished && t('practiceConduct.settingsSaved')])),
    );
  },
};
