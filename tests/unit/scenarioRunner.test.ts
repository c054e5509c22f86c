import { describe, expect, it } from 'vitest';
import { contactFriendRequest as scenario } from '../../src/content/scenarios/contact/friendRequest';
import { runnerReducer, startScenario, type RunnerAction, type RunnerState } from '../../src/engine/scenarioRunner';
import { mascotMood } from '../../src/engine/mood';
import type { PracticeAction } from '../../src/engine/steps';

const run = (state: RunnerState, ...actions: RunnerAction[]) => actions.reduce((s, a) => runnerReducer(scenario, s, a), state);
const next: RunnerAction = { type: 'next' };
const choose = (choiceId: string): RunnerAction => ({ type: 'choose', choiceId });
const inApp = (action: PracticeAction): RunnerAction => ({ type: 'practice', action });
/** The practice step after the safe choice at `secret`: its line, then report and block in the pretend chat. */
const reportAndBlock: RunnerAction[] = [
  next,
  inApp({ type: 'openMenu' }),
  inApp({ type: 'report' }),
  inApp({ type: 'pickReason', reasonId: 'secret' }),
  inApp({ type: 'sendReport' }),
  inApp({ type: 'block' }),
  next,
];

describe('scenario runner', () => {
  it('starts at the first line of the start step', () => {
    expect(startScenario(scenario)).toMatchObject({ stepId: 'request', phase: 'intro', line: 0, tried: [] });
  });

  it('shows the mascot lines one at a time, then the choices', () => {
    const s = startScenario(scenario);
    expect(run(s, next)).toMatchObject({ phase: 'intro', line: 1 });
    expect(run(s, next, next)).toMatchObject({ phase: 'choose' });
  });

  it('gives a think-again choice an outcome and then a second chance at the same step', () => {
    const chosen = run(startScenario(scenario), next, next, choose('accept'));
    expect(chosen).toMatchObject({ phase: 'outcome', choiceId: 'accept', tried: ['accept'] });
    const again = run(chosen, next);
    expect(again).toMatchObject({ phase: 'choose', stepId: 'request', choiceId: null, tried: ['accept'] });
  });

  it('moves a safe choice on to the next step, then to the key message, help and done', () => {
    let s = run(startScenario(scenario), next, next, choose('check'));
    expect(s).toMatchObject({ phase: 'outcome', choiceId: 'check' });
    s = run(s, next);
    expect(s).toMatchObject({ stepId: 'secret', phase: 'intro', line: 0, tried: [] });
    s = run(s, next, choose('block-tell'), next);
    expect(s).toMatchObject({ stepId: 'report', phase: 'intro', line: 0 });
    s = run(s, ...reportAndBlock);
    expect(s.phase).toBe('keyMessage');
    expect(run(s, next).phase).toBe('help');
    expect(run(s, next, next).phase).toBe('done');
  });

  it('playing together, a turn for the grown-up comes between the help card and the end', () => {
    const together = (state: RunnerState, ...actions: RunnerAction[]) =>
      actions.reduce((s, a) => runnerReducer(scenario, s, a, { grownUpTurn: true }), state);
    const help = run(startScenario(scenario), next, next, choose('check'), next, next, choose('block-tell'), next, ...reportAndBlock, next);
    expect(help.phase).toBe('help');
    const grownUp = together(help, next);
    expect(grownUp.phase).toBe('grownUp');
    expect(together(grownUp, choose('check'))).toBe(grownUp);
    expect(together(grownUp, next).phase).toBe('done');
    expect(together(grownUp, { type: 'back' }).phase).toBe('help');
  });

  it('ignores actions that do not fit the phase, and unknown choices', () => {
    const s = startScenario(scenario);
    expect(run(s, choose('accept'))).toBe(s);
    const choosing = run(s, next, next);
    expect(run(choosing, next)).toBe(choosing);
    expect(run(choosing, choose('no-such-choice'))).toBe(choosing);
    const done = run(choosing, choose('check'), next, next, choose('block-tell'), next, ...reportAndBlock, next, next);
    expect(done.phase).toBe('done');
    expect(run(done, next)).toBe(done);
  });

  it('restarts from the beginning', () => {
    const s = run(startScenario(scenario), next, next, choose('check'), next);
    expect(run(s, { type: 'restart' })).toEqual(startScenario(scenario));
  });

  it('resumes at a saved step, and at the start if that step is gone', () => {
    expect(startScenario(scenario, 'secret').stepId).toBe('secret');
    expect(startScenario(scenario, 'removed-step').stepId).toBe('request');
  });

  it('lets the mascot follow the story', () => {
    const s = startScenario(scenario);
    expect(mascotMood(scenario, s)).toBe('talking');
    expect(mascotMood(scenario, run(s, next, next))).toBe('thinking');
    expect(mascotMood(scenario, run(s, next, next, choose('accept')))).toBe('concerned');
    expect(mascotMood(scenario, run(s, next, next, choose('check')))).toBe('happy');
  });
});

describe('stepping back (class mode)', () => {
  it('goes back one screen at a time, across steps', () => {
    let s = run(startScenario(scenario), next, next, choose('check'), next);
    expect(s).toMatchObject({ stepId: 'secret', phase: 'intro', line: 0 });
    s = run(s, { type: 'back' });
    expect(s).toMatchObject({ stepId: 'request', phase: 'choose' });
    s = run(s, { type: 'back' });
    expect(s).toMatchObject({ stepId: 'request', phase: 'intro', line: 1 });
    s = run(s, { type: 'back' }, { type: 'back' });
    expect(s).toMatchObject({ stepId: 'request', phase: 'intro', line: 0 });
  });

  it('steps back from an outcome, the key message, help and the end', () => {
    const outcome = run(startScenario(scenario), next, next, choose('accept'));
    expect(run(outcome, { type: 'back' })).toMatchObject({ phase: 'choose', choiceId: null });
    const done = run(
      startScenario(scenario),
      next,
      next,
      choose('check'),
      next,
      next,
      choose('block-tell'),
      next,
      ...reportAndBlock,
      next,
      next,
    );
    expect(done.phase).toBe('done');
    expect(run(done, { type: 'back' }).phase).toBe('help');
    expect(run(done, { type: 'back' }, { type: 'back' }).phase).toBe('keyMessage');
    // From the key message back into the last step's own part: the pretend app, fresh.
    const practising = run(done, { type: 'back' }, { type: 'back' }, { type: 'back' });
    expect(practising).toMatchObject({
      phase: 'practice',
      stepId: 'report',
      practice: { lessSafe: null, task: { stage: 'chat', reported: false } },
    });
    // Back from the app: its line; back again: the choices of the step before.
    expect(run(practising, { type: 'back' })).toMatchObject({ phase: 'intro', stepId: 'report', line: 0 });
    expect(run(practising, { type: 'back' }).practice).toBeUndefined();
    expect(run(practising, { type: 'back' }, { type: 'back' })).toMatchObject({ phase: 'choose', stepId: 'secret' });
  });
});

describe('a practice step (the pretend chat after the safe choice at "secret")', () => {
  const atPractice = () => run(startScenario(scenario, 'report'), next);

  it('opens the pretend app after its line, with the task from the start', () => {
    expect(startScenario(scenario, 'report')).toMatchObject({ stepId: 'report', phase: 'intro' });
    expect(atPractice()).toMatchObject({
      phase: 'practice',
      practice: { lessSafe: null, task: { stage: 'chat', reported: false, blocked: false } },
    });
  });

  it('hands the app’s actions to the task, and ignores choices and "next" until the task is done', () => {
    const s = atPractice();
    expect(run(s, inApp({ type: 'openMenu' })).practice?.task).toMatchObject({ stage: 'menu' });
    expect(run(s, next)).toBe(s);
    expect(run(s, choose('block-tell'))).toBe(s);
    expect(run(s, inApp({ type: 'sendReport' }))).toBe(s);
  });

  it('lets a less safe action play out and waits for the child to rewind to just before it', () => {
    const menuClosed = atPractice();
    const playing = run(menuClosed, inApp({ type: 'reply' }));
    expect(playing).toMatchObject({ phase: 'practice', tried: ['reply'], practice: { lessSafe: 'reply' } });
    expect(mascotMood(scenario, playing)).toBe('concerned');
    // Nothing else happens during the beat: no timer, no other button.
    expect(run(playing, next)).toBe(playing);
    expect(run(playing, inApp({ type: 'openMenu' }))).toBe(playing);
    const rewound = run(playing, { type: 'rewind' });
    expect(rewound.practice).toEqual(menuClosed.practice);
    expect(rewound.tried).toEqual(['reply']);
    // Back does the same as the rewind button.
    expect(run(playing, { type: 'back' }).practice).toEqual(menuClosed.practice);
  });

  it('shows well done once reported and blocked, then goes on to the key message', () => {
    const done = run(atPractice(), ...reportAndBlock.slice(1, -1));
    expect(done).toMatchObject({ phase: 'practice', practice: { task: { reported: true, blocked: true } } });
    expect(mascotMood(scenario, done)).toBe('happy');
    expect(run(done, inApp({ type: 'reply' }))).toBe(done);
    const after = run(done, next);
    expect(after).toMatchObject({ phase: 'keyMessage', stepId: 'report' });
    expect(after.practice).toBeUndefined();
  });

  it('starts the app afresh on restart', () => {
    const s = run(atPractice(), inApp({ type: 'openMenu' }), { type: 'restart' });
    expect(s).toEqual(startScenario(scenario));
  });
});
