import { LANGUAGES } from '../../i18n/languages';
import type { UiContext } from '../context';
import { arrowKeyNavigation, h } from './dom';

/** The six languages by their own names, each marked with its language for screen readers. */
export function languagePicker(ctx: UiContext, idPrefix: string): HTMLElement {
  const current = ctx.i18n.language;
  const group = h(
    'div',
    { role: 'group', 'aria-labelledby': `${idPrefix}-label`, className: 'language-picker' },
    h('span', { id: `${idPrefix}-label`, className: 'picker-label' }, ctx.i18n.t('title.language')),
    h(
      'div',
      { className: 'language-buttons' },
      LANGUAGES.map((lang) =>
        h(
          'button',
          {
            type: 'button',
            lang: lang.code,
            dir: lang.dir,
            className: 'language-button',
            'aria-pressed': String(lang.code === current),
            'data-focus-id': `${idPrefix}-${lang.code}`,
            onclick: () => void ctx.changeLanguage(lang.code),
          },
          lang.nativeName,
        ),
      ),
    ),
  );
  arrowKeyNavigation(group);
  return group;
}
