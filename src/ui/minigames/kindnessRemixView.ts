/**
 * The kindness remix: the hurtful group-chat message on the stage, each line
 * a slot; kinder (and not so kind) tiles in the panel, dragged onto their
 * line or tapped. Sent, a line that still hurts is named and comes back out;
 * then a private message to the person it was about.
 */
import heartIcon from 'virtual:icon/lucide/heart-handshake';
import sendIcon from 'virtual:icon/lucide/send';
import usersIcon from 'virtual:icon/lucide/users';
import type { KindnessRemixGame, RemixLine, RemixRound } from '../../content';
import { allPlaced, currentRound, pickedTile, type KindnessRemixState } from '../../engine/minigames/kindnessRemix';
import type { UiContext } from '../context';
import { h } from '../widgets/dom';
import { iconElement } from '../widgets/icon';
import { mascotLine } from '../widgets/mascotLine';
import { draggable } from './drag';
import { feedbackCard, reviewPager } from './feedbackCard';
import type { MiniGameView } from './view';
import './kindnessRemix.css';

function lineSlot(ctx: UiContext, round: RemixRound, line: RemixLine, index: number, state: KindnessRemixState): HTMLElement {
  const { t } = ctx.i18n;
  const tile = pickedTile(round, state, line.id);
  const hurts = state.hurts.includes(line.id);
  const editable = state.phase === 'remix';
  return h(
    'li',
    { className: `kr-line${tile ? ' kr-filled' : ''}${hurts ? ' kr-hurts' : ''}`, 'data-line': line.id },
    h('span', { className: 'kr-mean' }, t(line.mean)),
    tile
      ? editable
        ? h(
            'button',
            {
              type: 'button',
              className: 'kr-placed',
              'data-focus-id': `placed-${line.id}`,
              'aria-label': t('miniGames.remix.removeTile', { text: t(tile.text) }),
              onclick: () => ctx.session.gameAct({ type: 'clear', line: line.id }),
            },
            t(tile.text),
          )
        : h('span', { className: 'kr-placed' }, t(tile.text))
      : h('span', { className: 'kr-empty' }, t('miniGames.remix.slotEmpty')),
    h('span', { className: 'sr-only' }, t('miniGames.remix.lineLabel', { number: index + 1, text: t(tile?.text ?? line.mean) })),
  );
}

function groupChat(ctx: UiContext, round: RemixRound, state: KindnessRemixState): HTMLElement {
  const { t } = ctx.i18n;
  const sent = state.phase === 'support' || state.phase === 'supportAgain' || state.phase === 'feedback';
  const support = round.support.find((s) => s.id === state.support);
  return h(
    'div',
    { className: `situation kr-app${sent ? ' kr-sent' : ''}`, 'data-round': round.id },
    h('div', { className: 'kr-bar' }, iconElement(usersIcon), h('span', {}, t('miniGames.remix.chatLabel'))),
    h(
      'div',
      { className: 'kr-message' },
      h('p', { className: 'kr-from' }, t(round.from)),
      h(
        'ol',
        { className: 'kr-lines', 'aria-label': t('miniGames.remix.meanLabel') },
        round.lines.map((line, i) => lineSlot(ctx, round, line, i, state)),
      ),
    ),
    support &&
      h(
        'div',
        { className: `kr-private${support.kind ? ' kr-kind' : ''}` },
        h('p', { className: 'kr-to' }, iconElement(heartIcon), t(round.target)),
        h('p', { className: 'kr-private-text' }, t(support.text)),
      ),
  );
}

function tileTray(ctx: UiContext, round: RemixRound, state: KindnessRemixState): HTMLElement {
  const { t } = ctx.i18n;
  return h(
    'div',
    { className: 'kr-trays' },
    round.lines.map((line, i) =>
      h(
        'div',
        { className: 'kr-tray', role: 'group', 'aria-label': t('miniGames.remix.tilesFor', { number: i + 1 }) },
        h('p', { className: 'kr-tray-label' }, t('miniGames.remix.tilesFor', { number: i + 1 })),
        line.tiles.map((tile) =>
          draggable(
            h(
              'button',
              {
                type: 'button',
                className: 'kr-tile',
                'data-tile': tile.id,
                'data-for-line': line.id,
                'data-focus-id': `tile-${line.id}-${tile.id}`,
                'aria-pressed': state.picks[line.id] === tile.id ? 'true' : 'false',
                onclick: () => ctx.session.gameAct({ type: 'place', line: line.id, tile: tile.id }),
              },
              t(tile.text),
            ),
            {
              targets: '[data-line]',
              // A tile belongs to its own line: dropped on another, the engine leaves things as they were.
              drop: (target) => ctx.session.gameAct({ type: 'place', line: target.dataset.line!, tile: tile.id }),
            },
          ),
        ),
      ),
    ),
  );
}

export const kindnessRemixView: MiniGameView<KindnessRemixGame, KindnessRemixState> = {
  keys: { progress: 'miniGames.remix.progress', resultsTitle: 'miniGames.remix.resultsTitle' },

  introExtra(ctx) {
    const { t } = ctx.i18n;
    return h('p', { className: 'mg-drag-hint' }, t('miniGames.dragHint'));
  },

  stage(ctx, game, state) {
    const round = currentRound(game, state);
    return round ? groupChat(ctx, round, state) : null;
  },

  panel(ctx, game, state) {
    const { t } = ctx.i18n;
    const round = currentRound(game, state)!;
    const target = t(round.target);
    if (state.phase === 'stillHurts') {
      const line = round.lines.find((l) => l.id === state.hurts[0])!;
      const tile = pickedTile(round, state, line.id);
      return feedbackCard(ctx, {
        tone: 'think-again',
        title: t('miniGames.remix.stillHurtsTitle'),
        lines: [tile && h('p', { className: 'kr-quote' }, t(tile.text)), t(line.why)],
        button: { label: t('miniGames.remix.tryAgain'), focusId: 'remix-again', act: () => ctx.session.gameAct({ type: 'again' }) },
      });
    }
    if (state.phase === 'supportAgain') {
      return feedbackCard(ctx, {
        tone: 'think-again',
        title: t('miniGames.remix.supportAgainTitle', { name: target }),
        lines: [t('miniGames.remix.supportAgainNote', { name: target })],
        button: { label: t('miniGames.remix.tryAgain'), focusId: 'remix-again', act: () => ctx.session.gameAct({ type: 'again' }) },
      });
    }
    if (state.phase === 'feedback') {
      return feedbackCard(ctx, {
        tone: 'safe',
        title: t('miniGames.remix.sentTitle'),
        lines: [t(round.why)],
        button: { label: t('scenario.next'), focusId: 'game-next', act: () => ctx.session.gameAct({ type: 'next' }) },
      });
    }
    if (state.phase === 'support') {
      return h(
        'div',
        { className: 'card kr-panel' },
        h('h2', { tabindex: -1, 'data-screen-heading': true }, t('miniGames.remix.supportTitle', { name: target })),
        h('p', {}, t('miniGames.remix.supportPrompt', { name: target })),
        h(
          'ul',
          { className: 'choices kr-support' },
          round.support.map((tile) =>
            h(
              'li',
              {},
              h(
                'button',
                {
                  type: 'button',
                  className: 'choice',
                  'data-support': tile.id,
                  'data-focus-id': `support-${tile.id}`,
                  onclick: () => ctx.session.gameAct({ type: 'support', tile: tile.id }),
                },
                h('span', { className: 'choice-label' }, t(tile.text)),
              ),
            ),
          ),
        ),
      );
    }
    const ready = allPlaced(round, state);
    return h(
      'div',
      { className: 'card kr-panel' },
      h('h2', { tabindex: -1, 'data-screen-heading': true }, t('miniGames.remix.pickLine')),
      // Screen readers hear the message here, line by line; sighted players see it on the stage.
      h(
        'ol',
        { className: 'sr-only' },
        round.lines.map((line, i) => h('li', {}, t('miniGames.remix.lineLabel', { number: i + 1, text: t(line.mean) }))),
      ),
      !state.challenge && mascotLine(ctx, t('miniGames.dragHint')),
      tileTray(ctx, round, state),
      !ready && h('p', { className: 'privacy-note' }, t('miniGames.remix.needAll')),
      h(
        'button',
        {
          type: 'button',
          className: `primary kr-send${ready ? '' : ' kr-wait'}`,
          'data-focus-id': 'remix-send',
          'aria-disabled': ready ? null : 'true',
          onclick: () => ctx.session.gameAct({ type: 'send' }),
        },
        iconElement(sendIcon),
        h('span', {}, t('miniGames.remix.send')),
      ),
    );
  },

  review(ctx, game, state) {
    const { t } = ctx.i18n;
    const shown = state.done[state.review];
    const round = shown && game.rounds.find((r) => r.id === shown.roundId);
    if (!shown || !round) return [];
    const kind = (line: RemixLine) => line.tiles.find((x) => x.kind)!;
    return reviewPager(ctx, {
      index: state.review,
      total: state.done.length,
      counter: t('miniGames.remix.reviewCounter', { current: state.review + 1, total: state.done.length }),
      right: shown.firstTry,
      body: [
        h('p', { className: 'kr-review-label' }, t('miniGames.remix.before')),
        h(
          'ul',
          { className: 'kr-review kr-review-before' },
          round.lines.map((l) => h('li', {}, t(l.mean))),
        ),
        h('p', { className: 'kr-review-label' }, t('miniGames.remix.after')),
        h(
          'ul',
          { className: 'kr-review kr-review-after' },
          round.lines.map((l) => h('li', {}, t(kind(l).text))),
        ),
        t(round.why),
      ],
    });
  },

  classVote(ctx, game, state) {
    const { t } = ctx.i18n;
    const round = currentRound(game, state);
    if (state.phase !== 'support' || !round) return null;
    return {
      prompt: t('miniGames.remix.supportPrompt', { name: t(round.target) }),
      options: round.support.map((tile) => ({ id: tile.id, label: t(tile.text) })),
      safest: round.support.filter((tile) => tile.kind).map((tile) => tile.id),
    };
  },
};
