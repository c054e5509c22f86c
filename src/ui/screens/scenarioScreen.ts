import type { Scenario } from '../../content';
import { currentStep, stepNumber, type RunnerState } from '../../engine/scenarioRunner';
import type { UiContext } from '../context';
import { stepViewOf } from '../steps';
import { h } from '../widgets/dom';
import { mascotLine } from '../widgets/mascotLine';
import { classDiscussion } from '../widgets/classroom';
import { actionButton, cardHeading, situationCard } from '../widgets/storyCard';
import { worldsFor } from '../widgets/worldInfo';
import { helpCard } from './helpCard';
import { grownUpCard } from '../together/grownUpCard';

/**
 * One scenario, phase by phase. The canvas draws the place and the mascot in
 * the stage slot; everything a child reads or presses lives here in the DOM.
 */
export function scenarioScreen(ctx: UiContext, scenario: Scenario, runner: RunnerState): HTMLElement {
  const { t } = ctx.i18n;
  const { index, total } = stepNumber(scenario, runner);
  const step = currentStep(scenario, runner);
  const lastLine = runner.phase === 'intro' && runner.line === step.lines.length - 1;
  const ownPart = !['intro', 'keyMessage', 'help', 'grownUp', 'done'].includes(runner.phase);
  const onStage = ownPart
    ? stepViewOf(step).stage(ctx, step, runner)
    : lastLine && step.situation.length
      ? situationCard(ctx, step.situation)
      : null;

  return h(
    'section',
    { className: `screen play-layout scenario-screen phase-${runner.phase}`, 'aria-labelledby': 'scenario-title' },
    h(
      'header',
      { className: 'scenario-header' },
      h('h1', { id: 'scenario-title', className: 'scenario-title' }, t(scenario.title)),
      progressDots(t('scenario.part', { current: index + 1, total }), index, total, runner.phase),
    ),
    h('div', { className: 'stage', id: 'stage', 'data-setting': scenario.setting }, onStage),
    h('div', { className: 'panel' }, panelFor(ctx, scenario, runner)),
  );
}

function progressDots(label: string, index: number, total: number, phase: RunnerState['phase']): HTMLElement {
  const finished = phase === 'keyMessage' || phase === 'help' || phase === 'grownUp' || phase === 'done';
  return h(
    'div',
    { className: 'progress', role: 'img', 'aria-label': label },
    Array.from({ length: total }, (_, i) =>
      h('span', { className: `dot ${i < index || finished ? 'done' : i === index ? 'current' : ''}` }),
    ),
  );
}

function panelFor(ctx: UiContext, scenario: Scenario, runner: RunnerState): HTMLElement {
  const { t } = ctx.i18n;
  const step = currentStep(scenario, runner);
  const next = () => ctx.session.act({ type: 'next' });

  switch (runner.phase) {
    case 'intro':
      return h(
        'div',
        { className: 'card' },
        mascotLine(ctx, t(step.lines[runner.line] ?? '')),
        actionButton(t('scenario.next'), 'next', next),
      );

    case 'keyMessage':
      return h(
        'div',
        { className: 'card key-message' },
        cardHeading(ctx, [t('scenario.keyMessage')], () => t(scenario.keyMessage)),
        h('p', { className: 'key-message-text' }, t(scenario.keyMessage)),
        ctx.mode === 'class' && classDiscussion(ctx, scenario),
        actionButton(t('scenario.next'), 'next', next),
      );

    case 'help':
      return helpCard(ctx, scenario, next);

    case 'grownUp':
      return grownUpCard(ctx, next);

    case 'done': {
      if (ctx.session.getState().tour) {
        return h(
          'div',
          { className: 'card done' },
          h('h2', { tabindex: -1, 'data-screen-heading': true }, t('scenario.doneTitle')),
          h('p', {}, t('scenario.doneText', { title: t(scenario.title) })),
          actionButton(t('kiosk.continue'), 'tour-next', () => ctx.session.tourNext()),
        );
      }
      const world = worldsFor(ctx).find((w) => w.family === scenario.family);
      const nextStory = world?.state !== 'finished' ? world?.next : undefined;
      return h(
        'div',
        { className: 'card done' },
        h('h2', { tabindex: -1, 'data-screen-heading': true }, t('scenario.doneTitle')),
        h('p', {}, t('scenario.doneText', { title: t(scenario.title) })),
        h(
          'div',
          { className: 'done-actions' },
          h(
            'button',
            { type: 'button', className: 'secondary', 'data-focus-id': 'again', onclick: () => ctx.session.act({ type: 'restart' }) },
            t('scenario.playAgain'),
          ),
          h(
            'button',
            { type: 'button', className: 'secondary', 'data-focus-id': 'to-map', onclick: () => ctx.session.toMap() },
            t('nav.backToMap'),
          ),
          nextStory && nextStory.id !== scenario.id
            ? actionButton(t('scenario.nextStory'), 'next-story', () => ctx.session.play(nextStory.id))
            : actionButton(t('nav.backToWorld'), 'to-world', () => ctx.session.openWorld(scenario.family)),
        ),
      );
    }

    default:
      return stepViewOf(step).panel(ctx, scenario, step, runner);
  }
}

// The guide screen shows the same local contacts.
export { localHelp } from './helpCard';
