import lock from 'virtual:icon/lucide/lock-keyhole';
import type { PassphraseTask } from '../../content';
import { strength, type PassphraseState } from '../../engine/steps/tasks/passphrase';
import { h } from '../widgets/dom';
import { appBar, appStatus, bubble } from './conductApp';
import { clearDraftButton, draftTiles, draftTray, type TileDraft } from './tileTray';
import { PRACTICE_HEADING, type TaskView } from './taskView';

/**
 * A pretend account page: a new password built from word tiles, with a
 * strength meter that reacts as tiles go in. The meter is the clue; Tiko does
 * not say which tiles are guessable.
 */
export const passphraseView: TaskView<PassphraseTask, PassphraseState> = {
  app(ctx, task, state, lessSafe, act) {
    const { t } = ctx.i18n;
    const beat = task.weak.find((w) => w.id === lessSafe);
    const locked = lessSafe !== null || state.saved;
    const level = strength(task, state.picked);
    const draft: TileDraft = { t, tiles: task.tiles, picked: state.picked, most: task.maxTiles, act, doneFocus: 'pass-save' };

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
          draftTiles(draft, t('practiceConduct.pickWords'), locked),
        ),
        h(
          'div',
          { className: `cx-meter cx-${level}` },
          h('span', { className: 'cx-meter-bar', 'aria-hidden': 'true' }, h('span', {})),
          h('p', { role: 'status', className: 'cx-meter-text' }, t(`practiceConduct.strength.${level}`)),
        ),
        beat && h('ol', { className: 'chat-log' }, bubble(t(task.guesser), t(beat.guess), 'them arriving')),
        !locked && draftTray(draft, t('practiceConduct.words')),
        !locked &&
          h(
            'div',
            { className: 'app-actions' },
            clearDraftButton(draft, 'pass-clear'),
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
