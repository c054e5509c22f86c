import type { UiContext } from '../context';
import { h } from '../widgets/dom';
import { cardSheet } from './cardSheet';
import { offlineView } from './offlineView';
import { tallyView } from './tallyView';

export interface OrganiserActions {
  /** A full wipe and back to the attract screen. */
  reset(): void;
}

/** What an organiser may do once the PIN was right; never built before. */
export function organiserPanel(ctx: UiContext, actions: OrganiserActions, close: () => void): HTMLElement {
  const { t } = ctx.i18n;
  const extra = h('div', { className: 'kiosk-organiser-extra' });
  return h(
    'div',
    { className: 'organiser-panel' },
    h('p', {}, t('organiser.help')),
    h('button', { type: 'button', className: 'primary', onclick: () => (close(), actions.reset()) }, t('organiser.reset')),
    h(
      'button',
      {
        type: 'button',
        className: 'secondary',
        onclick: () => location.assign(`${location.pathname}?mode=home&lang=${ctx.i18n.language}`),
      },
      t('organiser.leave'),
    ),
    h(
      'button',
      {
        type: 'button',
        className: 'secondary',
        'data-focus-id': 'kiosk-cards',
        onclick: () => void cardSheet(ctx).then((sheet) => extra.replaceChildren(sheet)),
      },
      t('kioskPlus.cardsOpen'),
    ),
    h(
      'button',
      { type: 'button', className: 'secondary', 'data-focus-id': 'kiosk-tally', onclick: () => extra.replaceChildren(tallyView(ctx)) },
      t('kioskPlus.tallyOpen'),
    ),
    h(
      'button',
      { type: 'button', className: 'secondary', 'data-focus-id': 'kiosk-offline', onclick: () => extra.replaceChildren(offlineView(ctx)) },
      t('kioskPlus.offlineOpen'),
    ),
    h('button', { type: 'button', className: 'secondary', onclick: close }, t('organiser.close')),
    extra,
  );
}
