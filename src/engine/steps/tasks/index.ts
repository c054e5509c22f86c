import type { PracticeTask, PracticeTaskName } from '../../../content/types';
import { chatReportBlock, type ChatReportBlockAction, type ChatReportBlockState } from './chatReportBlock';
import type { TaskRules } from './taskRules';

export type { LessSafe, TaskRules } from './taskRules';

/** Every task's state and actions; a new task adds its own here. */
export type TaskState = ChatReportBlockState;
export type PracticeAction = ChatReportBlockAction;

type AnyTaskRules = TaskRules<PracticeTask, TaskState, PracticeAction>;

/** One entry per task: the record type makes a forgotten task a type error. */
const RULES: Record<PracticeTaskName, AnyTaskRules> = {
  'chat-report-block': chatReportBlock as AnyTaskRules,
};

export function taskRules(task: PracticeTask): AnyTaskRules {
  return RULES[task.task];
}
