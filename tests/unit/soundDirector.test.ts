import { describe, expect, it, vi } from 'vitest';
import type { GameAudio } from '../../src/audio/audio';
import { directSound } from '../../src/audio/soundDirector';
import { createGameStore } from '../../src/state/gameStore';
import { createSession } from '../../src/state/session';
import { createStageStore, publishStage } from '../../src/state/stage';

const fakeAudio = () =>
  ({
    apply: vi.fn(),
    play: vi.fn(),
    music: vi.fn(),
    jingle: vi.fn(() => 0),
    state: { muted: false, music: null, failed: [], unlocked: true },
  }) satisfies GameAudio;

describe('directSound', () => {
  it('plays the music the current screen published, and changes it only when that changes', () => {
    const game = createGameStore({ storage: null });
    const session = createSession(game);
    const stage = createStageStore();
    publishStage(stage, { music: 'map' });
    const audio = fakeAudio();
    directSound(audio, session, game, stage, new EventTarget() as HTMLElement);
    expect(audio.music).toHaveBeenLastCalledWith('map');
    publishStage(stage, { music: 'contact' });
    expect(audio.music).toHaveBeenLastCalledWith('contact');
    publishStage(stage, { rect: { x: 0, y: 0, width: 10, height: 10 } });
    publishStage(stage, { music: null });
    expect(audio.music.mock.calls).toEqual([['map'], ['contact'], [null]]);
  });

  it('a badge sounds when the reward shows', () => {
    const game = createGameStore({ storage: null });
    const session = createSession(game);
    const audio = fakeAudio();
    directSound(audio, session, game, createStageStore(), new EventTarget() as HTMLElement);
    session.setState({ screen: 'reward', reward: 'contact' });
    expect(audio.play).toHaveBeenCalledWith('badge');
  });
});
