import type { UiContext } from '../context';
import { h } from '../widgets/dom';

const HOLD_MS = 3000;

/**
 * The organiser's way in: hold the top corner at the start side for three
 * seconds (or press Ctrl+Alt+O), then type the event's PIN. Visitors see
 * nothing of it.
 */
export function installOrganiserAccess(ctx: UiContext, reset: () => void): void {
  const corner = h('div', { className: 'organiser-corner', 'aria-hidden': 'true' });
  document.body.append(corner);
  let hold: ReturnType<typeof setTimeout> | undefined;
  corner.addEventListener('pointerdown', () => {
    hold = setTimeout(() => openPin(ctx, reset), HOLD_MS);
  });
  for (const type of ['pointerup', 'pointerleave', 'pointercancel']) corner.addEventListener(type, () => clearTimeout(hold));
  addEventListener('keydown', (e) => {
    if (e.ctrlKey && e.altKey && e.key.toLowerCase() === 'o') openPin(ctx, reset);
  });
}

function openPin(ctx: UiContext, reset: () => void): void {
  const { t } = ctx.i18n;
  document.querySelector('.organiser-dialog')?.remove();
  const input = h('input', { id: 'organiser-pin', type: 'password', inputmode: 'numeric', autocomplete: 'off', maxlength: 8 });
  const status = h('p', { className: 'settings-status', role: 'status' });
  const panel = h('div', { className: 'organiser-panel', hidden: true });
  const dialog = h(
    'dialog',
    { className: 'settings organiser-dialog', 'aria-labelledby': 'organiser-title' },
    h('h2', { id: 'organiser-title' }, t('organiser.title')),
    h(
      'form',
      {
        className: 'field',
        onsubmit: (e: Event) => {
          e.preventDefault();
          if (input.value === ctx.kiosk()?.pin) {
            (e.target as HTMLElement).hidden = true;
            panel.hidden = false;
            panel.querySelector('button')?.focus();
          } else {
            status.textContent = t('organiser.wrongPin');
            input.value = '';
            input.focus();
          }
        },
      },
      h('label', { for: 'organiser-pin' }, t('organiser.pin')),
      input,
      status,
      h(
        'div',
        { className: 'confirm-actions' },
        h('button', { type: 'submit', className: 'primary' }, t('organiser.open')),
        h('button', { type: 'button', className: 'secondary', onclick: () => dialog.close() }, t('organiser.close')),
      ),
    ),
    panel,
  );
  panel.append(
    h('p', {}, t('organiser.help')),
    h('button', { type: 'button', className: 'primary', onclick: () => (dialog.close(), reset()) }, t('organiser.reset')),
    h(
      'button',
      {
        type: 'button',
        className: 'secondary',
        onclick: () => location.assign(`${location.pathname}?mode=home&lang=${ctx.i18n.language}`),
      },
      t('organiser.leave'),
    ),
    h('button', { type: 'button', className: 'secondary', onclick: () => dialog.close() }, t('organiser.close')),
  );
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  input.focus();
}
