// no-inline: the first screen in index.html shows the same file; as a data: URL it would be an SVG document built before the first paint.
import mascotUrl from '../../../assets/mascot.svg?url&no-inline';
import { FIRST_WORLD } from '../../content';
import type { UiContext } from '../context';
import { h, readAloudButton } from '../widgets/dom';
import { languagePicker } from '../widgets/languagePicker';

/** The first screen: usable before the game engine has loaded. */
export function titleScreen(ctx: UiContext): HTMLElement {
  const { t } = ctx.i18n;
  const { progress } = ctx.game.getState();
  const resume = progress.current;
  const engine = ctx.session.getState().engine;

  return h(
    'section',
    { className: 'screen title-screen', 'aria-labelledby': 'title-heading' },
    h('img', { className: 'title-mascot', src: mascotUrl, alt: '', width: 160, height: 200 }),
    h('h1', { id: 'title-heading', tabindex: -1, 'data-screen-heading': true }, t('app.title')),
    h('p', { className: 'tagline' }, t('app.tagline')),
    h(
      'div',
      { className: 'speech' },
      h('p', {}, h('span', { className: 'sr-only' }, t('mascot.says')), ' ', t('mascot.greeting')),
      readAloudButton(ctx, () => t('mascot.greeting'), 'read-greeting'),
    ),
    h(
      'div',
      { className: 'title-actions' },
      h(
        'button',
        {
          type: 'button',
          className: 'primary play-button',
          'data-focus-id': 'play',
          onclick: () => (resume ? ctx.session.play(resume.scenarioId) : ctx.session.toMap()),
        },
        resume ? t('title.continue') : t('title.play'),
      ),
      resume &&
        h(
          'button',
          { type: 'button', className: 'secondary', 'data-focus-id': 'open-map', onclick: () => ctx.session.toMap() },
          t('nav.openMap'),
        ),
      progress.completed.length > 0 && h('p', { className: 'progress-line' }, t('title.progress', { count: progress.completed.length })),
    ),
    languagePicker(ctx, 'title-lang'),
    h(
      'div',
      { className: 'grown-ups' },
      h(
        'button',
        {
          type: 'button',
          className: 'secondary',
          'data-focus-id': 'for-grown-ups',
          onclick: () => ctx.session.toGuide(FIRST_WORLD.family),
        },
        t('guide.open'),
      ),
      ctx.mode === 'home' &&
        h(
          'button',
          {
            type: 'button',
            className: 'secondary',
            'data-focus-id': 'for-teachers',
            onclick: () => location.assign(`${location.pathname}?mode=class&lang=${ctx.i18n.language}`),
          },
          t('classroom.open'),
        ),
      h(
        'button',
        { type: 'button', className: 'secondary', 'data-focus-id': 'credits', onclick: () => ctx.session.toCredits() },
        t('art.credits.open'),
      ),
    ),
    h(
      'p',
      { className: 'engine-status', role: 'status' },
      // The title works without the engine, so only a failure is worth a word.
      engine === 'failed' ? t('engine.failed') : '',
    ),
  );
}
