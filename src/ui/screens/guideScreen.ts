import { WORLDS, type RiskFamily } from '../../content';
import type { UiContext } from '../context';
import { arrowKeyNavigation, h } from '../widgets/dom';
import { localHelp } from './scenarioScreen';

/**
 * Pages for teachers and parents, one per world, printable: what the world
 * teaches and why, a lesson plan, conversation starters, signs a child may
 * need help, and where to find it (with the place's own contacts).
 */
export function guideScreen(ctx: UiContext, family: RiskFamily): HTMLElement {
  const { t } = ctx.i18n;
  const ns = `${family}-guide`;
  const list = (key: string): string[] => {
    const value = t(`${ns}:${key}`, { returnObjects: true }) as unknown;
    return Array.isArray(value) ? value.map(String) : [];
  };
  const world = WORLDS.find((w) => w.family === family)!;
  const tabs = h(
    'div',
    { className: 'guide-tabs', role: 'group', 'aria-label': t('guide.worlds') },
    WORLDS.map((w) =>
      h(
        'button',
        {
          type: 'button',
          className: `world-button world-${w.family}`,
          'aria-pressed': String(w.family === family),
          'data-focus-id': `guide-${w.family}`,
          onclick: () => ctx.session.toGuide(w.family),
        },
        t(w.name),
      ),
    ),
  );
  arrowKeyNavigation(tabs);
  const section = (titleKey: string, ...body: (Node | string | null | false)[]) => h('section', {}, h('h2', {}, t(titleKey)), ...body);
  const bullets = (items: string[]) =>
    h(
      'ul',
      {},
      items.map((i) => h('li', {}, i)),
    );
  const lessonPart = (key: string) =>
    h('div', { className: 'lesson-part' }, h('h3', {}, t(`guide.${key}`)), h('p', {}, t(`${ns}:lesson.${key}`)));

  return h(
    'section',
    { className: `screen guide-screen world-${family}`, 'aria-labelledby': 'guide-title' },
    h(
      'div',
      { className: 'guide-tools card' },
      h('p', { className: 'guide-kicker' }, t('guide.title')),
      tabs,
      !ctx.noPrinting &&
        h(
          'button',
          { type: 'button', className: 'primary', 'data-focus-id': 'guide-print', onclick: () => window.print() },
          t('guide.print'),
        ),
    ),
    h(
      'article',
      { className: 'guide' },
      h('h1', { id: 'guide-title', tabindex: -1, 'data-screen-heading': true }, t(`${ns}:title`)),
      h('p', { className: 'guide-why' }, t(`${ns}:why`)),
      section('guide.messages', bullets(list('messages'))),
      section(
        'guide.stories',
        h(
          'ul',
          {},
          world.scenarios.map((s) => h('li', {}, t(s.title))),
        ),
      ),
      section(
        'guide.lesson',
        h('h3', {}, t('guide.objectives')),
        bullets(list('lesson.objectives')),
        ...['warmUp', 'play', 'discussion', 'wrapUp', 'offline'].map(lessonPart),
      ),
      section('guide.starters', bullets(list('starters'))),
      section('guide.signs', bullets(list('signs'))),
      section('guide.help', h('p', {}, t(`${ns}:help`)), localHelp(ctx)),
    ),
  );
}
