/**
 * The card every mini-game shows after an answer: a heading that takes focus,
 * at most two short sentences, and one button on. Also the results' one
 * reason at a time, stepped through by buttons that wrap around.
 */
import type { UiContext } from '../context';
import { h } from '../widgets/dom';

type Line = string | HTMLElement | false | null | undefined;

export interface FeedbackCardOptions {
  tone: 'safe' | 'think-again';
  title: string;
  /** At most two short sentences in all. */
  lines: Line[];
  button: { label: string; focusId: string; act(): void };
}

export function feedbackCard(ctx: UiContext, { tone, title, lines, button }: FeedbackCardOptions): HTMLElement {
  void ctx;
  return h(
    'div',
    { className: `card outcome mg-feedback ${tone}` },
    h('h2', { tabindex: -1, 'data-screen-heading': true }, h('span', { className: 'outcome-icon', 'aria-hidden': 'true' }), title),
    ...lines.map((line) => (typeof line === 'string' ? h('p', { className: 'outcome-text' }, line) : line)),
    h('button', { type: 'button', className: 'primary with-arrow', 'data-focus-id': button.focusId, onclick: button.act }, button.label),
  );
}

export interface ReviewPagerOptions {
  index: number;
  total: number;
  counter: string;
  right: boolean;
  body: Line[];
}

/** The results explain one answer at a time; both buttons wrap around, so neither is ever disabled under focus. */
export function reviewPager(ctx: UiContext, { index, total, counter, right, body }: ReviewPagerOptions): HTMLElement[] {
  const { t } = ctx.i18n;
  if (!total) return [];
  const go = (to: number) => () => ctx.session.gameAct({ type: 'review', index: (to + total) % total });
  const parts: (HTMLElement | false)[] = [
    h(
      'div',
      { className: `review-one ${right ? 'right' : 'not-quite'}`, 'aria-live': 'polite' },
      h('h3', {}, counter),
      ...body.map((line) => (typeof line === 'string' ? h('p', {}, line) : line)),
    ),
    total > 1 &&
      h(
        'div',
        { className: 'review-nav' },
        h(
          'button',
          { type: 'button', className: 'secondary', 'data-focus-id': 'review-previous', onclick: go(index - 1) },
          t('miniGames.reviewPrevious'),
        ),
        h(
          'button',
          { type: 'button', className: 'secondary', 'data-focus-id': 'review-next', onclick: go(index + 1) },
          t('miniGames.reviewNext'),
        ),
      ),
  ];
  return parts.filter((x): x is HTMLElement => x !== false);
}
