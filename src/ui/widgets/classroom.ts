/**
 * Class mode at a step: think first; then a count of raised hands per choice
 * against the class size; then the spread as bars alone, so children explain
 * their votes before any answer; the safest choice only when the teacher asks.
 * Then the teacher plays the class's choice, or does the practice in the app.
 *
 * Every stage marks the control that moves the lesson on (`data-class-next`), where
 * the focus lands and where a clicker's PageDown goes (classClicker.ts).
 */
import type { ChooseStep, PracticeStep, Scenario } from '../../content';
import { checkTotal, classPick, cleanCount, MAX_VOTES, voteSpread, type Votes } from '../../engine/classVotes';
import type { RunnerState } from '../../engine/scenarioRunner';
import type { Classroom } from '../../state/session';
import type { UiContext } from '../context';
import { practiceVoteChoices, type ClassVoteChoice } from './classPractice';
import { h } from './dom';
import './classroom.css';

interface VoteSubject {
  prompt: string;
  /** The narrator's last line before the choices: it stays in view while the class votes. */
  keyFact: string | null;
  choices: ClassVoteChoice[];
  tried: readonly string[];
  /** After the answer: the class's choice is played, or the teacher does it in the app. */
  then: 'play' | 'do';
}

export function classChoices(ctx: UiContext, step: ChooseStep, classroom: Classroom, runner: RunnerState): HTMLElement {
  const { t } = ctx.i18n;
  return classVote(ctx, classroom, {
    prompt: t(step.prompt),
    keyFact: keyFactOf(ctx, step),
    choices: step.choices.map((c) => ({ id: c.id, label: t(c.label), safe: c.kind === 'safe' })),
    tried: runner.tried,
    then: 'play',
  });
}

/** A practice step in class: the class votes on what to press, then the teacher does it in the app. */
export function classPractice(ctx: UiContext, step: PracticeStep, classroom: Classroom): HTMLElement | null {
  if (classroom.reveal === 'do') return null;
  const { t } = ctx.i18n;
  const choices = practiceVoteChoices(ctx, step);
  if (!choices) {
    return h(
      'div',
      { className: 'card class-card' },
      h('h2', { tabindex: -1, 'data-screen-heading': true }, t('classPlus.practice.prompt')),
      h('p', { className: 'think-note' }, t('classPlus.practice.tellMe')),
      nextButton(t('classPlus.practice.doIt'), 'class-do', () => ctx.session.reveal('do')),
    );
  }
  return classVote(ctx, classroom, {
    prompt: t('classPlus.practice.prompt'),
    keyFact: keyFactOf(ctx, step),
    choices,
    tried: [],
    then: 'do',
  });
}

function keyFactOf(ctx: UiContext, step: ChooseStep | PracticeStep): string | null {
  const last = step.lines[step.lines.length - 1];
  return last ? ctx.i18n.t(last) : null;
}

function nextButton(label: string, focusId: string, onclick: () => void, type: 'button' | 'submit' = 'button'): HTMLButtonElement {
  return h('button', { type, className: 'primary with-arrow', 'data-focus-id': focusId, 'data-class-next': true, onclick }, label);
}

function classVote(ctx: UiContext, classroom: Classroom, subject: VoteSubject): HTMLElement {
  const { t } = ctx.i18n;
  const card = h(
    'div',
    { className: `card class-card class-${classroom.reveal}` },
    h('h2', { tabindex: -1, 'data-screen-heading': true }, subject.prompt),
    subject.keyFact && h('p', { className: 'class-key-fact' }, subject.keyFact),
  );
  switch (classroom.reveal) {
    case 'think':
      card.append(thinking(ctx));
      break;
    case 'vote':
      card.append(...counting(ctx, classroom, subject));
      break;
    case 'chart':
      card.append(
        chart(ctx, classroom.votes, subject, null),
        h(
          'div',
          { className: 'vote-foot' },
          h('p', { className: 'think-note' }, t('classPlus.explain')),
          nextButton(t('classPlus.showSafest'), 'class-safest', () => ctx.session.reveal('answer')),
        ),
      );
      break;
    default:
      card.append(...answer(ctx, classroom, subject));
  }
  return card;
}

/**
 * While the class thinks, the teacher is asked the class size, once per class; the
 * way on saves it, so a clicker's PageDown or Enter in the field both work.
 */
function thinking(ctx: UiContext): HTMLElement {
  const { t } = ctx.i18n;
  const asked = ctx.session.getState().classSize === null;
  const onsubmit = (e: Event) => {
    e.preventDefault();
    const field = (e.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>('#class-size-input');
    const size = field ? Number(field.value) : 0;
    if (size > 0) ctx.session.setClassSize(size);
    ctx.session.reveal('vote');
  };
  return h(
    'form',
    { className: 'class-think', onsubmit },
    h('p', { className: 'think-note' }, t('classroom.think')),
    asked &&
      h(
        'p',
        { className: 'class-size' },
        h('label', { for: 'class-size-input' }, t('classPlus.classSize')),
        h('input', {
          id: 'class-size-input',
          type: 'number',
          min: 1,
          max: MAX_VOTES,
          inputmode: 'numeric',
          'data-focus-id': 'class-size',
          'data-class-focus': true,
        }),
      ),
    h(
      'button',
      { type: 'submit', className: 'primary with-arrow', 'data-focus-id': 'class-reveal', 'data-class-next': true },
      t('classroom.showChoices'),
    ),
  );
}

/** The counting screen: a count per choice, a running total against the class size. */
function counting(ctx: UiContext, classroom: Classroom, subject: VoteSubject): HTMLElement[] {
  const { t } = ctx.i18n;
  const classSize = ctx.session.getState().classSize;
  const inputs = new Map<string, HTMLInputElement>();
  const drafts = (): Votes => Object.fromEntries([...inputs].map(([id, input]) => [id, cleanCount(Number(input.value)).count]));
  const total = h('p', { className: 'class-total', role: 'status', 'data-total': '' });
  const notice = h('p', { className: 'class-notice', role: 'status' });
  let zeroWarned = false;

  const showTotal = () => {
    const sum = Object.values(drafts()).reduce((a, b) => a + b, 0);
    const check = checkTotal(sum, classSize);
    total.dataset.total = String(sum);
    total.className = `class-total total-${check}`;
    total.textContent =
      check === 'over'
        ? t('classPlus.totalOver', { count: sum, size: classSize })
        : classSize
          ? t('classPlus.totalOf', { count: sum, size: classSize })
          : t('classPlus.totalNoSize', { count: sum });
  };

  const rows = subject.choices.map((c, i) => {
    const count = classroom.votes[c.id] ?? 0;
    const step = (delta: number) => () => {
      const now = drafts();
      ctx.session.setVotes({ ...now, [c.id]: (now[c.id] ?? 0) + delta });
    };
    const input = h('input', {
      type: 'number',
      min: 0,
      max: MAX_VOTES,
      inputmode: 'numeric',
      value: count,
      'aria-label': t('classroom.votesFor', { choice: c.label }),
      'data-focus-id': `votes-${c.id}`,
      'data-class-focus': i === 0 ? true : null,
      // Selecting the count on focus lets a typed number replace it, never add digits to it.
      onfocus: (e: Event) => (e.target as HTMLInputElement).select(),
      oninput: (e: Event) => {
        const field = e.target as HTMLInputElement;
        const typed = Number(field.value);
        const { count: kept, capped } = cleanCount(typed);
        if (capped) {
          field.value = String(kept);
          notice.textContent = t('classPlus.capped', { typed, max: MAX_VOTES });
        } else notice.textContent = '';
        zeroWarned = false;
        showTotal();
      },
    });
    inputs.set(c.id, input);
    // The steppers are for a mouse or a touch; from the keyboard, Tab goes from count to count.
    const stepper = (sign: string, label: string, delta: number, id: string) =>
      h(
        'button',
        {
          type: 'button',
          className: 'icon-button',
          tabindex: -1,
          'aria-label': label,
          'data-focus-id': `${id}-${c.id}`,
          onclick: step(delta),
        },
        sign,
      );
    return h(
      'li',
      { className: 'vote-row' },
      h('span', { className: 'vote-label' }, c.label),
      h(
        'span',
        { className: 'vote-stepper', role: 'group', 'aria-label': t('classroom.votesFor', { choice: c.label }) },
        stepper('−', t('classroom.lessVotes', { choice: c.label }), -1, 'minus'),
        input,
        stepper('+', t('classroom.moreVotes', { choice: c.label }), 1, 'plus'),
      ),
    );
  });

  const form = h(
    'form',
    {
      className: 'vote-form',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const votes = drafts();
        const sum = Object.values(votes).reduce((a, b) => a + b, 0);
        // No hands at all is said, not taken silently; a second press goes on without votes.
        if (sum === 0 && !zeroWarned) {
          zeroWarned = true;
          notice.textContent = t('classPlus.zeroVotes');
          return;
        }
        ctx.session.setVotes(votes);
        ctx.session.reveal('chart');
      },
    },
    h('p', { className: 'think-note' }, t('classroom.countHands')),
    h('ul', { className: 'choices vote-list', 'aria-label': t('scenario.choicesLabel') }, rows),
    notice,
    h(
      'div',
      { className: 'vote-foot' },
      total,
      nextButton(t('classroom.showChart'), 'class-chart', () => undefined, 'submit'),
    ),
  );
  showTotal();
  return [form];
}

/** The spread of hands as bars; with the answer, the safest row is marked and each row can be played. */
function chart(ctx: UiContext, votes: Votes, subject: VoteSubject, answer: { pick: string | null } | null): HTMLElement {
  const { t } = ctx.i18n;
  const classSize = ctx.session.getState().classSize;
  const { bars, total } = voteSpread(
    votes,
    subject.choices.map((c) => c.id),
  );
  const row = (choice: ClassVoteChoice, count: number, share: number) => [
    h('span', { className: 'bar-label' }, choice.label),
    answer && choice.safe && h('strong', { className: 'safest-badge' }, t('classPlus.safestBadge')),
    h(
      'span',
      { className: 'bar-track', 'aria-hidden': 'true' },
      h('span', { className: 'bar-fill', style: `width: ${Math.round(share * 100)}%` }),
    ),
    h('span', { className: 'bar-count' }, t('classroom.hands', { count })),
  ];
  return h(
    'figure',
    { className: `vote-chart${answer ? ' with-answer' : ''}` },
    h(
      'figcaption',
      {},
      classSize ? t('classPlus.chartOf', { count: total, size: classSize }) : t('classroom.chartTitle', { count: total }),
    ),
    h(
      'ul',
      { 'aria-label': answer?.pick ? t('classroom.playChoice') : null },
      bars.map((bar) => {
        const choice = subject.choices.find((c) => c.id === bar.choiceId)!;
        const tried = subject.tried.includes(choice.id);
        const cells = row(choice, bar.count, bar.share);
        return h(
          'li',
          { className: answer && choice.safe ? 'safest' : '' },
          answer?.pick
            ? h(
                'button',
                {
                  type: 'button',
                  className: `choice class-choice${tried ? ' tried' : ''}`,
                  'data-focus-id': `choice-${choice.id}`,
                  'data-choice': choice.id,
                  'data-class-next': choice.id === answer.pick ? true : null,
                  onclick: () => ctx.session.act({ type: 'choose', choiceId: choice.id }),
                },
                cells,
                tried && h('span', { className: 'tried-note' }, t('scenario.tried')),
              )
            : cells,
        );
      }),
    ),
  );
}

/** The safest choice shown; the class's choice is played from its bar, or the teacher does it in the app. */
function answer(ctx: UiContext, classroom: Classroom, subject: VoteSubject): HTMLElement[] {
  const { t } = ctx.i18n;
  const safest = subject.choices.find((c) => c.safe) ?? subject.choices[0]!;
  if (subject.then === 'do') {
    return [
      chart(ctx, classroom.votes, subject, { pick: null }),
      nextButton(t('classPlus.practice.doIt'), 'class-do', () => ctx.session.reveal('do')),
    ];
  }
  const ids = subject.choices.map((c) => c.id);
  const pick = classPick(classroom.votes, ids, subject.tried, safest.id);
  return [
    chart(ctx, classroom.votes, subject, { pick }),
    // One round of votes per step is the plan; a second is there when the discussion asks for it.
    ...(subject.tried.length > 0
      ? [
          h(
            'button',
            { type: 'button', className: 'secondary', 'data-focus-id': 'class-vote-again', onclick: () => ctx.session.voteAgain() },
            t('classPlus.voteAgain'),
          ),
        ]
      : []),
  ];
}

/** The class discussion with the key message; the teacher's tip is in the teacher menu, off the projector. */
export function classDiscussion(ctx: UiContext, scenario: Scenario): HTMLElement {
  const { t } = ctx.i18n;
  return h(
    'div',
    { className: 'discussion' },
    h('h3', {}, t('classroom.discuss')),
    h('p', { className: 'discussion-question' }, t(scenario.discussion)),
  );
}
