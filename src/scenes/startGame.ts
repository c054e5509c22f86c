/**
 * Starts Phaser behind the DOM layer. Loaded with a dynamic import so the
 * title screen never waits for the engine.
 */
import * as Phaser from 'phaser';
import type { GameStore } from '../state/gameStore';
import type { Session } from '../state/session';
import type { StageStore } from '../state/stage';
import { markSceneReady } from '../testHook';
import { StageScene } from './StageScene';

export interface StartOptions {
  session: Session;
  game: GameStore;
  stage: StageStore;
  parent: string;
  allWorldsOpen: boolean;
}

/**
 * Computers without a usable GPU draw WebGL in software (SwiftShader, llvmpipe), where
 * multisampled edges cost two to three times the frame time (measured: 50 ms frames against
 * 17 ms on the map). There smooth frames matter more than smooth edges.
 */
export function drawnInSoftware(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    const renderer = info ? String(gl!.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(renderer);
  } catch {
    return false;
  }
}

/** Capped at 3: beyond that the eye sees no difference and weak GPUs pay for it. */
export const dpr = () => Math.min(3, Math.max(1, window.devicePixelRatio || 1));

export function startGame({ session, game, stage, parent, allWorldsOpen }: StartOptions): Promise<Phaser.Game> {
  return new Promise((resolve) => {
    const scene = new StageScene({
      stage,
      session,
      game,
      allWorldsOpen,
      onReady: () => {
        session.setEngine('ready');
        markSceneReady(
          () => ({
            textures: phaser.textures.getTextureKeys().length,
            scenes: phaser.scene.getScenes(false).length,
            gameObjects: phaser.scene.getScenes(false).reduce((n, sc) => n + sc.children.length, 0),
            places: scene.placesForTests(),
            resting: !phaser.loop.running,
          }),
          () => scene.actForTests(),
        );
        performance.mark('tiko:scene-ready');
        resolve(phaser);
      },
    });
    addEventListener('resize', () => {
      phaser.scale.setZoom(1 / dpr());
      phaser.scale.resize(innerWidth * dpr(), innerHeight * dpr());
      // Phaser leaves the canvas's CSS size as it was when the new size equals the buffer size
      // (zoom 1), so after narrow-then-wide the picture stayed squeezed: set it every time.
      phaser.canvas.style.width = `${innerWidth}px`;
      phaser.canvas.style.height = `${innerHeight}px`;
    });
    const phaser = new Phaser.Game({
      type: Phaser.AUTO,
      parent,
      backgroundColor: '#dff1ff',
      banner: false,
      // Howler owns sound; two audio contexts would fight over the device.
      audio: { noAudio: true },
      // Crisp on every screen: the canvas has one pixel per device pixel, shown at CSS size
      // (zoom 1/dpr); the stage camera zooms back by dpr, so scenes draw in CSS pixels.
      scale: { mode: Phaser.Scale.NONE, width: innerWidth * dpr(), height: innerHeight * dpr(), zoom: 1 / dpr() },
      render: { antialias: true, antialiasGL: !drawnInSoftware() },
      // The scenes move gently; 30 frames a second is smooth here and spares weak laptops' batteries.
      fps: { target: 30, limit: 30 },
      scene,
    });
  });
}
