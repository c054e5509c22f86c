/**
 * Class mode in a mini-game: for each item the class thinks, votes with
 * raised hands on the item's options, sees the spread, and then the teacher
 * plays the item on the projector. The same steps, words and look as a
 * story's vote (`../widgets/classroom.ts`), over the game's own options.
 */
import { voteSpread } from '../../engine/classVotes';
import type { Classroom } from '../../state/session';
import type { UiContext } from '../context';
import { h } from '../widgets/dom';
import type { ClassVoteItem } from './view';

export function classVoteCard(ctx: UiContext, item: ClassVoteItem, classroom: Classroom): HTMLElement {
  const { t } = ctx.i18n;
  const card = h('div', { className: 'card class-card mg-class' }, h('h2', { tabindex: -1, 'data-screen-heading': true }, item.prompt));

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

  if (classroom.reveal === 'vote') {
    card.append(
      h('p', { className: 'think-note' }, t('classroom.countHands')),
      h(
        'ul',
        { className: 'choices vote-list', 'aria-label': item.prompt },
        item.options.map(({ id, label }) => {
          const count = classroom.votes[id] ?? 0;
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
                  'data-focus-id': `minus-${id}`,
                  onclick: () => ctx.session.vote(id, count - 1),
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
                'data-focus-id': `votes-${id}`,
                onchange: (e: Event) => ctx.session.vote(id, Number((e.target as HTMLInputElement).value)),
              }),
              h(
                'button',
                {
                  type: 'button',
                  className: 'icon-button',
                  'aria-label': t('classroom.moreVotes', { choice: label }),
                  'data-focus-id': `plus-${id}`,
                  onclick: () => ctx.session.vote(id, count + 1),
                },
                '+',
              ),
            ),
          );
        }),
      ),
      h(
        'button',
        { type: 'button', className: 'primary with-arrow', 'data-focus-id': 'class-chart', onclick: () => ctx.session.reveal('chart') },
        t('classroom.showChart'),
      ),
    );
    return card;
  }

  const { bars, total } = voteSpread(
    classroom.votes,
    item.options.map((o) => o.id),
  );
  card.append(
    h(
      'figure',
      { className: 'vote-chart' },
      h('figcaption', {}, t('classroom.chartTitle', { count: total })),
      h(
        'ul',
        {},
        bars.map((bar) => {
          const option = item.options.find((o) => o.id === bar.choiceId)!;
          return h(
            'li',
            { className: item.safest.includes(bar.choiceId) ? 'safest' : '' },
            h('span', { className: 'bar-label' }, option.label),
            h(
              'span',
              { className: 'bar-track', 'aria-hidden': 'true' },
              h('span', { className: 'bar-fill', style: `width: ${Math.round(bar.share * 100)}%` }),
            ),
            h('span', { className: 'bar-count' }, t('classroom.hands', { count: bar.count })),
          );
        }),
      ),
    ),
    h(
      'p',
      { className: 'safest-note' },
      h('strong', {}, t('classroom.safest')),
      ' ',
      new Intl.ListFormat(ctx.i18n.language, { type: 'disjunction' }).format(
        item.options.filter((o) => item.safest.includes(o.id)).map((o) => o.label),
      ),
    ),
  );
  return card;
}
