import type { Step, StepKindName } from '../../content';
import { stepKindName } from '../../engine/steps';
import { chooseView } from './chooseView';
import { practiceView } from './practiceView';
import type { StepView } from './stepView';

export type { StepView } from './stepView';

/** One view per kind of step: the record type makes a forgotten kind a type error. */
const VIEWS: { [K in StepKindName]: StepView<Extract<Step, { kind?: K }>> } = { choose: chooseView, practice: practiceView };

export function stepViewOf(step: Step): StepView<Step> {
  return VIEWS[stepKindName(step)] as StepView<Step>;
}
