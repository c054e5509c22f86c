import ban from 'virtual:icon/lucide/ban';
import camera from 'virtual:icon/lucide/camera';
import send from 'virtual:icon/lucide/send';
import undo from 'virtual:icon/lucide/undo-2';
import type { SayNoTilesTask } from '../../content';
import { MAX_TILES, sayNoTiles, type SayNoTilesState } from '../../engine/steps/tasks/sayNoTiles';
import { h } from '../widgets/dom';
import { iconElement } from '../widgets/icon';
import { appBar, bubble, iconTextButton, statusNotes } from './contactAppParts';
import { PRACTICE_HEADING, type TaskView } from './taskView';
import './contactApps.css';

/**
 * A pretend chat where the child answers with phrase tiles, never free typing: pick pieces
 * in order, take the last one back, send. After a clear "no" the contact pushes back, and
 * the app bar offers Screenshot and Block.
 */
export const sayNoTilesView: TaskView<SayNoTilesTask, SayNoTilesState> = {
  app(ctx, task, state, lessSafe, act) {
    const { t } = ctx.i18n;
    const name = t(task.contact);
    const tileText = (id: string) => t(task.tiles.find((x) => x.id === id)?.label ?? '');
    const playingOut = lessSafe !== null;
    const openTile = task.tiles.find((x) => x.lessSafe?.id === lessSafe);
    const answer = openTile?.lessSafe?.answer ?? (lessSafe === task.unclear.id ? task.unclear.answer : null);
    const chatGone = lessSafe !== null && lessSafe === task.blockFirst?.id;
    const afterNo = state.sent !== null && task.pushBack !== undefined && !state.blocked;

    const bar = appBar(
      name,
      null,
      afterNo &&
        h(
          'div',
          { className: 'pc-bar-actions' },
          iconTextButton(camera, t('practiceContact.screenshot'), {
            className: 'pc-bar-button',
            'data-focus-id': 'pc-screenshot',
            disabled: playingOut || state.screenshot,
            onclick: () => act({ type: 'screenshot' }, 'pc-block'),
          }),
          iconTextButton(ban, t('practice.block'), {
            className: 'pc-bar-button',
            'data-focus-id': 'pc-block',
            disabled: playingOut,
            onclick: () => act({ type: 'blockContact' }, PRACTICE_HEADING),
          }),
        ),
    );

    const log = chatGone
      ? h('p', { className: 'pc-empty-chat' }, t('practiceContact.chatGone'))
      : h(
          'ol',
          { className: 'chat-log' },
          task.messages.map((key) => bubble(name, [t(key)], 'them')),
          state.sent && bubble(t('practice.you'), state.sent.map(tileText), 'me'),
          state.sent && task.pushBack && bubble(name, [t(task.pushBack)], `them${state.screenshot ? '' : ' arriving'}`),
          answer && [bubble(t('practice.you'), state.message.map(tileText), 'me'), bubble(name, [t(answer)], 'them arriving')],
        );

    return h(
      'section',
      { className: 'situation pretend-app chat-app pc-app', 'aria-label': t('practiceContact.chatApp') },
      bar,
      log,
      state.sent === null && !playingOut && composer(),
      h(
        'div',
        { className: 'app-footer' },
        statusNotes([
          state.sent && t('practiceContact.sentNote'),
          state.screenshot && t('practiceContact.screenshotSaved'),
          state.blocked && t('practice.blockedNote', { name }),
        ]),
      ),
    );

    function composer(): HTMLElement {
      const free = task.tiles.filter((x) => !state.message.includes(x.id));
      const full = state.message.length >= MAX_TILES;
      // After a tile, focus goes to the next free tile, so a keyboard can keep building.
      const focusAfterAdd = (id: string) => {
        const rest = free.filter((x) => x.id !== id);
        const after = rest[free.findIndex((x) => x.id === id)] ?? rest[0];
        return full || state.message.length + 1 >= MAX_TILES || !after ? 'pc-send' : `pc-tile-${after.id}`;
      };
      return h(
        'div',
        { className: 'pc-composer' },
        h(
          'div',
          { className: 'pc-draft', 'aria-label': t('practiceContact.draftLabel'), role: 'group' },
          state.message.length
            ? h(
                'p',
                { className: 'pc-draft-text pc-phrases' },
                state.message.map((id) => h('span', { className: 'pc-phrase' }, tileText(id))),
              )
            : h('p', { className: 'pc-draft-hint' }, t('practiceContact.draftEmpty')),
          h(
            'div',
            { className: 'pc-draft-actions' },
            h(
              'button',
              {
                type: 'button',
                className: 'app-icon-button pc-undo',
                'data-focus-id': 'pc-undo',
                'aria-label': t('practiceContact.removeLast'),
                disabled: !state.message.length,
                onclick: () => act({ type: 'removeTile' }, state.message.length > 1 ? 'pc-undo' : `pc-tile-${task.tiles[0]?.id}`),
              },
              h('span', { 'aria-hidden': 'true', className: 'pc-button-icon' }, iconElement(undo)),
            ),
            iconTextButton(send, t('practiceContact.send'), {
              className: 'pc-send',
              'data-focus-id': 'pc-send',
              disabled: !state.message.length,
              onclick: () => {
                const result = sayNoTiles.reduce(task, state, { type: 'send' });
                act({ type: 'send' }, task.pushBack && !('lessSafe' in result) ? 'pc-screenshot' : PRACTICE_HEADING);
              },
            }),
          ),
        ),
        h(
          'ul',
          { className: 'pc-tiles', 'aria-label': t('practiceContact.tilesLabel') },
          task.tiles.map((tile) =>
            h(
              'li',
              {},
              h(
                'button',
                {
                  type: 'button',
                  className: 'pc-tile',
                  'data-focus-id': `pc-tile-${tile.id}`,
                  disabled: full || state.message.includes(tile.id),
                  onclick: () => act({ type: 'addTile', tileId: tile.id }, focusAfterAdd(tile.id)),
                },
                t(tile.label),
              ),
            ),
          ),
        ),
      );
    }
  },
};
