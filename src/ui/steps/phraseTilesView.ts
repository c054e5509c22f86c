import send from 'virtual:icon/lucide/send';
import userRound from 'virtual:icon/lucide/user-round';
import type { PhraseTilesTask } from '../../content';
import { draftLessSafe, type PhraseTilesState } from '../../engine/steps/tasks/phraseTiles';
import { h } from '../widgets/dom';
import { appBar, appStatus, bubble, chatLines, iconTextButton } from './conductApp';
import { clearDraftButton, draftTiles, draftTray, type TileDraft } from './tileTray';
import { PRACTICE_HEADING, type TaskView } from './taskView';

/**
 * A pretend private chat where the message is built from phrase tiles, never
 * typed: tiles go into the draft in the order picked and come out again with
 * their ✕. Other tempting buttons (Forward the photo) sit in a banner above.
 */
export const phraseTilesView: TaskView<PhraseTilesTask, PhraseTilesState> = {
  app(ctx, task, state, lessSafe, act) {
    const { t } = ctx.i18n;
    const name = t(task.contact);
    const playingOut = lessSafe !== null;
    const label = (id: string) => t(task.tiles.find((tile) => tile.id === id)?.label ?? '');
    const shortcut = task.shortcuts?.find((s) => s.id === lessSafe);
    const tileBeat = task.lessSafe.find((a) => a.id === lessSafe);
    const sentWords = state.picked.map(label);
    const locked = playingOut || state.sent;
    const draft: TileDraft = { t, tiles: task.tiles, picked: state.picked, most: task.maxTiles, act, doneFocus: 'tiles-send' };

    return h(
      'section',
      { className: 'situation pretend-app cx-app cx-tiles', 'aria-label': t('practiceConduct.chatWith', { name }) },
      appBar(userRound, name),
      task.banner &&
        h(
          'div',
          { className: `cx-banner${shortcut ? ' arriving' : ''}` },
          h('p', { className: 'chat-from' }, t(task.banner.from)),
          h('p', { className: 'chat-text' }, t(shortcut ? shortcut.result : task.banner.text)),
          !locked &&
            (task.shortcuts ?? []).map((s) =>
              h(
                'button',
                {
                  type: 'button',
                  className: 'app-reply',
                  'data-focus-id': `shortcut-${s.id}`,
                  onclick: () => act({ type: 'shortcut', shortcutId: s.id }, PRACTICE_HEADING),
                },
                t(s.label),
              ),
            ),
        ),
      h(
        'ol',
        { className: 'chat-log' },
        chatLines(t, task.messages),
        (tileBeat || state.sent) && sentMessage(),
        tileBeat && bubble(name, t(tileBeat.answer), 'them arriving'),
        state.sent && bubble(name, t(task.answer), 'them arriving'),
      ),
      !locked &&
        h(
          'div',
          { className: 'cx-composer' },
          h('p', { className: 'cx-label', id: 'tiles-draft-label' }, t('practiceConduct.yourMessage')),
          h('ol', { className: 'cx-draft', 'aria-labelledby': 'tiles-draft-label' }, draftTiles(draft, t('practiceConduct.pickTiles'))),
          draftTray(draft, t('practiceConduct.tiles')),
          h(
            'div',
            { className: 'app-actions' },
            clearDraftButton(draft, 'tiles-clear'),
            iconTextButton(send, t('practiceConduct.send'), {
              className: 'cx-primary',
              'data-focus-id': 'tiles-send',
              disabled: state.picked.length < task.minTiles,
              onclick: () => act({ type: 'send' }, PRACTICE_HEADING),
            }),
          ),
        ),
      h('div', { className: 'app-footer' }, appStatus([state.sent && t('practiceConduct.sentTo', { name })])),
    );

    function sentMessage(): HTMLElement {
      const li = h(
        'li',
        { className: 'chat-bubble me' },
        h('p', { className: 'chat-from' }, t('practice.you')),
        h(
          'p',
          { className: 'chat-text cx-tiles-text' },
          sentWords.map((word) => h('span', {}, word)),
        ),
      );
      if (draftLessSafe(task, state.picked)) li.classList.add('cx-unkind');
      return li;
    }
  },
};
