/**
 * Kinds of scenario step. The runner owns lines, key message, help, back and
 * restart; a kind owns what happens between a step's lines and the next step.
 *
 * Adding a practice task (a new thing to do in a pretend app):
 * - `src/content/types.ts`: its task type, added to `PracticeTask`;
 * - `src/engine/steps/tasks/<task>.ts`: its pure rules (`TaskRules`), listed in `tasks/index.ts`;
 * - `src/ui/steps/<task>View.ts`: its pretend app (`TaskView`), listed in `ui/steps/practiceView.ts`;
 * - the e2e helper `practise()` in `tests/e2e/support/play.ts` and the task's words in
 *   `taskTextKeys()` of `tests/unit/content.test.ts` (both switch over every task);
 * - its generic app words under `practice.` in `locales/<lang>/common.json`.
 * The record types and exhaustive switches make a forgotten place a type error.
 */
import type { ChooseStep, Step, StepKindName } from '../../content/types';
import { choose } from './choose';
import { practice } from './practice';
import type { StepKind } from './stepKind';

export type { Leave, StepKind } from './stepKind';
export { practiceDone, type PracticeRun } from './practice';
export { safePath, taskRules, type PracticeAction, type TaskState } from './tasks';

/** One entry per kind of step: the record type makes a forgotten kind a type error. */
const KINDS: { [K in StepKindName]: StepKind<Extract<Step, { kind?: K }>> } = { choose, practice };

export function stepKindName(step: Step): StepKindName {
  return step.kind ?? 'choose';
}

export function isChooseStep(step: Step): step is ChooseStep {
  return stepKindName(step) === 'choose';
}

/** The rules of a step's kind; each kind only ever sees its own steps. */
export function stepKindOf(step: Step): StepKind<Step> {
  return KINDS[stepKindName(step)] as StepKind<Step>;
}
