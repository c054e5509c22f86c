import lock from 'virtual:icon/lucide/lock-keyhole';
import x from 'virtual:icon/lucide/x';
import type { PassphraseTask } from '../../content';
import { strength, type PassphraseState } from '../../engine/steps/tasks/passphrase';
import { h } from '../widgets/dom';
import { iconElement } from '../widgets/icon';
import { appBar, appStatus, bubble } from './conductApp';
import { tileTray } from './tileTray';
import { PRACTICE_HEADING, type TaskView } from './taskView';

/**
 * A pretend account page: a new password built from word tiles, with a
 * strength meter that reacts as tiles go in. The meter is the clue; Tiko does
 * not say which tiles are guessable.
 */
export const passphraseView: TaskView<PassphraseTask, PassphraseState> = {
  app(ctx, task, state, lessSafe, act) {
    const { t } = ctx.i18n;
    const label = (id: string) => t(task.tiles.find((tile) => tile.id === id)?.label ?? '');
    const beat = task.weak.find((w) => w.id === lessSafe);
    const locked = lessSafe !== null || state.saved;
    const level = strength(task, state.picked);

    return h(
      'section',
      { className: 'situation pretend-app cx-app cx-pass', 'aria-label': t('practiceConduct.accountApp') },
      appBar(lock, t(task.account)),
      h(
        'div',
        { className: 'cx-composer' },
        h('p', { className: 'cx-label', id: 'pass-label' }, t('practiceConduct.newPassword')),
        h(
          'ol',
          { className: `cx-draft cx-secret${beat ? ' cx-cracked' : ''}`, 'aria-labelledby': 'pass-label' },
          state.picked.length
            ? state.picked.map((id) =>
                h(
                  'li',
                  {},
                  locked
                    ? h('span', { className: 'cx-chip picked' }, label(id))
                    : h(
                        'button',
                        {
                          type: 'button',
                          className: 'cx-chip picked',
                          'data-focus-id': `draft-${id}`,
                          'aria-label': t('practiceConduct.takeOut', { tile: label(id) }),
                          onclick: () => act({ type: 'unpick', tileId: id }, `tile-${id}`),
                        },
                        h('span', {}, label(id)),
                        h('span', { className: 'cx-chip-x', 'aria-hidden': 'true' }, iconElement(x)),
                      ),
                ),
              )
            : h('li', { className: 'cx-placeholder' }, t('practiceConduct.pickWords')),
        ),
        h(
          'div',
          { className: `cx-meter cx-${level}` },
          h('span', { className: 'cx-meter-bar', 'aria-hidden': 'true' }, h('span', {})),
          h('p', { role: 'status', className: 'cx-meter-text' }, t(`practiceConduct.strength.${level}`)),
        ),
        beat && h('ol', { className: 'chat-log' }, bubble(t(task.guesser), t(beat.guess), 'them arriving')),
        !locked &&
          tileTray(
            t('practiceConduct.words'),
            task.tiles.filter((tile) => !state.picked.includes(tile.id)).map((tile) => ({ id: tile.id, label: t(tile.label) })),
            state.picked.length >= task.maxTiles,
            (id, nextFocus) => act({ type: 'pick', tileId: id }, state.picked.length + 1 >= task.maxTiles ? 'pass-save' : nextFocus),
            'pass-save',
          ),
        !locked &&
          h(
            'div',
            { className: 'app-actions' },
            h(
              'button',
              {
                type: 'button',
                className: 'secondary',
                'data-focus-id': 'pass-clear',
                disabled: state.picked.length === 0,
                onclick: () => act({ type: 'clear' }, `tile-${task.tiles[0]?.id}`),
              },
              t('practiceConduct.clear'),
            ),
            h(
              'button',
              {
                type: 'button',
                className: 'cx-primary',
                'data-focus-id': 'pass-save',
                disabled: state.picked.length < task.words,
                onclick: () => act({ type: 'save' }, PRACTICE_HEADING),
              },
              t('practiceConduct.save'),
            ),
          ),
      ),
      h('div', { className: 'app-footer' }, appStatus([state.saved && t('practiceConduct.passwordSaved')])),
    );
  },
};
