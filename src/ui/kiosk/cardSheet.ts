import type { UiContext } from '../context';
import { h } from '../widgets/dom';
import { LANGUAGES, LANG_CODES } from '../../i18n/languages';
import { loadInterfaceWords } from '../../i18n/i18n';
import { organiserPrint } from './lockdown';

/**
 * The volunteers' take-home cards: an A4 sheet with the badge and the tour's one rule in each of
 * the six languages, the same words the thank-you screen shows, to cut out and hand to families.
 */
export async function cardSheet(ctx: UiContext): Promise<HTMLElement> {
  await Promise.all(LANG_CODES.map((l) => loadInterfaceWords(ctx.i18n, l).catch(() => undefined)));
  const { t } = ctx.i18n;
  const cards = LANG_CODES.map((code) => {
    const tl = ctx.i18n.getFixedT(code, 'common');
    const dir = LANGUAGES.find((l) => l.code === code)?.dir ?? 'ltr';
    return h(
      'article',
      { className: 'kiosk-card', lang: code, dir },
      h('span', { className: 'badge-medal world-contact', 'aria-hidden': 'true' }),
      h('h3', {}, tl('app.title')),
      h('p', { className: 'kiosk-card-badge' }, tl('kioskPlus.badgeTitle')),
      h('p', { className: 'kiosk-card-rule-title' }, tl('kioskPlus.ruleTitle')),
      h('p', { className: 'kiosk-card-rule' }, tl('kioskPlus.rule')),
      h('p', { className: 'kiosk-card-footer' }, tl('kioskPlus.cardsFooter')),
    );
  });
  return h(
    'section',
    { className: 'kiosk-cards', 'aria-labelledby': 'kiosk-cards-title' },
    h('h3', { id: 'kiosk-cards-title', className: 'kiosk-cards-screen-only' }, t('kioskPlus.cardsTitle')),
    h('p', { className: 'kiosk-cards-screen-only' }, t('kioskPlus.cardsHelp')),
    h(
      'button',
      { type: 'button', className: 'primary kiosk-cards-screen-only', 'data-focus-id': 'kiosk-cards-print', onclick: organiserPrint },
      t('kioskPlus.cardsPrint'),
    ),
    h('div', { className: 'kiosk-card-sheet' }, cards),
  );
}
