import type { i18n } from 'i18next';
import mascotUrl from '../../../assets/mascot.svg?url';
import { LANGUAGES, isLangCode } from '../../i18n/languages';
import type { UiContext } from '../context';
import type { ScreenScope } from '../screenScope';
import { h } from '../widgets/dom';
import '../kiosk/kiosk.css';

/**
 * While nobody plays: Tiko waves on the canvas, and the title and the
 * invitation turn together through the event's languages. A touch anywhere
 * (Tiko, the background, the big button) starts the tour in the language on
 * screen; a language button starts it in that language.
 */
export function attractScreen(ctx: UiContext, start: (lang: string) => void, scope: ScreenScope): HTMLElement {
  const kiosk = ctx.kiosk();
  const languages = (kiosk?.languages ?? [ctx.i18n.language]).filter(isLangCode);
  // The cycle outlives a redraw (the event's file arriving with its languages): it remembers the
  // language on show, not a place in a list that may have changed, and turns on from there.
  const cycle = scope.keep('cycle', () => ({ shown: ctx.i18n.language, turn: () => {} }));
  const lang = () => (languages.includes(cycle.shown as never) ? cycle.shown : (languages[0] ?? ctx.i18n.language));
  const title = h('h1', { id: 'attract-title', className: 'attract-title' });
  const invite = h('p', { className: 'attract-invite', 'aria-live': 'off' });
  // The whole screen's click starts (below): the button is the named control for keyboards and screen readers.
  const touch = h('button', { type: 'button', className: 'primary attract-touch', 'data-focus-id': 'attract-touch' });
  const show = () => {
    const shown = lang();
    const t = fixedT(ctx.i18n, shown);
    const dir = LANGUAGES.find((l) => l.code === shown)?.dir ?? 'ltr';
    for (const el of [title, invite, touch]) {
      el.lang = shown;
      el.dir = dir;
    }
    title.textContent = t('app.title');
    invite.textContent = t('kiosk.invite');
    touch.textContent = t('kiosk.touch');
  };
  // The running interval calls the newest view's turn, with the newest list of languages.
  cycle.turn = () => {
    cycle.shown = languages[(languages.indexOf(lang() as never) + 1) % languages.length]!;
    show();
    // Heard across the hall: the invitation in the language now on show (muted with "attractVoice": false).
    if (kiosk?.attractVoice !== false) ctx.speaker.speak(fixedT(ctx.i18n, cycle.shown)('kioskPlus.spokenInvite'), cycle.shown);
  };
  show();
  if (languages.length > 1) scope.interval('cycle', (kiosk?.attractSeconds ?? 5) * 1000, () => cycle.turn());
  return h(
    'section',
    {
      className: 'screen attract-screen',
      'aria-labelledby': 'attract-title',
      onclick: (e: Event) => {
        // A language button starts in its own language; anything else in the language on show.
        if (!(e.target as Element | null)?.closest?.('.language-button')) start(lang());
      },
    },
    h(
      'div',
      { className: 'attract-card' },
      h('img', { className: 'title-mascot attract-mascot', src: mascotUrl, alt: '', width: 160, height: 200 }),
      title,
      invite,
      touch,
    ),
    h(
      'div',
      { className: 'language-buttons attract-languages', role: 'group', 'aria-label': ctx.i18n.t('title.language') },
      languages.map((code) => {
        const lang = LANGUAGES.find((l) => l.code === code)!;
        return h(
          'button',
          {
            type: 'button',
            lang: code,
            dir: lang.dir,
            className: 'language-button',
            'data-focus-id': `attract-${code}`,
            onclick: () => start(code),
          },
          lang.nativeName,
        );
      }),
    ),
  );
}

function fixedT(instance: i18n, lang: string): (key: string) => string {
  return instance.getFixedT(lang, 'common');
}
