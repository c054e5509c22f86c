import type { i18n } from 'i18next';
import mascotUrl from '../../../assets/mascot.svg?url';
import { nextTurn } from '../../engine/attractRound';
import { LANGUAGES, isLangCode } from '../../i18n/languages';
import { publishStage, type StageView } from '../../state/stage';
import type { UiContext } from '../context';
import type { ScreenScope } from '../screenScope';
import { h } from '../widgets/dom';
import '../kiosk/kiosk.css';
import './attract.css';

/** Long enough for a wipe to bring the event's first language back before anything is said. */
const ARRIVAL_VOICE_MS = 500;

/**
 * While nobody plays, the whole screen is Tiko's stage: Tiko acts out a moment of a story
 * (art/attractAct.ts) beside the title and the invitation, which turn together through the
 * event's languages. Each round (back to the first language) Tiko acts it out again, the jingle
 * may play (a few minutes apart at most) and the invitation is spoken after it, never over it.
 * A touch anywhere (Tiko, the background, the big button) starts the tour in the language on
 * screen; a language button starts it in that language.
 */
export function attractScreen(ctx: UiContext, start: (lang: string) => void, scope: ScreenScope): HTMLElement {
  const kiosk = ctx.kiosk();
  const languages = (kiosk?.languages ?? [ctx.i18n.language]).filter(isLangCode);
  // The cycle outlives a redraw (the event's file arriving with its languages): it remembers the
  // language on show, not a place in a list that may have changed, and turns on from there.
  const cycle = scope.keep('cycle', () => ({ shown: ctx.i18n.language, take: 0, turn: () => {} }));
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
  const turnMs = (kiosk?.attractSeconds ?? 5) * 1000;
  /** A new take of Tiko's act, and the jingle if it may play: returns how long the voice waits. */
  const beginRound = (): number => {
    cycle.take += 1;
    publishStage(ctx.stage, { view: attractView(cycle.take) });
    return ctx.kiosk()?.attractJingle === false ? 0 : ctx.jingle();
  };
  // Heard across the hall: the invitation in the language on show (muted with "attractVoice": false).
  const speakLater = (shown: string, ms: number) => {
    if (ctx.kiosk()?.attractVoice === false) return;
    const speak = () => ctx.speaker.speak(fixedT(ctx.i18n, shown)('kioskPlus.spokenInvite'), shown);
    scope.clear('voice');
    if (ms > 0) scope.timer('voice', ms, speak);
    else speak();
  };
  const nextTurnIn = (ms: number) => {
    if (languages.length > 1) scope.timer('cycle', ms, () => cycle.turn());
  };
  // The running timer calls the newest view's turn, with the newest list of languages.
  cycle.turn = () => {
    const next = nextTurn(languages, lang());
    cycle.shown = next.lang;
    show();
    const wait = next.roundStart ? beginRound() : 0;
    speakLater(next.lang, wait);
    // The language the jingle introduces stays its full time after the voice has begun.
    nextTurnIn(turnMs + wait);
  };
  show();
  // Once per arrival (the first drawing of this screen's instance), not at each redraw.
  scope.keep('arrival', () => {
    const wait = beginRound();
    speakLater(lang(), Math.max(wait, ARRIVAL_VOICE_MS));
    nextTurnIn(turnMs + wait);
    return true;
  });
  // The event's file may bring its languages after the arrival: the cycle starts then.
  nextTurnIn(turnMs);
  const engineFailed = ctx.session.getState().engine === 'failed';
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
    // Tiko's act is drawn on the canvas inside this slot; without the engine, Tiko's picture stands there.
    h(
      'div',
      { className: 'stage attract-stage', id: 'stage', 'data-view': 'attract', 'aria-hidden': 'true' },
      engineFailed ? h('img', { className: 'title-mascot attract-mascot', src: mascotUrl, alt: '', width: 160, height: 200 }) : [],
    ),
    h('div', { className: 'attract-card' }, title, invite, touch),
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

function attractView(take: number): StageView {
  return { kind: 'attract', mood: 'waving', take };
}

/** What the stage shows on the attract screen: the take the screen began last (a redraw keeps it). */
export function attractStage(ctx: UiContext): StageView {
  const { view } = ctx.stage.getState();
  return view.kind === 'attract' ? view : attractView(0);
}

function fixedT(instance: i18n, lang: string): (key: string) => string {
  return instance.getFixedT(lang, 'common');
}
