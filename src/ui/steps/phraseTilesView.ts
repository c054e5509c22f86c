import send from 'virtual:icon/lucide/send';
import userRound from 'virtual:icon/lucide/user-round';
import x from 'virtual:icon/lucide/x';
import type { PhraseTilesTask } from '../../content';
import { draftLessSafe, type PhraseTilesState } from '../../engine/steps/tasks/phraseTiles';
import { h } from '../widgets/dom';
import { iconElement } from '../widgets/icon';
import { appBar, appStatus, bubble, chatLines, iconTextButton } from './conductApp';
import { tileTray } from './tileTray';
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
          h(
            'ol',
            { className: 'cx-draft', 'aria-labelledby': 'tiles-draft-label' },
            state.picked.length
              ? state.picked.map((id) =>
                  h(
                    'li',
                    {},
                    h(
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
              : h('li', { className: 'cx-placeholder' }, t('practiceConduct.pickTiles')),
          ),
          tileTray(
            t('practiceConduct.tiles'),
            task.tiles.filter((tile) => !state.picked.includes(tile.id)).map((tile) => ({ id: tile.id, label: t(tile.label) })),
            state.picked.length >= task.maxTiles,
            (id, nextFocus) => act({ type: 'pick', tileId: id }, state.picked.length + 1 >= task.maxTiles ? 'tiles-send' : nextFocus),
            'tiles-send',
          ),
          h(
            'div',
            { className: 'app-actions' },
            h(
              'button',
              {
                type: 'button',
                className: 'secondary',
                'data-focus-id': 'tiles-clear',
                disabled: state.picked.length === 0,
                onclick: () => act({ type: 'clear' }, `tile-${task.tiles[0]?.id}`),
              },
              t('practiceConduct.clear'),
            ),
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
