/**
 * Pop-up patrol's passphrase round: a pretend "new password" form on the
 * stage with a row of word slots, word tiles in the panel. A tile is dragged
 * into the row, or tapped; a tile in the row is tapped to take it out.
 */
import keyIcon from 'virtual:icon/lucide/key-round';
import lockIcon from 'virtual:icon/lucide/lock-keyhole';
import type { PopupPatrolGame } from '../../content';
import { tileById, wordsNeeded, type PopupPatrolState } from '../../engine/minigames/popupPatrol';
import type { UiContext } from '../context';
import { h } from '../widgets/dom';
import { iconElement } from '../widgets/icon';
import { mascotLine } from '../widgets/mascotLine';
import { draggable } from './drag';
import { feedbackCard } from './feedbackCard';
import './passphrase.css';

export function passphraseStage(ctx: UiContext, game: PopupPatrolGame, state: PopupPatrolState): HTMLElement {
  const { t } = ctx.i18n;
  const needed = wordsNeeded(game, state);
  const editable = state.phase === 'passphrase';
  const strong = state.phase === 'passCheck' && state.pass?.strong;
  return h(
    'div',
    { className: `situation pp-app${strong ? ' pp-strong' : ''}` },
    h('p', { className: 'pp-title' }, iconElement(strong ? lockIcon : keyIcon), t('miniGames.passphrase.title')),
    h(
      'ol',
      { className: 'pp-words pp-slots', 'data-pass-slots': '', 'aria-label': t('miniGames.passphrase.slots') },
      state.words.map((id, index) => {
        const word = t(tileById(game, id)?.text ?? '');
        const weak = state.phase === 'passCheck' && state.pass?.weak === id;
        return h(
          'li',
          { className: `pp-word${weak ? ' pp-weak' : ''}` },
          editable
            ? h(
                'button',
                {
                  type: 'button',
                  className: 'pp-placed',
                  'data-focus-id': `placed-${id}`,
                  'aria-label': t('miniGames.passphrase.remove', { word }),
                  onclick: () => ctx.session.gameAct({ type: 'removeWord', index }),
                },
                word,
              )
            : word,
        );
      }),
      state.words.length === 0 && h('li', { className: 'pp-empty' }, t('miniGames.passphrase.empty')),
    ),
    h(
      'div',
      { className: 'pp-meter', role: 'img', 'aria-label': t('miniGames.passphrase.strength', { count: state.words.length, needed }) },
      Array.from({ length: needed }, (_, i) => h('span', { className: `pp-bar${i < state.words.length ? ' pp-on' : ''}` })),
    ),
  );
}

export function passphrasePanel(ctx: UiContext, game: PopupPatrolGame, state: PopupPatrolState): HTMLElement {
  const { t } = ctx.i18n;
  const needed = wordsNeeded(game, state);
  const pass = state.pass;
  if (state.phase === 'passCheck' && pass) {
    if (pass.strong)
      return feedbackCard(ctx, {
        tone: 'safe',
        title: t('miniGames.passphrase.strongTitle'),
        lines: [t('miniGames.passphrase.strongNote')],
        button: { label: t('scenario.next'), focusId: 'game-next', act: () => ctx.session.gameAct({ type: 'next' }) },
      });
    const weak = pass.weak ? tileById(game, pass.weak) : undefined;
    return feedbackCard(ctx, {
      tone: 'think-again',
      title: weak ? t('miniGames.passphrase.weakTitle', { word: t(weak.text) }) : t('miniGames.passphrase.shortTitle'),
      lines: [weak?.weak ? t(weak.weak) : t('miniGames.passphrase.shortNote', { count: needed })],
      button: { label: t('miniGames.passphrase.tryAgain'), focusId: 'pass-again', act: () => ctx.session.gameAct({ type: 'again' }) },
    });
  }
  const ready = state.words.length > 0;
  return h(
    'div',
    { className: 'card pp-panel' },
    h('h2', { tabindex: -1, 'data-screen-heading': true }, t('miniGames.passphrase.prompt', { count: needed })),
    !state.challenge && mascotLine(ctx, t('miniGames.dragHint')),
    h('p', { className: 'pp-count', 'aria-live': 'polite' }, t('miniGames.passphrase.strength', { count: state.words.length, needed })),
    h(
      'div',
      { className: 'pp-tiles', role: 'group', 'aria-label': t('miniGames.passphrase.tiles') },
      game.passphrase.tiles.map((tile) => {
        const index = state.words.indexOf(tile.id);
        const word = t(tile.text);
        return draggable(
          h(
            'button',
            {
              type: 'button',
              className: 'pp-tile',
              'data-word': tile.id,
              'data-focus-id': `word-${tile.id}`,
              'aria-pressed': index >= 0 ? 'true' : 'false',
              // Tapped again, a tile in the passphrase comes back out.
              onclick: () => ctx.session.gameAct(index >= 0 ? { type: 'removeWord', index } : { type: 'addWord', tile: tile.id }),
            },
            word,
          ),
          { targets: '[data-pass-slots]', drop: () => ctx.session.gameAct({ type: 'addWord', tile: tile.id }) },
        );
      }),
    ),
    h(
      'button',
      {
        type: 'button',
        className: `primary with-arrow pp-use${ready ? '' : ' pp-wait'}`,
        'data-focus-id': 'pass-use',
        'aria-disabled': ready ? null : 'true',
        onclick: () => ctx.session.gameAct({ type: 'usePassphrase' }),
      },
      t('miniGames.passphrase.use'),
    ),
  );
}
