/**
 * Decides what is heard from what happens: music is what the current screen's
 * entry published on the stage, effects follow the story. Every sound has a
 * visual counterpart on screen already (the outcome card, the badge), so sound
 * off loses nothing.
 */
import { miniGameCue } from '../engine/miniGame';
import type { GameStore } from '../state/gameStore';
import type { Session, SessionState } from '../state/session';
import type { StageStore } from '../state/stage';
import type { Effect, GameAudio } from './audio';

function effectFor(s: SessionState, prev: SessionState, session: Session): Effect | null {
  if (s.screen === 'reward' && prev.screen !== 'reward') return 'badge';
  const cue = s.game !== prev.game ? miniGameCue(prev.game, s.game) : null;
  if (cue) return cue;
  const r = s.runner;
  if (r?.phase === 'outcome' && prev.runner?.phase === 'choose') {
    const choice = session.scenario()?.steps.find((st) => st.id === r.stepId)?.choices.find((c) => c.id === r.choiceId);
    return choice?.kind === 'safe' ? 'good' : 'think-again';
  }
  return null;
}

export function directSound(audio: GameAudio, session: Session, game: GameStore, stage: StageStore, root: HTMLElement): () => void {
  const applySettings = () => {
    const { sound, musicVolume, effectsVolume } = game.getState().settings;
    audio.apply({ sound, musicVolume, effectsVolume });
  };
  applySettings();
  audio.music(stage.getState().music);

  const offGame = game.subscribe((s, prev) => {
    if (s.settings !== prev.settings) applySettings();
  });
  const offStage = stage.subscribe((s, prev) => {
    if (s.music !== prev.music) audio.music(s.music);
  });
  const offSession = session.subscribe((s, prev) => {
    const effect = effectFor(s, prev, session);
    if (effect) audio.play(effect);
  });
  // A soft tap for every button, except choices, which get their own answer.
  const onClick = (event: Event) => {
    const button = (event.target as Element | null)?.closest?.('button');
    if (button && !button.hasAttribute('data-choice')) audio.play('tap');
  };
  root.addEventListener('click', onClick);
  return () => {
    offGame();
    offSession();
    offStage();
    root.removeEventListener('click', onClick);
  };
}
