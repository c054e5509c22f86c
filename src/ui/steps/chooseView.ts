import type { ChooseStep } from '../../content';
import { currentChoice } from '../../engine/scenarioRunner';
import { classChoices } from '../widgets/classroom';
import { arrowKeyNavigation, h } from '../widgets/dom';
import { actionButton, cardHeading, situationCard } from '../widgets/storyCard';
import type { StepView } from './stepView';
import { choicePicture } from '../together/choicePicture';
import { togetherOn } from '../together/together';
import '../together/together.css';

/** A choice step: the situation on the stage, the choices and then the outcome in the panel. */
export const chooseView: StepView<ChooseStep> = {
  stage: (ctx, step) => situationCard(ctx, step.situation),

  panel(ctx, scenario, step, runner) {
    const { t } = ctx.i18n;
    // Play together: big pictures of what each choice does, for children who read little yet.
    const pictured = togetherOn(ctx);
    if (runner.phase === 'outcome') {
      const choice = currentChoice(scenario, runner);
      const safe = choice?.kind === 'safe';
      return h(
        'div',
        { className: `card outcome ${safe ? 'safe' : 'think-again'}` },
        cardHeading(
          ctx,
          [h('span', { className: 'outcome-icon', 'aria-hidden': 'true' }), safe ? t('scenario.goodChoice') : t('scenario.letsThink')],
          () => [safe ? t('scenario.goodChoice') : t('scenario.letsThink'), ...(choice?.outcome ?? []).map((k) => t(k))],
        ),
        choice &&
          h(
            'p',
            { className: `your-choice${pictured && choice.picture ? ' tg-your-choice' : ''}` },
            pictured && choice.picture && choicePicture(choice.picture, 'tg-picture tg-picture-small'),
            t(choice.label),
          ),
        (choice?.outcome ?? []).map((key) => h('p', { className: 'outcome-text' }, t(key))),
        safe
          ? actionButton(t('scenario.continue'), 'continue', () => ctx.session.act({ type: 'next' }))
          : actionButton(t('scenario.thinkAgain'), 'think-again', () => ctx.session.act({ type: 'next' }), 'think-again-button'),
      );
    }

    const classroom = ctx.session.getState().classroom;
    if (classroom) return classChoices(ctx, step, classroom, runner);
    const list = h(
      'ul',
      { className: `choices${pictured ? ' tg-choices' : ''}`, 'aria-label': t('scenario.choicesLabel') },
      step.choices.map((choice) => {
        const tried = runner.tried.includes(choice.id);
        return h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              className: `choice${tried ? ' tried' : ''}${pictured && choice.picture ? ' tg-choice' : ''}`,
              'data-focus-id': `choice-${choice.id}`,
              'data-choice': choice.id,
              onclick: () => ctx.session.act({ type: 'choose', choiceId: choice.id }),
            },
            pictured && choice.picture && choicePicture(choice.picture),
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
      cardHeading(ctx, [t(step.prompt)], () => [t(step.prompt), ...step.choices.map((c) => t(c.label))]),
      list,
    );
  },
};
