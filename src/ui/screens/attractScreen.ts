import type { i18n } from 'i18next';
import mascotUrl from '../../../assets/mascot.svg?url';
import { LANGUAGES, isLangCode } from '../../i18n/languages';
import type { UiContext } from '../context';
import { h } from '../widgets/dom';

let cycleTimer: ReturnType<typeof setInterval> | undefined;

export function stopAttractCycle(): void {
  clearInterval(cycleTimer);
}

/**
 * While nobody plays: Tiko waves on the canvas, and the invitation turns
 * through the event's languages. Touching anything starts the tour in the
 * language on screen; a language button starts it in that language.
 */
export function attractScreen(ctx: UiContext, start: (lang: string) => void): HTMLElement {
  stopAttractCycle();
  const kiosk = ctx.kiosk();
  const languages = (kiosk?.languages ?? [ctx.i18n.language]).filter(isLangCode);
  let index = Math.max(0, languages.indexOf(ctx.i18n.language as never));
  const invite = h('p', { className: 'attract-invite', 'aria-live': 'off' });
  const touch = h('button', { type: 'button', className: 'primary attract-touch', 'data-focus-id': 'attract-touch', onclick: () => start(languages[index] ?? ctx.i18n.language) });
  const show = () => {
    const lang = languages[index] ?? ctx.i18n.language;
    const t = fixedT(ctx.i18n, lang);
    const dir = LANGUAGES.find((l) => l.code === lang)?.dir ?? 'ltr';
    for (const el of [invite, touch]) {
      el.lang = lang;
      el.dir = dir;
    }
    invite.textContent = t('kiosk.invite');
    touch.textContent = t('kiosk.touch');
  };
  show();
  if (languages.length > 1) {
    cycleTimer = setInterval(() => {
      index = (index + 1) % languages.length;
      show();
    }, (kiosk?.attractSeconds ?? 5) * 1000);
  }
  return h(
    'section',
    { className: 'screen attract-screen', 'aria-labelledby': 'attract-title' },
    h('img', { className: 'title-mascot attract-mascot', src: mascotUrl, alt: '', width: 160, height: 200 }),
    h('h1', { id: 'attract-title', className: 'attract-title' }, ctx.i18n.t('app.title')),
    invite,
    touch,
    h(
      'div',
      { className: 'language-buttons attract-languages', role: 'group', 'aria-label': ctx.i18n.t('title.language') },
      languages.map((code) => {
        const lang = LANGUAGES.find((l) => l.code === code)!;
        return h('button', { type: 'button', lang: code, dir: lang.dir, className: 'language-button', 'data-focus-id': `attract-${code}`, onclick: () => start(code) }, lang.nativeName);
      }),
    ),
  );
}

function fixedT(instance: i18n, lang: string): (key: string) => string {
  return instance.getFixedT(lang, 'common');
}
