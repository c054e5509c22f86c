import { WORLDS } from '../../content';
import type { UiContext } from '../context';
import mascotUrl from '../../../assets/mascot.svg?url';
import { h } from '../widgets/dom';
import { rewardArtReady, rewardPicture } from '../widgets/rewardArt';
import './certificate.css';

/** `window.print`, looked up when used so a test can stand in for it. */
const print = () => window.print();

/**
 * The certificate for finishing every world, designed to be printed and pinned up (A4 or Letter:
 * certificate.css), with each world's own badge. A first name may be typed for
 * printing; it lives only in this input: never stored, never sent.
 */
export function certificateScreen(ctx: UiContext): HTMLElement {
  const { t } = ctx.i18n;
  const nameOnPaper = h('span', { className: 'certificate-name' });
  const input = h('input', {
    id: 'certificate-name',
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    maxlength: 30,
    'data-focus-id': 'certificate-name',
    oninput: (e: Event) => (nameOnPaper.textContent = (e.target as HTMLInputElement).value),
  });
  const date = new Intl.DateTimeFormat(ctx.i18n.language, { dateStyle: 'long' }).format(new Date());
  return h(
    'section',
    { className: 'screen certificate-screen', 'aria-labelledby': 'certificate-heading' },
    h(
      'div',
      { className: 'certificate-tools card' },
      h('h1', { id: 'certificate-heading', tabindex: -1, 'data-screen-heading': true }, t('certificate.title')),
      h('p', {}, t('certificate.intro')),
      h('label', { for: 'certificate-name' }, t('certificate.nameLabel')),
      input,
      h('p', { className: 'privacy-note' }, t('certificate.nameNote')),
      h(
        'div',
        { className: 'done-actions' },
        h(
          'button',
          { type: 'button', className: 'secondary', 'data-focus-id': 'certificate-map', onclick: () => ctx.session.toMap() },
          t('nav.backToMap'),
        ),
        !ctx.noPrinting &&
          h(
            'button',
            {
              type: 'button',
              className: 'primary',
              'data-focus-id': 'certificate-print',
              // The badges are pictures fetched on first sight: print once they are on the paper.
              onclick: () => void rewardArtReady().then(print, print),
            },
            t('certificate.print'),
          ),
      ),
    ),
    h(
      'article',
      { className: 'certificate art-certificate', 'aria-label': t('certificate.title') },
      h('img', { className: 'art-certificate-tiko', src: mascotUrl, alt: '', width: 160, height: 200 }),
      h('p', { className: 'certificate-club' }, t('app.title')),
      h('h2', {}, t('certificate.heading')),
      h('p', { className: 'certificate-line' }, t('certificate.awardedTo')),
      nameOnPaper,
      h('p', { className: 'certificate-line' }, t('certificate.achievement')),
      h(
        'ul',
        { className: 'certificate-badges' },
        WORLDS.map((w) =>
          h('li', { className: `world-${w.family}` }, rewardPicture('badges', w.family, 'art-certificate-badge'), t(w.name)),
        ),
      ),
      h('p', { className: 'certificate-promise' }, t('certificate.promise')),
      h('p', { className: 'certificate-date' }, date),
    ),
  );
}
