/**
 * Loaded on the child's first tap or key press: browsers only let sound start
 * after one, and the first screen should not wait for Howler.
 */
import { Howl, Howler } from 'howler';
import type { GameStore } from '../state/gameStore';
import type { Session } from '../state/session';
import type { StageStore } from '../state/stage';
import { createAudio, type GameAudio } from './audio';
import { directSound } from './soundDirector';
import { soundSources } from './sources';

export function startAudio(session: Session, game: GameStore, stage: StageStore, root: HTMLElement): GameAudio {
  const audio = createAudio({ Howl, Howler }, soundSources);
  directSound(audio, session, game, stage, root);
  return audio;
}
