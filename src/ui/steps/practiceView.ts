import type { PracticeStep, PracticeTask, PracticeTaskName } from '../../content';
import type { RunnerState } from '../../engine/scenarioRunner';
import { practiceDone, taskRules, type TaskState } from '../../engine/steps';
import type { UiContext } from '../context';
import { h, readAloudButton } from '../widgets/dom';
import { actionButton } from '../widgets/storyCard';
import { breakReminderView } from './breakReminderView';
import { classPractice } from '../widgets/classroom';
import { chatReportBlockView } from './chatReportBlockView';
import { evidenceBlockView } from './evidenceBlockView';
import { passphraseView } from './passphraseView';
import { phraseTilesView } from './phraseTilesView';
import { postDraftView } from './postDraftView';
import { spotCluesView } from './spotCluesView';
import { videoReportView } from './videoReportView';
import { fakeLoginView } from './fakeLoginView';
import { permissionsView } from './permissionsView';
import { popupCloseView } from './popupCloseView';
import { shopOfferView } from './shopOfferView';
import { termsAgreeView } from './termsAgreeView';
import { sayNoTilesView } from './sayNoTilesView';
import { settingsView } from './settingsView';
import { tellGrownUpView } from './tellGrownUpView';
import { voiceChatView } from './voiceChatView';
import type { StepView } from './stepView';
import { focusOn, PRACTICE_HEADING, type ActInApp, type TaskView } from './taskView';

type AnyTaskView = TaskView<PracticeTask, TaskState>;

/** One entry per task: the record type makes a forgotten view a type error. */
const TASK_VIEWS: Record<PracticeTaskName, AnyTaskView> = {
  'chat-report-block': chatReportBlockView as AnyTaskView,
  'evidence-block': evidenceBlockView as AnyTaskView,
  'phrase-tiles': phraseTilesView as AnyTaskView,
  passphrase: passphraseView as AnyTaskView,
  'post-draft': postDraftView as AnyTaskView,
  'break-reminder': breakReminderView as AnyTaskView,
  'spot-clues': spotCluesView as AnyTaskView,
  'video-report': videoReportView as AnyTaskView,
  'popup-close': popupCloseView as AnyTaskView,
  permissions: permissionsView as AnyTaskView,
  'fake-login': fakeLoginView as AnyTaskView,
  'shop-offer': shopOfferView as AnyTaskView,
  'terms-agree': termsAgreeView as AnyTaskView,
  'say-no-tiles': sayNoTilesView as AnyTaskView,
  'tell-grown-up': tellGrownUpView as AnyTaskView,
  settings: settingsView as AnyTaskView,
  'voice-chat': voiceChatView as AnyTaskView,
};

/**
 * A practice step: the pretend app on the stage, Tiko beside it with the
 * task, then either a less safe action's honest consequence with a way back,
 * or well done and the way on. Nothing here waits on a timer.
 */
export const practiceView: StepView<PracticeStep> = {
  stage(ctx, step, runner) {
    const run = runner.practice ?? { task: taskRules(step.task).start(step.task), lessSafe: null };
    const act: ActInApp = (action, focusAfter) => {
      ctx.session.act({ type: 'practice', action });
      if (focusAfter) focusOn(focusAfter);
    };
    const app = TASK_VIEWS[step.task.task].app(ctx, step.task, run.task, run.lessSafe, act);
    // In class, the app is shown but idle while the class votes; then the teacher uses it.
    const classroom = ctx.session.getState().classroom;
    if (classroom && classroom.reveal !== 'do') app.inert = true;
    return app;
  },

  panel(ctx, _scenario, step, runner) {
    const { t } = ctx.i18n;
    const classroom = ctx.session.getState().classroom;
    const classVote = classroom && classPractice(ctx, step, classroom);
    if (classVote) return classVote;
    const lessSafe = lessSafeOnScreen(step, runner);
    if (lessSafe) {
      return h(
        'div',
        { className: 'card outcome think-again practice-card' },
        heading(
          ctx,
          t('scenario.letsThink'),
          lessSafe.outcome.map((k) => t(k)),
          true,
        ),
        lessSafe.outcome.map((key) => h('p', { className: 'outcome-text' }, t(key))),
        actionButton(
          t('practice.rewind'),
          'rewind',
          () => {
            ctx.session.act({ type: 'rewind' });
            focusOn(PRACTICE_HEADING);
          },
          'think-again-button',
        ),
      );
    }
    if (practiceDone(step, runner)) {
      return h(
        'div',
        { className: 'card outcome safe practice-card' },
        heading(
          ctx,
          t('practice.done'),
          step.outcome.map((k) => t(k)),
          true,
        ),
        step.outcome.map((key) => h('p', { className: 'outcome-text' }, t(key))),
        actionButton(t('scenario.continue'), 'continue', () => ctx.session.act({ type: 'next' })),
      );
    }
    return h(
      'div',
      { className: 'card practice-card' },
      heading(ctx, t('practice.yourTurn'), [t(step.task.instruction)], false),
      h('p', { className: 'practice-instruction' }, t(step.task.instruction)),
    );
  },
};

function lessSafeOnScreen(step: PracticeStep, runner: RunnerState) {
  const id = runner.practice?.lessSafe;
  return id
    ? taskRules(step.task)
        .lessSafe(step.task)
        .find((a) => a.id === id)
    : undefined;
}

function heading(ctx: UiContext, title: string, body: string[], withIcon: boolean): HTMLElement {
  return h(
    'div',
    { className: 'card-head' },
    h(
      'h2',
      { tabindex: -1, 'data-screen-heading': true, 'data-focus-id': PRACTICE_HEADING },
      withIcon && h('span', { className: 'outcome-icon', 'aria-hidden': 'true' }),
      title,
    ),
    readAloudButton(ctx, () => [title, ...body], 'read-card'),
  );
}
