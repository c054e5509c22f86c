/**
 * What a class votes on before the teacher does a practice step in the pretend app:
 * one entry per task that has a vote. A task without an entry gets "think, then the
 * class tells the teacher what to press" (classroom.ts), so a new task never breaks.
 */
import type { PracticeStep, PracticeTaskName } from '../../content';
import type { UiContext } from '../context';

export interface ClassVoteChoice {
  id: string;
  label: string;
  safe: boolean;
}

type PracticeVote = (ctx: UiContext, step: PracticeStep) => ClassVoteChoice[];

const PRACTICE_VOTES: Partial<Record<PracticeTaskName, PracticeVote>> = {
  'chat-report-block': (ctx, step) => {
    const { t } = ctx.i18n;
    const task = step.task;
    if (task.task !== 'chat-report-block') return [];
    return [
      { id: 'reply', label: t('classPlus.practice.reply', { text: t(task.reply.text) }), safe: false },
      { id: 'report-block', label: t(task.instruction), safe: true },
      { id: 'close', label: t('classPlus.practice.closeQuietly'), safe: false },
    ];
  },
};

export function practiceVoteChoices(ctx: UiContext, step: PracticeStep): ClassVoteChoice[] | null {
  return PRACTICE_VOTES[step.task.task]?.(ctx, step) ?? null;
}
