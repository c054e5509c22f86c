import type { Scenario, SituationItem } from '../../content';
import { currentChoice, currentStep, stepNumber, type RunnerState } from '../../engine/scenarioRunner';
import type { UiContext } from '../context';
import { arrowKeyNavigation, h, readAloudButton } from '../widgets/dom';
import { mascotLine } from '../widgets/mascotLine';
import { classChoices, classDiscussion } from '../widgets/classroom';
import { worldsFor } from '../widgets/worldInfo';

/**
 * One scenario, phase by phase. The canvas draws the place and the mascot in
 * the stage slot; everything a child reads or presses lives here in the DOM.
 */
export function scenarioScreen(ctx: UiContext, scenario: Scenario, runner: RunnerState): HTMLElement {
  const { t } = ctx.i18n;
  const { index, total } = stepNumber(scenario, runner);
  const step = currentStep(scenario, runner);
  const showSituation =
    (runner.phase === 'intro' && runner.line === step.lines.length - 1) ||
    runner.phase === 'choose' ||
    runner.phase === 'outcome';

  return h(
    'section',
    { className: `screen play-layout scenario-screen phase-${runner.phase}`, 'aria-labelledby': 'scenario-title' },
    h(
      'header',
      { className: 'scenario-header' },
      h('h1', { id: 'scenario-title', className: 'scenario-title' }, t(scenario.title)),
      progressDots(t('scenario.part', { current: index + 1, total }), index, total, runner.phase),
    ),
    h(
      'div',
      { className: 'stage', id: 'stage', 'data-setting': scenario.setting },
      showSituation && situationCard(ctx, step.situation),
    ),
    h('div', { className: 'panel' }, panelFor(ctx, scenario, runner)),
  );
}

function progressDots(label: string, index: number, total: number, phase: RunnerState['phase']): HTMLElement {
  const finished = phase === 'keyMessage' || phase === 'help' || phase === 'done';
  return h(
    'div',
    { className: 'progress', role: 'img', 'aria-label': label },
    Array.from({ length: total }, (_, i) =>
      h('span', { className: `dot ${i < index || finished ? 'done' : i === index ? 'current' : ''}` }),
    ),
  );
}

function situationCard(ctx: UiContext, items: SituationItem[]): HTMLElement {
  const { t } = ctx.i18n;
  return h(
    'div',
    { className: 'situation' },
    items.map((item) =>
      h(
        'div',
        { className: `situation-item ${item.style}` },
        item.from && h('p', { className: 'situation-from' }, h('span', { className: 'avatar', 'aria-hidden': 'true' }), t(item.from)),
        h('p', { className: 'situation-text' }, t(item.text)),
      ),
    ),
  );
}

/** A card's heading with a read-aloud button for the whole card's text. */
function cardHeading(ctx: UiContext, content: (Node | string | null)[], spoken: () => string): HTMLElement {
  return h(
    'div',
    { className: 'card-head' },
    h('h2', { tabindex: -1, 'data-screen-heading': true }, ...content),
    readAloudButton(ctx, spoken, 'read-card'),
  );
}

function actionButton(label: string, focusId: string, onClick: () => void, extraClass = ''): HTMLButtonElement {
  return h(
    'button',
    { type: 'button', className: `primary with-arrow ${extraClass}`, 'data-focus-id': focusId, onclick: onClick },
    label,
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

    case 'choose': {
      const classroom = ctx.session.getState().classroom;
      if (classroom) return classChoices(ctx, step, classroom);
      const list = h(
        'ul',
        { className: 'choices', 'aria-label': t('scenario.choicesLabel') },
        step.choices.map((choice) => {
          const tried = runner.tried.includes(choice.id);
          return h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                className: `choice${tried ? ' tried' : ''}`,
                'data-focus-id': `choice-${choice.id}`,
                'data-choice': choice.id,
                onclick: () => ctx.session.act({ type: 'choose', choiceId: choice.id }),
              },
              h('span', { className: 'choice-label' }, t(choice.label)),
              tried && h('span', { className: 'tried-note' }, t('scenario.tried')),
            ),
          );
        }),
      );
      arrowKeyNavigation(list);
      return h(
        'div',
        { className: 'card' },
        cardHeading(ctx, [t(step.prompt)], () => [t(step.prompt), ...step.choices.map((c) => t(c.label))].join(' ')),
        list,
      );
    }

    case 'outcome': {
      const choice = currentChoice(scenario, runner);
      const safe = choice?.kind === 'safe';
      return h(
        'div',
        { className: `card outcome ${safe ? 'safe' : 'think-again'}` },
        cardHeading(
          ctx,
          [h('span', { className: 'outcome-icon', 'aria-hidden': 'true' }), safe ? t('scenario.goodChoice') : t('scenario.letsThink')],
          () => [safe ? t('scenario.goodChoice') : t('scenario.letsThink'), ...(choice?.outcome ?? []).map((k) => t(k))].join(' '),
        ),
        choice && h('p', { className: 'your-choice' }, t(choice.label)),
        (choice?.outcome ?? []).map((key) => h('p', { className: 'outcome-text' }, t(key))),
        safe
          ? actionButton(t('scenario.continue'), 'continue', next)
          : actionButton(t('scenario.thinkAgain'), 'think-again', next, 'think-again-button'),
      );
    }

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
      return h(
        'div',
        { className: 'card help-card' },
        cardHeading(ctx, [t('scenario.help')], () => [t('scenario.helpIntro'), ...scenario.help.map((k) => t(k))].join(' ')),
        h('p', {}, t('scenario.helpIntro')),
        h('ul', { className: 'help-list' }, scenario.help.map((key) => h('li', {}, helpLine(ctx, key)))),
        localHelp(ctx),
        actionButton(t('scenario.finish'), 'finish', next),
      );

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
  }
}

/** The place's own wording for a trusted adult replaces the general one where it is set. */
function helpLine(ctx: UiContext, key: string): string {
  const local = ctx.help().trustedAdult[ctx.i18n.language];
  return key === 'common:help.trustedAdult' && local ? local : ctx.i18n.t(key);
}

/** Help contacts a school or an event set up, as text: never links out of the game. */
export function localHelp(ctx: UiContext): HTMLElement | null {
  const contacts = ctx.help().contacts[ctx.i18n.language];
  if (!contacts?.length) return null;
  return h(
    'div',
    { className: 'local-help' },
    h('h3', {}, ctx.i18n.t('help.nearYou')),
    h('ul', { className: 'help-list' }, contacts.map((c) => h('li', {}, h('strong', {}, c.name), ` — ${c.detail}`))),
  );
}
