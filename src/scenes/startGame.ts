/**
 * Starts Phaser behind the DOM layer. Loaded with a dynamic import so the
 * title screen never waits for the engine.
 */
import * as Phaser from 'phaser';
import type { GameStore } from '../state/gameStore';
import type { Session } from '../state/session';
import { markSceneReady } from '../testHook';
import { StageScene } from './StageScene';

export interface StartOptions {
  session: Session;
  game: GameStore;
  parent: string;
  allWorldsOpen: boolean;
}

export function startGame({ session, game, parent, allWorldsOpen }: StartOptions): Promise<Phaser.Game> {
  return new Promise((resolve) => {
    const scene = new StageScene({
      session,
      game,
      allWorldsOpen,
      onReady: () => {
        session.setEngine('ready');
        markSceneReady(() => ({
          textures: phaser.textures.getTextureKeys().length,
          scenes: phaser.scene.getScenes(false).length,
          gameObjects: phaser.scene.getScenes(false).reduce((n, sc) => n + sc.children.length, 0),
        }));
        performance.mark('tiko:scene-ready');
        resolve(phaser);
      },
    });
    const phaser = new Phaser.Game({
      type: Phaser.AUTO,
      parent,
      backgroundColor: '#dff1ff',
      banner: false,
      // Howler owns sound; two audio contexts would fight over the device.
      audio: { noAudio: true },
      scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
      render: { antialias: true },
      // The scenes move gently; 30 frames a second is smooth here and spares weak laptops' batteries.
      fps: { target: 30, limit: 30 },
      scene,
    });
  });
}
