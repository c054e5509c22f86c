import type { UiContext } from '../context';
import { h } from '../widgets/dom';
import { actionButton, cardHeading } from '../widgets/storyCard';
import { choicePicture } from './choicePicture';
import './together.css';

/**
 * Play together, after each story: a turn for the grown-up, a question to ask and talk over.
 * No answer is checked and nothing is timed: "We talked about it" moves on when the family is ready.
 */
export function grownUpCard(ctx: UiContext, next: () => void): HTMLElement {
  const { t } = ctx.i18n;
  const title = t('kioskPlus.togetherTitle');
  return h(
    'div',
    { className: 'card tg-grown-up' },
    cardHeading(ctx, [title], () => [title, t('together.childLine'), t('kioskPlus.togetherAsk')]),
    h(
      'div',
      { className: 'tg-grown-up-body' },
      choicePicture('people-hugging', 'tg-picture tg-picture-large'),
      h(
        'div',
        { className: 'tg-grown-up-words' },
        h('p', { className: 'tg-child-line' }, t('together.childLine')),
        h('p', { className: 'tg-ask' }, t('kioskPlus.togetherAsk')),
      ),
    ),
    actionButton(t('kioskPlus.togetherDone'), 'together-done', next),
  );
}
