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
  /** The arm's turn to point at something, or null for its own pose. */
  private pointing: number | null = null;
  private placed = '';
  private walk?: Phaser.Tweens.Tween;
  /** Where Tiko stands or is walking to. */
  private standX = 0;

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
    const cheering = mood === 'waving' || mood === 'happy';
    this.armWave.rotation = cheering ? -0.35 : (this.pointing ?? 0);
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

  /**
   * Stands Tiko at x (its feet on y). With `walk`, and where motion is not reduced, Tiko walks
   * there from where it stood, with a bounce in its step; otherwise it is simply there.
   */
  place(x: number, y: number, height: number, facingLeft: boolean, walk = false): void {
    const scale = height / TIKO_SIZE.height;
    const where = `${x}|${y}|${scale}|${facingLeft}`;
    if (where === this.placed) return;
    const sameSize = this.placed.endsWith(`|${scale}|${facingLeft}`) && this.container.visible;
    this.placed = where;
    this.stopMotion();
    this.walk?.remove();
    const from = this.container.x;
    this.standX = x;
    this.container.setPosition(x, y).setScale(facingLeft ? -scale : scale, scale);
    if (walk && sameSize && !this.reducedMotion && Math.abs(from - x) > 2) {
      this.container.x = from;
      this.walk = this.scene.tweens.add({
        targets: this.container,
        x,
        duration: Math.min(900, 250 + Math.abs(from - x) * 1.5),
        ease: 'Sine.easeInOut',
      });
    }
    this.setMood(this.mood, true);
  }

  /**
   * Points the raised arm at a point of the stage (null: the arm's own pose). The arm turns
   * about its shoulder, mirrored with Tiko when it faces the other way.
   */
  pointAt(target: { x: number; y: number } | null): void {
    let turn: number | null = null;
    if (target) {
      const sx = this.container.scaleX;
      const sy = this.container.scaleY;
      const shoulder = TIKO_ARMS.waving.shoulder;
      const hand = [144, 62];
      // The target in Tiko's own units, from the shoulder.
      const dx = (target.x - this.standX) / sx - (shoulder[0] - TIKO_FEET[0]);
      const dy = (target.y - this.container.y) / sy - (shoulder[1] - TIKO_FEET[1]);
      const rest = Math.atan2(hand[1]! - shoulder[1], hand[0]! - shoulder[0]);
      // Never behind Tiko's back or down at its feet: the arm reaches forward and up.
      turn = Math.max(-0.4, Math.min(1.9, Math.atan2(dy, dx) - rest));
    }
    if (turn === this.pointing) return;
    this.pointing = turn;
    this.setMood(this.mood, true);
  }

  /** A few happy hops (none where motion is reduced): the story went well. */
  cheer(): void {
    if (this.reducedMotion) return;
    this.tweens.push(
      this.scene.tweens.add({
        targets: this.container,
        y: this.container.y - this.container.scaleY * 26,
        duration: 220,
        yoyo: true,
        repeat: 2,
        ease: 'Quad.easeOut',
      }),
    );
  }

  setVisible(visible: boolean): void {
    this.container.setVisible(visible);
  }

  private redrawFace(): void {
    this.face.clear();
    paintShapes(this.face, tikoFace(this.mood, { eyesClosed: this.eyesClosed, mouthOpen: this.mouthOpen }), TIKO_FEET);
  }
}
