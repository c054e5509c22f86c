/**
 * The post detective: a pretend post on the stage whose parts (who posted it,
 * the label, when, the link) are buttons to zoom into; the magnifying glass
 * can be dragged onto a part too. Relaxed play says what each closer look
 * shows; the challenge shows the part up close and leaves the thinking to the
 * child. After the verdict every clue lights up.
 */
import checkIcon from 'virtual:icon/lucide/check';
import searchIcon from 'virtual:icon/lucide/search';
import scanIcon from 'virtual:icon/lucide/scan-search';
import type { DetectiveGame, DetectivePost, PostPart, PostPartId, PostVerdict } from '../../content';
import { canJudge, currentPost, type DetectiveState } from '../../engine/minigames/detective';
import type { UiContext } from '../context';
import { h } from '../widgets/dom';
import { iconElement } from '../widgets/icon';
import { mascotLine } from '../widgets/mascotLine';
import { draggable } from './drag';
import { feedbackCard, reviewPager } from './feedbackCard';
import type { MiniGameView } from './view';
import './detective.css';

const VERDICTS: PostVerdict[] = ['real', 'check'];

function partButton(ctx: UiContext, part: PostPart, state: DetectiveState, reveal: boolean): HTMLElement {
  const { t } = ctx.i18n;
  const looked = state.looked.includes(part.id);
  const name = t(`miniGames.detective.parts.${part.id}`);
  const classes = [
    'dt-part',
    `dt-${part.id}`,
    looked && 'dt-looked',
    state.zoom === part.id && 'dt-zoomed',
    reveal && part.clue && 'dt-clue',
  ];
  const label = h('span', { className: 'dt-part-text' }, t(part.text));
  if (reveal) return h('span', { className: classes.filter(Boolean).join(' '), 'data-part': part.id }, label);
  return h(
    'button',
    {
      type: 'button',
      className: classes.filter(Boolean).join(' '),
      'data-part': part.id,
      'data-focus-id': `part-${part.id}`,
      'aria-label': t('miniGames.detective.zoomLabel', { part: name, text: t(part.text) }),
      'aria-pressed': state.zoom === part.id ? 'true' : 'false',
      onclick: () => ctx.session.gameAct({ type: 'zoom', part: part.id }),
    },
    label,
    looked && h('span', { className: 'dt-tick', 'aria-hidden': 'true' }, iconElement(checkIcon)),
  );
}

function postCard(ctx: UiContext, post: DetectivePost, state: DetectiveState, reveal: boolean): HTMLElement {
  const part = (id: PostPartId) => {
    const found = post.parts.find((p) => p.id === id);
    return found ? partButton(ctx, found, state, reveal) : null;
  };
  return h(
    'article',
    { className: 'dt-post', 'data-post': post.id },
    h('header', { className: 'dt-head' }, h('span', { className: 'dt-avatar', 'aria-hidden': 'true' }), part('sender'), part('label')),
    h('p', { className: 'dt-body' }, ctx.i18n.t(post.body)),
    h('footer', { className: 'dt-foot' }, part('date'), part('address')),
  );
}

/** The part under the magnifying glass, large; relaxed play also says whether it is a clue. */
function zoomBox(ctx: UiContext, post: DetectivePost, state: DetectiveState): HTMLElement | null {
  const { t } = ctx.i18n;
  const part = post.parts.find((p) => p.id === state.zoom);
  if (!part) return null;
  return h(
    'div',
    { className: `dt-zoom${!state.challenge ? (part.clue ? ' dt-zoom-clue' : ' dt-zoom-fine') : ''}`, 'aria-live': 'polite' },
    h('span', { className: 'dt-zoom-icon', 'aria-hidden': 'true' }, iconElement(searchIcon)),
    h('p', { className: 'dt-zoom-name' }, t(`miniGames.detective.parts.${part.id}`)),
    h('p', { className: 'dt-zoom-text' }, t(part.text)),
    !state.challenge && h('p', { className: 'dt-zoom-verdict' }, t(part.clue ? 'miniGames.detective.clue' : 'miniGames.detective.fine')),
    !state.challenge && h('p', { className: 'dt-zoom-note' }, t(part.note)),
  );
}

export const detectiveView: MiniGameView<DetectiveGame, DetectiveState> = {
  keys: { progress: 'miniGames.detective.progress', resultsTitle: 'miniGames.detective.resultsTitle' },

  introExtra(ctx) {
    const { t } = ctx.i18n;
    return h(
      'ul',
      { className: 'dt-intro-parts' },
      (['sender', 'label', 'date', 'address'] as const).map((p) => h('li', {}, t(`miniGames.detective.parts.${p}`))),
    );
  },

  stage(ctx, game, state) {
    const post = currentPost(game, state);
    const shown = state.phase === 'feedback' ? game.posts.find((p) => p.id === state.last?.postId) : post;
    if (!shown) return null;
    return h(
      'div',
      { className: `situation dt-app${state.phase === 'feedback' ? ' dt-revealed' : ''}` },
      postCard(ctx, shown, state, state.phase === 'feedback'),
      state.phase === 'post' && zoomBox(ctx, shown, state),
    );
  },

  panel(ctx, game, state) {
    const { t } = ctx.i18n;
    if (state.phase === 'feedback' && state.last) {
      const last = state.last;
      const post = game.posts.find((p) => p.id === last.postId)!;
      return feedbackCard(ctx, {
        tone: last.right ? 'safe' : 'think-again',
        title: last.right
          ? t(post.verdict === 'real' ? 'miniGames.detective.rightReal' : 'miniGames.detective.rightCheck')
          : t('miniGames.detective.notQuite'),
        lines: [
          t(post.why),
          last.clues > 0 && h('p', { className: 'dt-found' }, t('miniGames.detective.found', { found: last.found, clues: last.clues })),
        ],
        button: { label: t('scenario.next'), focusId: 'game-next', act: () => ctx.session.gameAct({ type: 'next' }) },
      });
    }
    const post = currentPost(game, state);
    const ready = canJudge(state);
    const lens = h(
      'button',
      {
        type: 'button',
        className: 'dt-lens',
        'data-focus-id': 'dt-lens',
        'aria-label': t('miniGames.detective.lens'),
        // The glass zooms into the next part not looked at yet; dragged, into the part it is dropped on.
        onclick: () => {
          const next = post?.parts.find((p) => !state.looked.includes(p.id)) ?? post?.parts[0];
          if (next) ctx.session.gameAct({ type: 'zoom', part: next.id });
        },
      },
      iconElement(scanIcon),
    );
    draggable(lens, {
      targets: '[data-part]',
      drop: (target) => ctx.session.gameAct({ type: 'zoom', part: target.dataset.part as PostPartId }),
    });
    return h(
      'div',
      { className: 'card dt-panel' },
      h('h2', { tabindex: -1, 'data-screen-heading': true }, t('miniGames.detective.prompt')),
      post && h('p', { className: 'sr-only' }, t(post.body)),
      h('div', { className: 'dt-lens-row' }, lens, h('p', { className: 'mg-drag-hint' }, t('miniGames.dragHint'))),
      h('p', { className: 'dt-count' }, t('miniGames.detective.looked', { count: state.looked.length })),
      !ready && !state.challenge && mascotLine(ctx, t('miniGames.detective.lookFirst')),
      // Always there, so focus never falls off a vanished button; the engine waits for a first look.
      h(
        'div',
        { className: 'dt-verdicts', role: 'group', 'aria-label': t('miniGames.detective.prompt') },
        VERDICTS.map((verdict) =>
          h(
            'button',
            {
              type: 'button',
              className: `dt-verdict dt-verdict-${verdict}${ready ? '' : ' dt-wait'}`,
              'data-verdict': verdict,
              'data-focus-id': `verdict-${verdict}`,
              'aria-disabled': ready ? null : 'true',
              onclick: () => ctx.session.gameAct({ type: 'judge', verdict }),
            },
            t(`miniGames.detective.${verdict}`),
          ),
        ),
      ),
    );
  },

  review(ctx, game, state) {
    const { t } = ctx.i18n;
    const shown = state.judged[state.review];
    const post = shown && game.posts.find((p) => p.id === shown.postId);
    if (!shown || !post) return [];
    return reviewPager(ctx, {
      index: state.review,
      total: state.judged.length,
      counter: t('miniGames.detective.reviewCounter', { current: state.review + 1, total: state.judged.length }),
      right: shown.right,
      body: [
        h('p', { className: 'review-card' }, t(post.body)),
        h('p', {}, h('strong', {}, t(post.verdict === 'real' ? 'miniGames.detective.verdictReal' : 'miniGames.detective.verdictCheck'))),
        t(post.why),
      ],
    });
  },

  classVote(ctx, game, state) {
    const { t } = ctx.i18n;
    const post = currentPost(game, state);
    if (state.phase !== 'post' || !post || !canJudge(state)) return null;
    return {
      prompt: t('miniGames.detective.votePrompt'),
      options: VERDICTS.map((id) => ({ id, label: t(`miniGames.detective.${id}`) })),
      safest: [post.verdict],
    };
  },
};
