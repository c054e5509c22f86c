import { idleState } from '../../engine/idle';
import type { UiContext } from '../context';
import { h } from '../widgets/dom';

/**
 * After a while without input the kiosk asks "Are you still there?" with a
 * visible countdown; any touch or key continues, otherwise the next family
 * gets a fresh game.
 */
export function watchIdle(ctx: UiContext, reset: () => void): void {
  let last = Date.now();
  const count = h('span', { className: 'idle-count' });
  const message = h('p', { className: 'idle-message' });
  const dialog = h(
    'dialog',
    { className: 'idle-dialog', 'aria-labelledby': 'idle-title', 'aria-describedby': 'idle-message' },
    h('h2', { id: 'idle-title' }, ''),
    count,
    message,
    h('button', { type: 'button', className: 'primary', 'data-focus-id': 'idle-continue' }, ''),
  );
  message.id = 'idle-message';
  document.body.append(dialog);

  const continuePlaying = () => {
    last = Date.now();
    if (dialog.open) dialog.close();
  };
  for (const type of ['pointerdown', 'keydown', 'touchstart', 'wheel'])
    addEventListener(type, continuePlaying, { capture: true, passive: true });

  setInterval(() => {
    const config = ctx.kiosk();
    if (!config || ctx.session.getState().screen === 'attract') {
      last = Date.now();
      return;
    }
    const state = idleState(last, Date.now(), config.idleSeconds, config.countdownSeconds);
    if (state.kind === 'warning') {
      const { t } = ctx.i18n;
      dialog.querySelector('h2')!.textContent = t('kiosk.stillThere');
      dialog.querySelector('button')!.textContent = t('kiosk.stillHere');
      count.textContent = String(state.secondsLeft);
      message.textContent = t('kiosk.countdown', { count: state.secondsLeft });
      if (!dialog.open) {
        document.querySelectorAll<HTMLDialogElement>('dialog[open]').forEach((d) => d !== dialog && d.close());
        dialog.showModal();
      }
    } else if (state.kind === 'reset') {
      if (dialog.open) dialog.close();
      last = Date.now();
      reset();
    } else if (dialog.open) dialog.close();
  }, 1000);
}
