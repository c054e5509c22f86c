import { WORLDS } from '../../content';
import type { UiContext } from '../context';
import { classLanding } from '../widgets/classClicker';
import { h } from '../widgets/dom';

/**
 * The teacher's menu in class mode: a step back, a replay, a jump to any story
 * or mini-game of any world, and a fresh start for the next class.
 */
export function openTeacherMenu(ctx: UiContext): void {
  const { t } = ctx.i18n;
  document.querySelector('.teacher-menu')?.remove();
  const { screen } = ctx.session.getState();
  const inStory = screen === 'scenario';
  const close = () => dialog.close();
  let acted = false;
  const go = (fn: () => void) => () => {
    acted = true;
    close();
    fn();
  };
  const dialog = h(
    'dialog',
    { className: 'settings teacher-menu', 'aria-labelledby': 'teacher-menu-title' },
    h(
      'div',
      { className: 'settings-head' },
      h('h2', { id: 'teacher-menu-title' }, t('classroom.menu')),
      h(
        'button',
        { type: 'button', className: 'icon-button close', 'aria-label': t('organiser.close'), onclick: close },
        h('span', { 'aria-hidden': 'true' }, '×'),
      ),
    ),
    inStory &&
      h(
        'div',
        { className: 'confirm-actions' },
        h(
          'button',
          {
            type: 'button',
            className: 'secondary with-back-arrow',
            'data-focus-id': 'teacher-back',
            onclick: go(() => ctx.session.classBack()),
          },
          t('classroom.back'),
        ),
        h(
          'button',
          {
            type: 'button',
            className: 'secondary',
            'data-focus-id': 'teacher-replay',
            onclick: go(() => ctx.session.act({ type: 'restart' })),
          },
          t('classroom.replay'),
        ),
      ),
    h('h3', {}, t('classroom.jump')),
    WORLDS.map((w) =>
      h(
        'section',
        { className: `teacher-world world-${w.family}`, 'aria-label': t(w.name) },
        h('h4', {}, t(w.name)),
        h(
          'ul',
          { className: 'teacher-list' },
          w.scenarios.map((s) =>
            h(
              'li',
              {},
              h(
                'button',
                { type: 'button', className: 'story-button', 'data-jump': s.id, onclick: go(() => ctx.session.play(s.id)) },
                t(s.title),
              ),
            ),
          ),
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', className: 'story-button', 'data-jump': w.game.id, onclick: go(() => ctx.session.openGame(w.family)) },
              `${t('worldScreen.gameLabel')}: ${t(w.game.title)}`,
            ),
          ),
        ),
      ),
    ),
    h('h3', {}, t('classroom.newClassTitle')),
    h('p', { className: 'privacy-note' }, t('classroom.newClassNote')),
    h(
      'button',
      { type: 'button', className: 'danger-outline', 'data-focus-id': 'teacher-new', onclick: go(() => ctx.session.newClass()) },
      t('classroom.newClass'),
    ),
  );
  dialog.addEventListener('close', () => {
    dialog.remove();
    // After a step or a jump the clicker goes on from the screen, not from the menu's button.
    const screen = document.getElementById('screen');
    const landing = acted && screen ? classLanding(screen) : null;
    (landing ?? document.querySelector<HTMLElement>('[data-focus-id="topbar-teacher"]'))?.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
}
