import type { ChooseStep, Step, StepKindName } from '../../content/types';
import { choose } from './choose';
import { practice } from './practice';
import type { StepKind } from './stepKind';

export type { Leave, StepKind } from './stepKind';
export { practiceDone, type PracticeRun } from './practice';
export { taskRules, type PracticeAction, type TaskState } from './tasks';

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
