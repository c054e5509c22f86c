/**
 * What Tiko acts out on a kiosk's attract screen: ten seconds of one story, beat by beat, from
 * the friend request to Maya's proud ending. Each beat is a moment of the story's picture table.
 */
import type { Mood } from '../content/types';
import type { StoryMoment } from './storyPictures';

export interface ActBeat extends StoryMoment {
  mood: Mood;
}

export const ATTRACT_ACT: { family: 'contact'; scenarioId: string; beatMs: number; beats: readonly ActBeat[] } = {
  family: 'contact',
  scenarioId: 'contact-friend-request',
  beatMs: 2000,
  beats: [
    { stepId: 'request', phase: 'scene', mood: 'talking' },
    { stepId: 'request', phase: 'outcome', choiceId: 'check', mood: 'happy' },
    { stepId: 'secret', phase: 'scene', mood: 'thinking' },
    { stepId: 'secret', phase: 'outcome', choiceId: 'block-tell', mood: 'happy' },
    { stepId: 'secret', phase: 'end', mood: 'waving' },
  ],
};

/**
 * The beat on show `step` beats into a take: the act plays once and holds its happy ending until
 * the next round; where motion is reduced only the ending shows, standing still.
 */
export function actBeatAt(step: number, reduced: boolean): ActBeat {
  const { beats } = ATTRACT_ACT;
  return beats[reduced ? beats.length - 1 : Math.max(0, Math.min(step, beats.length - 1))]!;
}
