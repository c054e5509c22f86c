import { WORLDS, type Scenario } from '../../content';
import { storyMinutes } from '../../engine/lessonPlan';
import { isChooseStep } from '../../engine/steps';
import type { UiContext } from '../context';
import { classLanding } from '../widgets/classClicker';
import { h } from '../widgets/dom';
import { lessonPackUrl, notesUrl } from '../widgets/classNotes';

/**
 * The teacher's menu in class mode, on the teacher's side of the lesson: the story
 * on screen with its answer key and tip (never on the shared screen), a second
 * window for notes, a step back, a replay, a jump to any story or mini-game with
 * what is done, the lesson packs, and a fresh start for the next class, confirmed.
 */
export function openTeacherMenu(ctx: UiContext): void {
  const { t } = ctx.i18n;
  document.querySelector('.teacher-menu')?.remove();
  const { screen, classSize } = ctx.session.getState();
  const story = screen === 'scenario' ? ctx.session.scenario() : undefined;
  const { completed, games } = ctx.game.getState().progress;
  const close = () => dialog.close();
  let acted = false;
  const go = (fn: () => void) => () => {
    acted = true;
    close();
    fn();
  };

  const confirmBox = h(
    'div',
    { className: 'confirm', hidden: true, role: 'group', 'aria-labelledby': 'new-class-question' },
    h('p', { id: 'new-class-question' }, t('classPlus.menu.newClassQuestion')),
    h(
      'div',
      { className: 'confirm-actions' },
      h(
        'button',
        { type: 'button', className: 'danger', 'data-focus-id': 'teacher-new-yes', onclick: go(() => ctx.session.newClass()) },
        t('classPlus.menu.newClassYes'),
      ),
      h(
        'button',
        {
          type: 'button',
          className: 'secondary',
          'data-focus-id': 'teacher-new-no',
          onclick: () => {
            confirmBox.hidden = true;
            newButton.focus();
          },
        },
        t('classPlus.menu.newClassNo'),
      ),
    ),
  );
  const newButton = h(
    'button',
    {
      type: 'button',
      className: 'danger-outline',
      'data-focus-id': 'teacher-new',
      onclick: () => {
        confirmBox.hidden = false;
        confirmBox.querySelector<HTMLButtonElement>('.secondary')?.focus();
      },
    },
    t('classroom.newClass'),
  );

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
    story && teacherNotes(ctx, story),
    story &&
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
    h(
      'p',
      { className: 'teacher-actions' },
      h(
        'button',
        {
          type: 'button',
          className: 'secondary',
          'data-focus-id': 'teacher-notes-window',
          // A second window the teacher can drag to a laptop screen; it follows the lesson.
          onclick: () => window.open(notesUrl(ctx.i18n.language), 'tiko-teacher-notes', 'popup,width=720,height=800'),
        },
        t('classPlus.menu.notesWindow'),
      ),
      classSize !== null &&
        h(
          'button',
          { type: 'button', className: 'secondary', 'data-focus-id': 'teacher-size', onclick: go(() => ctx.session.clearClassSize()) },
          t('classPlus.menu.changeSize', { size: classSize }),
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
          w.scenarios.map((s) => {
            const done = completed.includes(s.id);
            const now = story?.id === s.id;
            return h(
              'li',
              {},
              h(
                'button',
                {
                  type: 'button',
                  className: `story-button${now ? ' teacher-now' : ''}`,
                  'data-jump': s.id,
                  'aria-current': now ? 'true' : null,
                  onclick: go(() => ctx.session.play(s.id)),
                },
                h('span', { className: 'teacher-story-title' }, t(s.title)),
                h(
                  'span',
                  { className: 'teacher-story-meta' },
                  [
                    now && t('classPlus.menu.now'),
                    done && t('classPlus.menu.done'),
                    t('classPlus.menu.minutes', { minutes: storyMinutes(s) }),
                  ]
                    .filter(Boolean)
                    .join(' · '),
                ),
              ),
            );
          }),
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', className: 'story-button', 'data-jump': w.game.id, onclick: go(() => ctx.session.openGame(w.family)) },
              h('span', { className: 'teacher-story-title' }, t('worldScreen.gameEntry', { title: t(w.game.title) })),
              games.includes(w.game.id) && h('span', { className: 'teacher-story-meta' }, t('classPlus.menu.done')),
            ),
          ),
          h(
            'li',
            {},
            h(
              'a',
              { className: 'teacher-pack-link', href: lessonPackUrl(w.family, ctx.i18n.language), target: '_blank', 'data-pack': w.family },
              t('classPlus.menu.pack'),
            ),
          ),
        ),
      ),
    ),
    h('h3', {}, t('classroom.newClassTitle')),
    h('p', { className: 'privacy-note' }, t('classroom.newClassNote')),
    newButton,
    confirmBox,
  );
  dialog.addEventListener('close', () => {
    dialog.remove();
    // After a step or a jump the clicker goes on from the screen, not from the menu's button.
    const screenEl = document.getElementById('screen');
    const landing = acted && screenEl ? classLanding(screenEl) : null;
    (landing ?? document.querySelector<HTMLElement>('[data-focus-id="topbar-teacher"]'))?.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
}

/** The story on screen, for the teacher's eyes: its answer key, discussion question and tip. */
function teacherNotes(ctx: UiContext, story: Scenario): HTMLElement {
  const { t } = ctx.i18n;
  const tipKey = `${story.family}-guide:tips.${story.id}`;
  return h(
    'section',
    { className: 'teacher-notes', 'aria-labelledby': 'teacher-notes-title' },
    h('h3', { id: 'teacher-notes-title' }, t('classPlus.menu.onScreen', { title: t(story.title) })),
    h(
      'ol',
      { className: 'teacher-key' },
      story.steps.map((step) =>
        h(
          'li',
          {},
          isChooseStep(step)
            ? [h('span', {}, t(step.prompt)), ' ', h('strong', {}, t(step.choices.find((c) => c.kind === 'safe')!.label))]
            : [h('span', {}, t('classPlus.menu.practiceStep')), ' ', h('strong', {}, t(step.task.instruction))],
        ),
      ),
    ),
    h('p', {}, h('strong', {}, t('classroom.discuss')), ' ', t(story.discussion)),
    ctx.i18n.exists(tipKey) && h('p', { className: 'teacher-tip' }, h('strong', {}, t('classroom.tip')), ' ', t(tipKey)),
  );
}
