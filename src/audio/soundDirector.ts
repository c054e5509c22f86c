/**
 * Decides what is heard from what happens: music is what the current screen's
 * entry published on the stage, effects follow the story. Every sound has a
 * visual counterpart on screen already (the outcome card, the badge), so sound
 * off loses nothing.
 */
import { miniGameCue } from '../engine/miniGame';
import { currentChoice } from '../engine/scenarioRunner';
import { practiceDone } from '../engine/steps';
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
    const scenario = session.scenario();
    return scenario && currentChoice(scenario, r)?.kind === 'safe' ? 'good' : 'think-again';
  }
  // A practice step: a less safe action playing out, or the task just done.
  if (r?.practice?.lessSafe && !prev.runner?.practice?.lessSafe) return 'think-again';
  const step = r?.phase === 'practice' ? session.scenario()?.steps.find((st) => st.id === r.stepId) : undefined;
  if (r && step?.kind === 'practice' && practiceDone(step, r)) {
    const before = prev.runner;
    const doneBefore = before?.phase === 'practice' && before.stepId === r.stepId && practiceDone(step, before);
    if (!doneBefore) return 'good';
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
