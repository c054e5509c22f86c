import { END, type ChooseStep } from '../../content/types';
import type { StepKind } from './stepKind';

/**
 * A choice among a few answers. A think-again choice shows its honest
 * consequence and brings the same choices back; a safe one moves the story on.
 */
export const choose: StepKind<ChooseStep> = {
  enter: (_step, state) => ({ ...state, phase: 'choose', choiceId: null }),

  act(step, state, action) {
    if (state.phase === 'choose') {
      if (action.type !== 'choose') return state;
      const choice = step.choices.find((c) => c.id === action.choiceId);
      if (!choice) return state;
      const tried = choice.kind === 'think-again' && !state.tried.includes(choice.id) ? [...state.tried, choice.id] : state.tried;
      return { ...state, phase: 'outcome', choiceId: choice.id, tried };
    }
    if (state.phase !== 'outcome' || action.type !== 'next') return state;
    const choice = step.choices.find((c) => c.id === state.choiceId);
    if (!choice || choice.kind === 'think-again') return { ...state, phase: 'choose', choiceId: null };
    return { leave: choice.next ?? END };
  },

  back: (_step, state) => (state.phase === 'outcome' ? { ...state, phase: 'choose', choiceId: null } : null),

  nextSteps: (step) => step.choices.filter((c) => c.kind === 'safe').map((c) => c.next ?? END),

  mood: (step, state) => (state.phase === 'outcome' ? (step.choices.find((c) => c.id === state.choiceId)?.mood ?? 'thinking') : 'thinking'),
};
