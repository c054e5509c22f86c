import type { UiContext } from '../context';
import { h, readAloudButton } from './dom';

/** Tiko's line with the speaker's name, and a button to hear it where the device can. */
export function mascotLine(ctx: UiContext, text: string): HTMLElement {
  const { t } = ctx.i18n;
  return h(
    'div',
    { className: 'dialogue' },
    h(
      'div',
      { className: 'dialogue-head' },
      h('span', { className: 'speaker' }, t('mascot.name')),
      readAloudButton(ctx, () => text, 'read-line'),
    ),
    h('p', { className: 'dialogue-text' }, h('span', { className: 'sr-only' }, t('mascot.says')), ' ', text),
  );
}
