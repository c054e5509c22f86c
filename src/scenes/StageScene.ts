/**
 * The one scene of the foundation: a backdrop behind every screen and, during
 * a scenario, the place and the mascot inside the DOM layer's stage slot.
 * It only reads the stores; the DOM layer owns every control.
 */
import * as Phaser from 'phaser';
import { mascotMood } from '../engine/mood';
import type { GameStore } from '../state/gameStore';
import type { Session } from '../state/session';
import { effectiveReducedMotion } from '../ui/app';
import { drawBackdrop, drawSetting, type Rect } from './illustrations';
import { Mascot } from './mascot';

export interface StageDeps {
  session: Session;
  game: GameStore;
  onReady(): void;
}

export class StageScene extends Phaser.Scene {
  private backdrop!: Phaser.GameObjects.Graphics;
  private setting!: Phaser.GameObjects.Graphics;
  private mascot!: Mascot;
  private readonly unsubscribe: (() => void)[] = [];
  private resizeObserver?: ResizeObserver;

  constructor(private readonly deps: StageDeps) {
    super({ key: 'stage' });
  }

  create(): void {
    this.backdrop = this.add.graphics();
    this.setting = this.add.graphics();
    this.mascot = new Mascot(this);

    const redraw = () => this.redraw();
    this.unsubscribe.push(this.deps.session.subscribe(redraw), this.deps.game.subscribe(redraw));
    this.scale.on(Phaser.Scale.Events.RESIZE, redraw);
    // The DOM layer can reflow without a window resize (text size, language).
    const screen = document.getElementById('screen');
    if (screen && typeof ResizeObserver === 'function') {
      this.resizeObserver = new ResizeObserver(redraw);
      this.resizeObserver.observe(screen);
    }
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.unsubscribe.forEach((off) => off());
      this.resizeObserver?.disconnect();
    });
    this.redraw();
    this.deps.onReady();
  }

  private redraw(): void {
    const { width, height } = this.scale;
    drawBackdrop(this.backdrop, width, height);
    this.mascot.setReducedMotion(effectiveReducedMotion(this.deps.game.getState().settings.reducedMotion));

    const { screen, runner } = this.deps.session.getState();
    const scenario = this.deps.session.scenario();
    const stage = document.getElementById('stage');
    if (screen !== 'scenario' || !scenario || !runner || !stage) {
      this.setting.clear();
      this.mascot.setVisible(false);
      return;
    }
    const free = freeArea(stage);
    const rtl = document.documentElement.dir === 'rtl';
    const mascotHeight = Math.max(90, Math.min(free.height * 0.9, 240));
    const mascotWidth = mascotHeight * 0.8;
    const pictureStart = mascotWidth + 8;
    const picture: Rect = {
      x: rtl ? free.x : free.x + pictureStart,
      y: free.y,
      width: Math.max(0, free.width - pictureStart),
      height: free.height,
    };
    drawSetting(this.setting, scenario.setting, picture);
    this.mascot.setVisible(true);
    const mascotX = rtl ? free.x + free.width - mascotWidth / 2 : free.x + mascotWidth / 2;
    this.mascot.place(mascotX, free.y + free.height, mascotHeight, rtl);
    this.mascot.setMood(mascotMood(scenario, runner));
  }
}

/** The part of the stage slot not covered by the DOM situation card. */
function freeArea(stage: HTMLElement): Rect {
  const box = stage.getBoundingClientRect();
  const card = stage.querySelector('.situation')?.getBoundingClientRect();
  const bottom = card && card.height > 0 ? Math.max(box.top + 60, card.top - 8) : box.bottom - 8;
  return { x: box.left + 8, y: box.top + 8, width: box.width - 16, height: Math.max(0, bottom - box.top - 8) };
}
