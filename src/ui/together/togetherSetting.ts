import type { UiContext } from '../context';
import { h } from '../widgets/dom';
import { loadChoicePictures } from './choicePicture';
import { togetherOn } from './together';

/**
 * The play-together switch in Settings, for the grown-up beside the child. At a kiosk it starts
 * as the event set it; a visitor's own choice lasts until the wipe before the next family.
 */
export function togetherSetting(ctx: UiContext): HTMLElement {
  const { t } = ctx.i18n;
  const on = togetherOn(ctx);
  const status = h('p', { className: 'privacy-note tg-setting-status', role: 'status' }, on ? t('kioskPlus.togetherOn') : '');
  return h(
    'fieldset',
    { className: 'field tg-setting' },
    h('legend', {}, t('kioskPlus.together')),
    h(
      'label',
      { className: 'check' },
      h('input', {
        type: 'checkbox',
        'data-focus-id': 'settings-together',
        'aria-describedby': 'together-hint',
        checked: on,
        onchange: (e: Event) => {
          const checked = (e.target as HTMLInputElement).checked;
          ctx.game.getState().setPlayTogether(checked);
          if (checked) void loadChoicePictures();
          status.textContent = checked ? t('kioskPlus.togetherOn') : '';
        },
      }),
      t('together.switch'),
    ),
    h('p', { id: 'together-hint', className: 'privacy-note' }, t('together.hint')),
    status,
  );
}
