import type { SituationItem } from '../../content';
import type { UiContext } from '../context';
import { h, readAloudButton } from './dom';

/** What is happening on screen, drawn in the stage: a request, a message, a note. */
export function situationCard(ctx: UiContext, items: SituationItem[]): HTMLElement {
  const { t } = ctx.i18n;
  return h(
    'div',
    { className: 'situation' },
    items.map((item) =>
      h(
        'div',
        { className: `situation-item ${item.style}` },
        item.from && h('p', { className: 'situation-from' }, h('span', { className: 'avatar', 'aria-hidden': 'true' }), t(item.from)),
        h('p', { className: 'situation-text' }, t(item.text)),
      ),
    ),
  );
}

/** A card's heading with a read-aloud button for the whole card's text. */
export function cardHeading(ctx: UiContext, content: (Node | string | null)[], spoken: () => string | readonly string[]): HTMLElement {
  return h(
    'div',
    { className: 'card-head' },
    h('h2', { tabindex: -1, 'data-screen-heading': true }, ...content),
    readAloudButton(ctx, spoken, 'read-card'),
  );
}

export function actionButton(label: string, focusId: string, onClick: () => void, extraClass = ''): HTMLButtonElement {
  return h('button', { type: 'button', className: `primary with-arrow ${extraClass}`, 'data-focus-id': focusId, onclick: onClick }, label);
}
