import type { UiContext } from '../context';
import { h } from '../widgets/dom';
import { tallyCsv } from '../../engine/kioskTally';
import { clearTally, readTally } from './tallyKeeper';

/** The organiser's view of the tally: the counts, a CSV file to keep, and a way to empty it. */
export function tallyView(ctx: UiContext): HTMLElement {
  const { t } = ctx.i18n;
  const section = h('section', { className: 'kiosk-tally', 'aria-labelledby': 'kiosk-tally-title' });
  const status = h('p', { role: 'status', className: 'kiosk-tally-status' });
  const draw = () => {
    const tally = readTally();
    const steps = Object.keys(tally.firstPicks).sort();
    section.replaceChildren(
      h('h3', { id: 'kiosk-tally-title' }, t('kioskPlus.tallyOpen')),
      h('p', {}, ctx.kiosk()?.tally ? t('kioskPlus.tallyNote') : t('kioskPlus.tallyOff')),
      h(
        'dl',
        { className: 'kiosk-tally-visits' },
        h('dt', {}, t('kioskPlus.tallyStarted')),
        h('dd', { 'data-tally': 'started' }, String(tally.started)),
        h('dt', {}, t('kioskPlus.tallyFinished')),
        h('dd', { 'data-tally': 'finished' }, String(tally.finished)),
      ),
      h('h4', {}, t('kioskPlus.tallyFirst')),
      steps.length
        ? h(
            'ul',
            { className: 'kiosk-tally-picks' },
            steps.flatMap((step) =>
              Object.entries(tally.firstPicks[step]!).map(([choice, n]) =>
                h('li', { 'data-tally': `${step}/${choice}`, dir: 'ltr' }, `${step} → ${choice}: ${n}`),
              ),
            ),
          )
        : h('p', {}, t('kioskPlus.tallyNone')),
      h(
        'div',
        { className: 'confirm-actions' },
        h(
          'button',
          {
            type: 'button',
            className: 'secondary',
            'data-focus-id': 'kiosk-tally-export',
            onclick: () => {
              const url = URL.createObjectURL(new Blob([tallyCsv(readTally())], { type: 'text/csv' }));
              const link = h('a', { href: url, download: 'kiosk-tally.csv', hidden: true });
              document.body.append(link);
              link.click();
              link.remove();
              setTimeout(() => URL.revokeObjectURL(url), 1000);
            },
          },
          t('kioskPlus.tallyExport'),
        ),
        h(
          'button',
          {
            type: 'button',
            className: 'secondary',
            'data-focus-id': 'kiosk-tally-clear',
            onclick: () => {
              clearTally();
              draw();
              status.textContent = t('kioskPlus.tallyCleared');
            },
          },
          t('kioskPlus.tallyClear'),
        ),
      ),
      status,
    );
  };
  draw();
  return section;
}
