import type { PracticeTask, PracticeTaskName } from '../../../content/types';
import { breakReminder, type BreakReminderAction, type BreakReminderState } from './breakReminder';
import { chatReportBlock, type ChatReportBlockAction, type ChatReportBlockState } from './chatReportBlock';
import { evidenceBlock, type EvidenceBlockAction, type EvidenceBlockState } from './evidenceBlock';
import { passphrase, type PassphraseAction, type PassphraseState } from './passphrase';
import { phraseTiles, type PhraseTilesAction, type PhraseTilesState } from './phraseTiles';
import { postDraft, type PostDraftAction, type PostDraftState } from './postDraft';
import { spotClues, type SpotCluesAction, type SpotCluesState } from './spotClues';
import { videoReport, type VideoReportAction, type VideoReportState } from './videoReport';
import { fakeLogin, type FakeLoginAction, type FakeLoginState } from './fakeLogin';
import { permissions, type PermissionsAction, type PermissionsState } from './permissions';
import { popupClose, type PopupCloseAction, type PopupCloseState } from './popupClose';
import { shopOffer, type ShopOfferAction, type ShopOfferState } from './shopOffer';
import { sayNoTiles, type SayNoTilesAction, type SayNoTilesState } from './sayNoTiles';
import { settings, type SettingsAction, type SettingsState } from './settings';
import { tellGrownUp, type TellGrownUpAction, type TellGrownUpState } from './tellGrownUp';
import { voiceChat, type VoiceChatAction, type VoiceChatState } from './voiceChat';
import type { TaskRules } from './taskRules';
import { termsAgree, type TermsAgreeAction, type TermsAgreeState } from './termsAgree';

export type { LessSafe, TaskRules } from './taskRules';

/** Every task's state and actions; a new task adds its own here. */
export type TaskState =
  | ChatReportBlockState
  | EvidenceBlockState
  | PhraseTilesState
  | PassphraseState
  | PostDraftState
  | BreakReminderState
  | SpotCluesState
  | VideoReportState
  | PopupCloseState
  | PermissionsState
  | FakeLoginState
  | ShopOfferState
  | TermsAgreeState
  | SayNoTilesState
  | TellGrownUpState
  | SettingsState
  | VoiceChatState;
export type PracticeAction =
  | ChatReportBlockAction
  | EvidenceBlockAction
  | PhraseTilesAction
  | PassphraseAction
  | PostDraftAction
  | BreakReminderAction
  | SpotCluesAction
  | VideoReportAction
  | PopupCloseAction
  | PermissionsAction
  | FakeLoginAction
  | ShopOfferAction
  | TermsAgreeAction
  | SayNoTilesAction
  | TellGrownUpAction
  | SettingsAction
  | VoiceChatAction;

type AnyTaskRules = TaskRules<PracticeTask, TaskState, PracticeAction>;

/** One entry per task: the record type makes a forgotten task a type error. */
const RULES: Record<PracticeTaskName, AnyTaskRules> = {
  'chat-report-block': chatReportBlock as AnyTaskRules,
  'evidence-block': evidenceBlock as AnyTaskRules,
  'phrase-tiles': phraseTiles as AnyTaskRules,
  passphrase: passphrase as AnyTaskRules,
  'post-draft': postDraft as AnyTaskRules,
  'break-reminder': breakReminder as AnyTaskRules,
  'spot-clues': spotClues as AnyTaskRules,
  'video-report': videoReport as AnyTaskRules,
  'popup-close': popupClose as AnyTaskRules,
  permissions: permissions as AnyTaskRules,
  'fake-login': fakeLogin as AnyTaskRules,
  'shop-offer': shopOffer as AnyTaskRules,
  'terms-agree': termsAgree as AnyTaskRules,
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
