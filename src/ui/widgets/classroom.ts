/**
 * Class mode at the choices: think first, then the choices with a count of
 * raised hands for each, then the spread as a bar chart with the safest
 * choice explained. The teacher then plays the class's choice.
 */
import type { ChooseStep, Scenario } from '../../content';
import { voteSpread } from '../../engine/classVotes';
import type { Classroom } from '../../state/session';
import type { UiContext } from '../context';
import { arrowKeyNavigation, h } from './dom';

export function classChoices(ctx: UiContext, step: ChooseStep, classroom: Classroom): HTMLElement {
  const { t } = ctx.i18n;
  const card = h('div', { className: 'card class-card' }, h('h2', { tabindex: -1, 'data-screen-heading': true }, t(step.prompt)));

  if (classroom.reveal === 'think') {
    card.append(
      h('p', { className: 'think-note' }, t('classroom.think')),
      h(
        'button',
        { type: 'button', className: 'primary with-arrow', 'data-focus-id': 'class-reveal', onclick: () => ctx.session.reveal('vote') },
        t('classroom.showChoices'),
      ),
    );
    return card;
  }

  const choiceButton = (choiceId: string, label: string) =>
    h(
      'button',
      {
        type: 'button',
        className: 'choice',
        'data-focus-id': `choice-${choiceId}`,
        'data-choice': choiceId,
        onclick: () => ctx.session.act({ type: 'choose', choiceId }),
      },
      h('span', { className: 'choice-label' }, label),
    );

  if (classroom.reveal === 'vote') {
    const list = h(
      'ul',
      { className: 'choices vote-list', 'aria-label': t('scenario.choicesLabel') },
      step.choices.map((c) => {
        const count = classroom.votes[c.id] ?? 0;
        const label = t(c.label);
        return h(
          'li',
          { className: 'vote-row' },
          h('span', { className: 'vote-label' }, label),
          h(
            'span',
            { className: 'vote-stepper', role: 'group', 'aria-label': t('classroom.votesFor', { choice: label }) },
            h(
              'button',
              {
                type: 'button',
                className: 'icon-button',
                'aria-label': t('classroom.lessVotes', { choice: label }),
                'data-focus-id': `minus-${c.id}`,
                onclick: () => ctx.session.vote(c.id, count - 1),
              },
              '−',
            ),
            h('input', {
              type: 'number',
              min: 0,
              max: 99,
              inputmode: 'numeric',
              value: count,
              'aria-label': t('classroom.votesFor', { choice: label }),
              'data-focus-id': `votes-${c.id}`,
              onchange: (e: Event) => ctx.session.vote(c.id, Number((e.target as HTMLInputElement).value)),
            }),
            h(
              'button',
              {
                type: 'button',
                className: 'icon-button',
                'aria-label': t('classroom.moreVotes', { choice: label }),
                'data-focus-id': `plus-${c.id}`,
                onclick: () => ctx.session.vote(c.id, count + 1),
              },
              '+',
            ),
          ),
        );
      }),
    );
    card.append(
      h('p', { className: 'think-note' }, t('classroom.countHands')),
      list,
      h(
        'button',
        { type: 'button', className: 'primary with-arrow', 'data-focus-id': 'class-chart', onclick: () => ctx.session.reveal('chart') },
        t('classroom.showChart'),
      ),
    );
    return card;
  }

  // The chart, then the class's choice is played.
  const { bars, total } = voteSpread(
    classroom.votes,
    step.choices.map((c) => c.id),
  );
  const safest = step.choices.find((c) => c.kind === 'safe')!;
  const chart = h(
    'figure',
    { className: 'vote-chart' },
    h('figcaption', {}, t('classroom.chartTitle', { count: total })),
    h(
      'ul',
      {},
      bars.map((bar) => {
        const choice = step.choices.find((c) => c.id === bar.choiceId)!;
        return h(
          'li',
          { className: choice === safest ? 'safest' : '' },
          h('span', { className: 'bar-label' }, t(choice.label)),
          h(
            'span',
            { className: 'bar-track', 'aria-hidden': 'true' },
            h('span', { className: 'bar-fill', style: `width: ${Math.round(bar.share * 100)}%` }),
          ),
          h('span', { className: 'bar-count' }, t('classroom.hands', { count: bar.count })),
        );
      }),
    ),
  );
  const list = h(
    'ul',
    { className: 'choices', 'aria-label': t('classroom.playChoice') },
    step.choices.map((c) => h('li', {}, choiceButton(c.id, t(c.label)))),
  );
  arrowKeyNavigation(list);
  card.append(
    chart,
    h('p', { className: 'safest-note' }, h('strong', {}, `${t('classroom.safest')} `), t(safest.label), ` — ${t(safest.outcome[0] ?? '')}`),
    h('h3', {}, t('classroom.playChoice')),
    list,
  );
  return card;
}

/** The class discussion and the teacher's tip, shown with the key message. */
export function classDiscussion(ctx: UiContext, scenario: Scenario): HTMLElement {
  const { t } = ctx.i18n;
  const tipKey = `${scenario.family}-guide:tips.${scenario.id}`;
  return h(
    'div',
    { className: 'discussion' },
    h('h3', {}, t('classroom.discuss')),
    h('p', { className: 'discussion-question' }, t(scenario.discussion)),
    // Folded by default: the class sees the projector too, and the tip is for the teacher.
    ctx.i18n.exists(tipKey) && h('details', { className: 'teacher-tip' }, h('summary', {}, t('classroom.tip')), h('p', {}, t(tipKey))),
  );
}
