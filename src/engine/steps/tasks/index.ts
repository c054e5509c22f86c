import type { PracticeTask, PracticeTaskName } from '../../../content/types';
import { chatReportBlock, type ChatReportBlockAction, type ChatReportBlockState } from './chatReportBlock';
import { sayNoTiles, type SayNoTilesAction, type SayNoTilesState } from './sayNoTiles';
import { settings, type SettingsAction, type SettingsState } from './settings';
import { tellGrownUp, type TellGrownUpAction, type TellGrownUpState } from './tellGrownUp';
import { voiceChat, type VoiceChatAction, type VoiceChatState } from './voiceChat';
import type { TaskRules } from './taskRules';

export type { LessSafe, TaskRules } from './taskRules';

/** Every task's state and actions; a new task adds its own here. */
export type TaskState = ChatReportBlockState | SayNoTilesState | TellGrownUpState | SettingsState | VoiceChatState;
export type PracticeAction = ChatReportBlockAction | SayNoTilesAction | TellGrownUpAction | SettingsAction | VoiceChatAction;

type AnyTaskRules = TaskRules<PracticeTask, TaskState, PracticeAction>;

/** One entry per task: the record type makes a forgotten task a type error. */
const RULES: Record<PracticeTaskName, AnyTaskRules> = {
  'chat-report-block': chatReportBlock as AnyTaskRules,
  'say-no-tiles': sayNoTiles as AnyTaskRules,
  'tell-grown-up': tellGrownUp as AnyTaskRules,
  settings: settings as AnyTaskRules,
  'voice-chat': voiceChat as AnyTaskRules,
};

export function taskRules(task: PracticeTask): AnyTaskRules {
  return RULES[task.task];
}

/**
 * The fewest safe actions from `from` to the task done, found by trying what the app offers:
 * the answer key a teacher's notes, a walkthrough or a test can read, for any task.
 */
export function safePath(task: PracticeTask, from: TaskState = taskRules(task).start(task)): PracticeAction[] {
  const rules = taskRules(task);
  const seen = new Set([JSON.stringify(from)]);
  let frontier: { state: TaskState; path: PracticeAction[] }[] = [{ state: from, path: [] }];
  while (frontier.length) {
    const next: typeof frontier = [];
    for (const { state, path } of frontier) {
      if (rules.done(task, state)) return path;
      for (const action of rules.actions(task, state)) {
        const result = rules.reduce(task, state, action);
        if ('lessSafe' in result) continue;
        const key = JSON.stringify(result);
        if (seen.has(key)) continue;
        seen.add(key);
        next.push({ state: result, path: [...path, action] });
      }
    }
    frontier = next;
  }
  throw new Error(`The ${task.task} task cannot be finished`);
}
