import type { UiContext } from '../context';
import { h } from '../widgets/dom';
import { pinLock } from '../kiosk/pinLock';
import { organiserPanel, type OrganiserActions } from '../kiosk/organiserPanel';
import '../kiosk/kiosk.css';

const HOLD_MS = 3000;

/**
 * The organiser's way in: hold the top corner at the start side for three
 * seconds (or press Ctrl+Alt+O), then type the event's PIN. Visitors see
 * nothing of it, and no organiser control exists in the page before the
 * right PIN: the panel is built only then.
 */
export function installOrganiserAccess(ctx: UiContext, actions: OrganiserActions): void {
  const corner = h('div', { className: 'organiser-corner', 'aria-hidden': 'true' });
  document.body.append(corner);
  let hold: ReturnType<typeof setTimeout> | undefined;
  corner.addEventListener('pointerdown', () => {
    hold = setTimeout(() => openPin(ctx, actions), HOLD_MS);
  });
  for (const type of ['pointerup', 'pointerleave', 'pointercancel']) corner.addEventListener(type, () => clearTimeout(hold));
  addEventListener('keydown', (e) => {
    if (e.ctrlKey && e.altKey && e.key.toLowerCase() === 'o') openPin(ctx, actions);
  });
}

/** Wrong tries are remembered across openings of the dialog: closing it never shortens the wait. */
const lock = pinLock(() => Date.now());

function openPin(ctx: UiContext, actions: OrganiserActions): void {
  const { t } = ctx.i18n;
  document.querySelector('.organiser-dialog')?.remove();
  const input = h('input', { id: 'organiser-pin', type: 'password', inputmode: 'numeric', autocomplete: 'off', maxlength: 8 });
  const error = h('p', { className: 'kiosk-pin-error', role: 'alert' });
  const seconds = h('span', { className: 'kiosk-pin-seconds', 'aria-hidden': 'true' });
  const wait = h('p', { className: 'kiosk-pin-wait', hidden: true }, h('span', {}, t('kioskPlus.pinWait')), seconds);
  const submit = h('button', { type: 'submit', className: 'primary' }, t('organiser.open'));
  let ticking: ReturnType<typeof setInterval> | undefined;
  const showLock = () => {
    const left = lock.secondsLeft();
    submit.disabled = left > 0;
    input.disabled = left > 0;
    wait.hidden = left === 0;
    seconds.textContent = left > 0 ? String(left) : '';
    if (left > 0) {
      ticking ??= setInterval(showLock, 250);
    } else if (ticking !== undefined) {
      clearInterval(ticking);
      ticking = undefined;
      input.focus();
    }
  };
  const form = h(
    'form',
    {
      className: 'field',
      onsubmit: (e: Event) => {
        e.preventDefault();
        if (lock.secondsLeft() > 0) return;
        const expected = ctx.kiosk()?.pin;
        if (expected && input.value === expected) {
          lock.succeeded();
          clearInterval(ticking);
          // The form and its message go with the right PIN: nothing of the error stays on screen.
          form.replaceWith(organiserPanel(ctx, actions, () => dialog.close()));
          dialog.querySelector<HTMLElement>('.organiser-panel button')?.focus();
          return;
        }
        lock.failed();
        input.value = '';
        error.textContent = t('organiser.wrongPin');
        showLock();
        if (!input.disabled) input.focus();
      },
    },
    h('label', { for: 'organiser-pin' }, t('organiser.pin')),
    input,
    error,
    wait,
    h(
      'div',
      { className: 'confirm-actions' },
      submit,
      h('button', { type: 'button', className: 'secondary', onclick: () => dialog.close() }, t('organiser.close')),
    ),
  );
  const dialog = h(
    'dialog',
    { className: 'settings organiser-dialog', 'aria-labelledby': 'organiser-title' },
    h('h2', { id: 'organiser-title' }, t('organiser.title')),
    form,
  );
  dialog.addEventListener('close', () => {
    clearInterval(ticking);
    dialog.remove();
  });
  document.body.append(dialog);
  dialog.showModal();
  showLock();
  if (!input.disabled) input.focus();
}
