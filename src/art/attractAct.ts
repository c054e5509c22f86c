/**
 * What Tiko acts out on a kiosk's attract screen: ten seconds of one story, beat by beat, from
 * the friend request to Maya's proud ending. Each beat is a moment of the story's picture table.
 */
import type { Mood } from '../content/types';
import type { StoryMoment } from './storyPictures';

export interface ActBeat extends StoryMoment {
  mood: Mood;
}

export const ATTRACT_ACT: {
  family: 'contact';
  scenarioId: string;
  beatMs: number;
  beats: readonly ActBeat[];
  /** The pose held after the act and shown alone where motion is reduced. */
  still: number;
} = {
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
  still: 3,
};

/**
 * The beat on show `step` beats into a take: the act plays once, then Tiko stands beside the
 * happy outcome until the next round (the ending's cheer, in front of the picture, would hide it);
 * where motion is reduced only that still pose shows.
 */
export function actBeatAt(step: number, reduced: boolean): ActBeat {
  const { beats, still } = ATTRACT_ACT;
  return beats[reduced || step >= beats.length ? still : Math.max(0, step)]!;
}
