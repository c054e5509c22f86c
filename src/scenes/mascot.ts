/**
 * Tiko drawn as vector shapes, so it stays crisp at any size. The same figure
 * as assets/mascot.svg (used before the engine loads). The container's origin
 * is between Tiko's feet, so it stands wherever it is placed.
 */
import * as Phaser from 'phaser';
import type { Mood } from '../content/types';

const INK = 0x1b2a41;
const BODY = 0x2f6fde;
const BODY_EDGE = 0x1d3f8a;
const SCREEN = 0xeaf6ff;
const BAND = 0xff7a45;
const HAND = 0xffd166;
const CHEEK = 0xffb3c1;

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
    const body = scene.add.graphics();
    drawBody(body);
    const armRest = scene.add.graphics({ x: -48, y: -88 });
    drawArm(armRest, -15, 30);
    this.armWave = scene.add.graphics({ x: 48, y: -100 });
    drawArm(this.armWave, 15, -34);
    this.face = scene.add.graphics();
    this.container = scene.add.container(0, 0, [armRest, this.armWave, body, this.face]);
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
      this.scene.tweens.add({ targets: this.container, y: this.container.y - 4, duration: 1400, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' }),
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
        this.scene.tweens.add({ targets: this.armWave, rotation: { from: -0.7, to: 0.1 }, duration: 320, yoyo: true, repeat: mood === 'happy' ? 2 : -1 }),
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
    const scale = height / 200;
    this.stopMotion();
    this.container.setPosition(x, y).setScale(facingLeft ? -scale : scale, scale);
    this.setMood(this.mood, true);
  }

  setVisible(visible: boolean): void {
    this.container.setVisible(visible);
  }

  private redrawFace(): void {
    const g = this.face;
    g.clear();
    const eyeY = -116;
    const mood = this.mood;
    // Eyes
    if (this.eyesClosed || mood === 'happy') {
      g.lineStyle(4, INK, 1);
      for (const x of [-16, 16]) {
        g.beginPath();
        g.arc(x, eyeY + 3, 7, Math.PI * 1.1, Math.PI * 1.9, false);
        g.strokePath();
      }
    } else {
      g.fillStyle(INK, 1);
      g.fillEllipse(-16, eyeY, 14, 18);
      g.fillEllipse(16, eyeY, 14, 18);
      g.fillStyle(0xffffff, 1);
      g.fillCircle(-13.5, eyeY - 3.5, 2.5);
      g.fillCircle(18.5, eyeY - 3.5, 2.5);
    }
    g.lineStyle(3.5, INK, 1);
    if (mood === 'concerned') {
      // Inner ends raised: caring, never scared.
      g.lineBetween(-24, eyeY - 11, -9, eyeY - 16);
      g.lineBetween(9, eyeY - 16, 24, eyeY - 11);
    } else if (mood === 'thinking') {
      // One brow up: wondering.
      g.lineBetween(-24, eyeY - 14, -9, eyeY - 14);
      g.lineBetween(9, eyeY - 19, 24, eyeY - 22);
    }
    // Cheeks
    g.fillStyle(CHEEK, 1);
    g.fillCircle(-26, -98, 6);
    g.fillCircle(26, -98, 6);
    // Mouth
    g.lineStyle(4, INK, 1);
    if (this.mouthOpen || mood === 'happy' || mood === 'waving') {
      g.fillStyle(INK, 1);
      g.beginPath();
      g.arc(0, -96, this.mouthOpen ? 8 : 11, 0, Math.PI, false);
      g.closePath();
      g.fillPath();
    } else if (mood === 'thinking') {
      g.lineBetween(-7, -94, 9, -97);
    } else if (mood === 'concerned') {
      g.beginPath();
      g.arc(0, -86, 9, Math.PI * 1.2, Math.PI * 1.8, false);
      g.strokePath();
    } else {
      g.beginPath();
      g.arc(0, -104, 14, Math.PI * 0.2, Math.PI * 0.8, false);
      g.strokePath();
    }
  }
}

function drawBody(g: Phaser.GameObjects.Graphics): void {
  // Legs and shoes
  g.lineStyle(8, BODY_EDGE, 1);
  g.lineBetween(-16, -32, -18, -14);
  g.lineBetween(16, -32, 18, -14);
  g.fillStyle(BAND, 1);
  g.fillEllipse(-22, -11, 22, 12);
  g.fillEllipse(22, -11, 22, 12);
  // Phone body and screen
  g.fillStyle(BODY, 1);
  g.fillRoundedRect(-50, -182, 100, 154, 24);
  g.lineStyle(4, BODY_EDGE, 1);
  g.strokeRoundedRect(-50, -182, 100, 154, 24);
  g.fillStyle(SCREEN, 1);
  g.fillRoundedRect(-40, -160, 80, 110, 14);
  g.fillStyle(BODY_EDGE, 1);
  g.fillCircle(0, -171, 3);
  g.fillRoundedRect(-10, -43, 20, 5, 2.5);
  // Hero headband with tails
  g.fillStyle(BAND, 1);
  g.fillRect(-50, -159, 100, 10);
  g.fillTriangle(48, -158, 74, -172, 68, -150);
  g.fillStyle(0xff9a6b, 1);
  g.fillTriangle(48, -153, 76, -154, 66, -142);
}

/** An arm from the shoulder (0, 0) to the hand, so rotating the graphic pivots at the shoulder. */
function drawArm(g: Phaser.GameObjects.Graphics, handX: number, handY: number): void {
  g.lineStyle(7, BODY_EDGE, 1);
  g.lineBetween(0, 0, handX * 0.93, handY * 0.9);
  g.fillStyle(BODY_EDGE, 1);
  g.fillCircle(0, 0, 3.5);
  g.fillStyle(HAND, 1);
  g.fillCircle(handX, handY, 7);
}
