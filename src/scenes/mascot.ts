/**
 * Tiko on the stage, painted from its one description (art/tiko.ts), the same
 * figure as assets/mascot.svg (used before the engine loads), with moods, a
 * blink, a talking mouth and a waving arm. The container's origin is between
 * Tiko's feet, so it stands wherever it is placed.
 */
import type * as Phaser from 'phaser';
import type { Mood } from '../content/types';
import { TIKO_ARMS, TIKO_BODY, TIKO_FEET, TIKO_LEGS, TIKO_SIZE, tikoFace, type Arm } from '../art/tiko';
import { paintShapes } from './paintShapes';

export class Mascot {
  readonly container: Phaser.GameObjects.Container;
  private readonly face: Phaser.GameObjects.Graphics;
  private readonly armWave: Phaser.GameObjects.Graphics;
  private mood: Mood = 'idle';
  private mouthOpen = false;
  private eyesClosed = false;
  private reducedMotion = false;
  private settled = false;
  private readonly timers: Phaser.Time.TimerEvent[] = [];
  private readonly tweens: Phaser.Tweens.Tween[] = [];

  constructor(private readonly scene: Phaser.Scene) {
    const part = (shapes: Parameters<typeof paintShapes>[1]) => {
      const g = scene.add.graphics();
      paintShapes(g, shapes, TIKO_FEET);
      return g;
    };
    const arm = ({ shoulder, shapes }: Arm) => {
      // Placed at the shoulder, so turning the graphic swings the arm about it.
      const g = scene.add.graphics({ x: shoulder[0] - TIKO_FEET[0], y: shoulder[1] - TIKO_FEET[1] });
      paintShapes(g, shapes, shoulder);
      return g;
    };
    this.armWave = arm(TIKO_ARMS.waving);
    this.face = scene.add.graphics();
    this.container = scene.add.container(0, 0, [part(TIKO_LEGS), arm(TIKO_ARMS.resting), this.armWave, part(TIKO_BODY), this.face]);
    this.redrawFace();
  }

  setReducedMotion(reduced: boolean): void {
    if (this.reducedMotion === reduced) return;
    this.reducedMotion = reduced;
    this.setMood(this.mood, true);
  }

  setMood(mood: Mood, force = false): void {
    if (mood === this.mood && !force && !this.settled) return;
    this.mood = mood;
    this.settled = false;
    this.stopMotion();
    this.mouthOpen = false;
    this.eyesClosed = false;
    this.armWave.rotation = mood === 'waving' || mood === 'happy' ? -0.35 : 0;
    this.redrawFace();
    if (this.reducedMotion) return; // still poses only

    this.tweens.push(
      this.scene.tweens.add({
        targets: this.container,
        y: this.container.y - 4,
        duration: 1400,
        yoyo: true,
        repeat: -1,
        ease: 'Sine.easeInOut',
      }),
    );
    this.timers.push(
      this.scene.time.addEvent({
        delay: 3200,
        loop: true,
        callback: () => {
          this.eyesClosed = true;
          this.redrawFace();
          this.scene.time.delayedCall(140, () => {
            this.eyesClosed = false;
            this.redrawFace();
          });
        },
      }),
    );
    if (mood === 'talking') {
      // Talks for as long as a child takes to read a short line, then listens.
      this.timers.push(
        this.scene.time.addEvent({
          delay: 170,
          repeat: 12,
          callback: () => {
            this.mouthOpen = !this.mouthOpen;
            this.redrawFace();
          },
        }),
      );
    }
    if (mood === 'waving' || mood === 'happy') {
      this.tweens.push(
        this.scene.tweens.add({
          targets: this.armWave,
          rotation: { from: -0.7, to: 0.1 },
          duration: 320,
          yoyo: true,
          repeat: mood === 'happy' ? 2 : -1,
        }),
      );
    }
  }

  /** Tiko stands still in its current pose (the stage is about to rest); the next mood wakes it. */
  settle(): void {
    this.stopMotion();
    this.mouthOpen = false;
    this.eyesClosed = false;
    this.redrawFace();
    this.settled = true;
  }

  private stopMotion(): void {
    this.timers.splice(0).forEach((t) => t.remove(false));
    this.tweens.splice(0).forEach((t) => t.remove());
  }

  place(x: number, y: number, height: number, facingLeft: boolean): void {
    const scale = height / TIKO_SIZE.height;
    this.stopMotion();
    this.container.setPosition(x, y).setScale(facingLeft ? -scale : scale, scale);
    this.setMood(this.mood, true);
  }

  setVisible(visible: boolean): void {
    this.container.setVisible(visible);
  }

  private redrawFace(): void {
    this.face.clear();
    paintShapes(this.face, tikoFace(this.mood, { eyesClosed: this.eyesClosed, mouthOpen: this.mouthOpen }), TIKO_FEET);
  }
}
