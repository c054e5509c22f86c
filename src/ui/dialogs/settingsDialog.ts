import { LANGUAGES, isLangCode } from '../../i18n/languages';
import { TEXT_SIZES, type TextSize } from '../../state/savedState';
import type { StorageProblem } from '../../state/safeStorage';
import type { UiContext } from '../context';
import { h } from '../widgets/dom';
import { togetherSetting } from '../together/togetherSetting';

const TEXT_SIZE_KEYS: Record<TextSize, string> = {
  normal: 'settings.textSizeNormal',
  large: 'settings.textSizeLarge',
  larger: 'settings.textSizeLarger',
};

const STORAGE_NOTICE: Record<StorageProblem, string> = {
  unavailable: 'settings.storageUnavailable',
  full: 'settings.storageFull',
  corrupt: 'settings.storageUnreadable',
  'future-version': 'settings.storageUnreadable',
};

function volumeSlider(ctx: UiContext, channel: 'musicVolume' | 'effectsVolume', labelKey: string, value: number): HTMLElement {
  const id = `settings-${channel}`;
  return h(
    'div',
    { className: 'slider' },
    h('label', { for: id }, ctx.i18n.t(labelKey)),
    h('input', {
      id,
      type: 'range',
      min: 0,
      max: 100,
      step: 10,
      value: Math.round(value * 100),
      'data-focus-id': id,
      oninput: (e: Event) => ctx.game.getState().setVolume(channel, Number((e.target as HTMLInputElement).value) / 100),
    }),
  );
}

/** What the device and the child's choices add up to now, for settings that follow the device. */
export interface EffectiveSettings {
  reducedMotion: boolean;
  highContrast: boolean;
}

/**
 * The settings panel, a native modal <dialog>: the browser keeps focus inside
 * it, Escape closes it and the page behind is inert for screen readers.
 */
export function settingsDialog(ctx: UiContext, now: EffectiveSettings): HTMLDialogElement {
  const { t } = ctx.i18n;
  const { settings } = ctx.game.getState();
  const status = h('p', { className: 'settings-status', role: 'status' });
  // In class the settings speak to the teacher about the lesson, not to a child about "my progress".
  const forWhom = (key: string) => (ctx.mode === 'class' ? `classPlus.settings.${key}` : `settings.${key}`);

  const confirmBox = h(
    'div',
    { className: 'confirm', hidden: true, role: 'group', 'aria-labelledby': 'delete-question' },
    h('p', { id: 'delete-question' }, t(forWhom('deleteQuestion'))),
    h(
      'div',
      { className: 'confirm-actions' },
      h(
        'button',
        {
          type: 'button',
          className: 'danger',
          'data-focus-id': 'delete-yes',
          onclick: () => {
            ctx.game.getState().deleteProgress();
            confirmBox.hidden = true;
            status.textContent = t(forWhom('deleted'));
            deleteButton.focus();
          },
        },
        t(forWhom('deleteYes')),
      ),
      h(
        'button',
        {
          type: 'button',
          className: 'secondary',
          'data-focus-id': 'delete-no',
          onclick: () => {
            confirmBox.hidden = true;
            deleteButton.focus();
          },
        },
        t(forWhom('deleteNo')),
      ),
    ),
  );
  const deleteButton = h(
    'button',
    {
      type: 'button',
      className: 'danger-outline',
      'data-focus-id': 'delete',
      onclick: () => {
        status.textContent = '';
        confirmBox.hidden = false;
        confirmBox.querySelector<HTMLButtonElement>('.secondary')?.focus();
      },
    },
    t(forWhom('delete')),
  );

  const languageSelect = h(
    'select',
    {
      id: 'settings-language',
      'data-focus-id': 'settings-language',
      onchange: (e: Event) => {
        const value = (e.target as HTMLSelectElement).value;
        if (isLangCode(value)) void ctx.changeLanguage(value);
      },
    },
    LANGUAGES.map((l) => h('option', { value: l.code, lang: l.code, selected: l.code === ctx.i18n.language }, l.nativeName)),
  );

  const problems = [...new Set(ctx.storageProblems().map((p) => STORAGE_NOTICE[p]))];

  const dialog = h(
    'dialog',
    { id: 'settings', className: 'settings', 'aria-labelledby': 'settings-heading' },
    h(
      'div',
      { className: 'settings-head' },
      h('h2', { id: 'settings-heading' }, t('settings.title')),
      h(
        'button',
        {
          type: 'button',
          className: 'icon-button close',
          'aria-label': t('settings.close'),
          'data-focus-id': 'settings-close',
          onclick: () => dialog.close(),
        },
        h('span', { 'aria-hidden': 'true' }, '×'),
      ),
    ),
    h('div', { className: 'field' }, h('label', { for: 'settings-language' }, t('settings.language')), languageSelect),
    h(
      'fieldset',
      { className: 'field' },
      h('legend', {}, t('settings.sound')),
      h(
        'label',
        { className: 'check' },
        h('input', {
          type: 'checkbox',
          'data-focus-id': 'settings-sound',
          checked: settings.sound,
          onchange: (e: Event) => ctx.game.getState().setSound((e.target as HTMLInputElement).checked),
        }),
        t('settings.soundOn'),
      ),
      volumeSlider(ctx, 'musicVolume', 'settings.music', settings.musicVolume),
      volumeSlider(ctx, 'effectsVolume', 'settings.effects', settings.effectsVolume),
    ),
    h(
      'section',
      { className: 'field', 'aria-labelledby': 'read-aloud-heading' },
      h('h3', { id: 'read-aloud-heading' }, t('settings.readAloud')),
      h(
        'p',
        { className: 'privacy-note' },
        ctx.speaker.available(ctx.i18n.language) ? t('settings.readAloudAvailable') : t('settings.readAloudMissing'),
      ),
    ),
    // A class talks it over with the teacher instead (its own discussion after each story).
    ctx.mode !== 'class' && togetherSetting(ctx),
    h(
      'fieldset',
      { className: 'field text-size' },
      h('legend', {}, t('settings.textSize')),
      TEXT_SIZES.map((size) =>
        h(
          'label',
          { className: `radio size-${size}` },
          h('input', {
            type: 'radio',
            name: 'text-size',
            value: size,
            'data-focus-id': `settings-size-${size}`,
            checked: settings.textSize === size,
            onchange: () => ctx.game.getState().setTextSize(size),
          }),
          t(TEXT_SIZE_KEYS[size]),
        ),
      ),
    ),
    h(
      'fieldset',
      { className: 'field' },
      h('legend', {}, t('settings.motion')),
      h(
        'label',
        { className: 'check' },
        h('input', {
          type: 'checkbox',
          'data-focus-id': 'settings-motion',
          checked: now.reducedMotion,
          onchange: (e: Event) => ctx.game.getState().setReducedMotion((e.target as HTMLInputElement).checked),
        }),
        t('settings.reducedMotion'),
      ),
    ),
    h(
      'fieldset',
      { className: 'field' },
      h('legend', {}, t('settings.contrast')),
      h(
        'label',
        { className: 'check' },
        h('input', {
          type: 'checkbox',
          'data-focus-id': 'settings-contrast',
          checked: now.highContrast,
          onchange: (e: Event) => ctx.game.getState().setHighContrast((e.target as HTMLInputElement).checked),
        }),
        t('settings.highContrast'),
      ),
    ),
    // A kiosk keeps nothing, so there is no progress to delete there.
    ctx.mode !== 'kiosk' &&
      h(
        'section',
        { className: 'field progress-section', 'aria-labelledby': 'progress-heading' },
        h('h3', { id: 'progress-heading' }, t('settings.progress')),
        h('p', { className: 'privacy-note' }, t('settings.privacy')),
        problems.map((key) => h('p', { className: 'storage-notice' }, t(key))),
        deleteButton,
        confirmBox,
        status,
      ),
  );
  return dialog;
}
