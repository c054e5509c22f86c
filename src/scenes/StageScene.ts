/**
 * The one scene: a backdrop behind every screen and, inside the rectangle the
 * DOM layer publishes, the map, a world's landmark, a scenario's place or a
 * reward, with Tiko beside it. It reads the stage store (and the game store for
 * the map and the settings); the only input it takes is a tap on a map place,
 * which does what the matching DOM button does.
 */
import * as Phaser from 'phaser';
import { WORLDS, findScenario, type RiskFamily } from '../content';
import { storyPicture } from '../art/storyPictures';
import { ATTRACT_ACT, actBeatAt } from '../art/attractAct';
import { worldProgress } from '../engine/progress';
import type { GameStore } from '../state/gameStore';
import type { Session } from '../state/session';
import type { StageStore, StageView } from '../state/stage';
import { effectiveReducedMotion } from '../platform/preferences';
import { MAP_POSITIONS } from '../theme/worlds';
import { WORLD_COLOURS, drawBackdrop, drawLandmark, drawPadlock, drawSetting, drawStar, type Rect } from './illustrations';
import { Mascot } from './mascot';
import { StoryArtLoader } from './storyArtLoader';
import { StoryStage } from './storyStage';

export interface StageDeps {
  stage: StageStore;
  /** Only for a tap on a map place. */
  session: Session;
  game: GameStore;
  allWorldsOpen: boolean;
  onReady(): void;
}

interface PlaceZone {
  family: RiskFamily;
  x: number;
  y: number;
  r: number;
}

/** Long enough to read a line or two while Tiko breathes and blinks; then Tiko stands still. */
const SETTLE_AFTER_MS = 20_000;

const lighten = (colour: number, amount: number) => {
  const c = Phaser.Display.Color.IntegerToColor(colour);
  const mix = (v: number) => Math.round(v + (255 - v) * amount);
  return Phaser.Display.Color.GetColor(mix(c.red), mix(c.green), mix(c.blue));
};

export class StageScene extends Phaser.Scene {
  private backdrop!: Phaser.GameObjects.Graphics;
  private picture!: Phaser.GameObjects.Graphics;
  private mascot!: Mascot;
  private story!: StoryStage;
  private art!: StoryArtLoader;
  private readonly artReady = new Set<RiskFamily>();
  private lastMoment = '';
  /** The attract screen's act: which take (round) plays, its beat, and the timer that moves it on. */
  private actTake = -1;
  private beat = 0;
  private beatTimer?: Phaser.Time.TimerEvent;
  private confetti: Phaser.GameObjects.Rectangle[] = [];
  private zones: PlaceZone[] = [];
  private celebrated = '';
  private lastView: StageView['kind'] | '' = '';
  private pendingRest: 'always' | 'if-still' | null = null;
  private framesSinceChange = 0;
  private settleTimer?: ReturnType<typeof setTimeout>;
  private readonly unsubscribe: (() => void)[] = [];

  constructor(private readonly deps: StageDeps) {
    super({ key: 'stage' });
  }

  create(): void {
    this.backdrop = this.add.graphics();
    this.picture = this.add.graphics();
    this.mascot = new Mascot(this);
    // In front of the story's people when Tiko walks among them.
    this.mascot.container.setDepth(10);
    this.story = new StoryStage(this, this.picture);
    this.art = new StoryArtLoader(this.textures);

    const redraw = () => this.redraw();
    // The DOM layer publishes a new rectangle when it reflows without a window resize (text size, language).
    this.unsubscribe.push(this.deps.stage.subscribe(redraw), this.deps.game.subscribe(redraw));
    this.scale.on(Phaser.Scale.Events.RESIZE, redraw);
    // Phaser wakes its loop when the tab comes back; let the stage decide again whether to rest.
    this.game.events.on(Phaser.Core.Events.VISIBLE, redraw);
    this.input.on(Phaser.Input.Events.POINTER_UP, (pointer: Phaser.Input.Pointer) => this.tap(pointer.worldX, pointer.worldY));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.unsubscribe.forEach((off) => off());
      this.game.events.off(Phaser.Core.Events.POST_RENDER, this.restIfDue, this);
      clearTimeout(this.settleTimer);
      this.stopAct();
      this.game.events.off(Phaser.Core.Events.VISIBLE, redraw);
    });
    this.redraw();
    this.deps.onReady();
  }

  /** The attract act as a test sees it; read-only. */
  actForTests(): { take: number; beat: number; moving: boolean } | null {
    return this.actTake < 0 ? null : { take: this.actTake, beat: this.beat, moving: !!this.beatTimer };
  }

  /** The map's places as a test sees them; read-only. */
  placesForTests(): { family: string; x: number; y: number }[] {
    return this.zones.map(({ family, x, y }) => ({ family, x, y }));
  }

  private tap(x: number, y: number): void {
    const hit = this.zones.find((z) => Math.hypot(z.x - x, z.y - y) <= z.r);
    if (hit) this.deps.session.openWorld(hit.family);
  }

  /**
   * The stage rests when nothing needs to move: the game loop sleeps, so no frame is drawn and
   * no battery or fan is spent on a still picture (on computers without a GPU every frame is
   * drawn by the CPU). Where motion is reduced that is right after each change; otherwise
   * after Tiko has idled for a while, as a child reads. Any change wakes it. Taps on the map
   * still arrive while it sleeps (Phaser handles DOM input events as they come).
   */
  private redraw(): void {
    this.game.loop.wake(true);
    this.draw();
    this.restAfterTwoFrames('if-still');
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.settle(), SETTLE_AFTER_MS);
  }

  /** After a quiet spell Tiko stands still (confetti finishes first), then the loop sleeps. */
  private settle(): void {
    if (this.confetti.some((p) => p.active)) {
      this.settleTimer = setTimeout(() => this.settle(), SETTLE_AFTER_MS);
      return;
    }
    this.mascot.settle();
    this.restAfterTwoFrames('always');
  }

  /**
   * Sleeps the loop two frames from now (one to draw the change, one to be sure it reached the
   * screen): 'always' after Tiko settled, 'if-still' after a change, which sleeps only where
   * motion is reduced and nothing is tweening. A later request replaces an earlier one.
   */
  private restAfterTwoFrames(when: 'always' | 'if-still'): void {
    if (!this.pendingRest) this.game.events.on(Phaser.Core.Events.POST_RENDER, this.restIfDue, this);
    this.pendingRest = when;
    this.framesSinceChange = 0;
  }

  private restIfDue(): void {
    if (++this.framesSinceChange < 2) return;
    this.game.events.off(Phaser.Core.Events.POST_RENDER, this.restIfDue, this);
    const when = this.pendingRest;
    this.pendingRest = null;
    const still = effectiveReducedMotion(this.deps.game.getState().settings.reducedMotion) && this.tweens.getTweens().length === 0;
    if (when === 'always' || still) this.game.loop.sleep();
  }

  private draw(): void {
    // The canvas has device pixels; the camera shows CSS pixels, the DOM layer's units.
    const zoom = this.scale.width / Math.max(1, window.innerWidth);
    this.cameras.main.setOrigin(0, 0).setZoom(zoom);
    const width = this.scale.width / zoom;
    const height = this.scale.height / zoom;
    drawBackdrop(this.backdrop, width, height);
    this.picture.clear();
    this.story.clear();
    this.zones = [];
    const reduced = effectiveReducedMotion(this.deps.game.getState().settings.reducedMotion);
    this.mascot.setReducedMotion(reduced);

    const { view, rect: free, rtl } = this.deps.stage.getState();
    if (view.kind !== this.lastView) {
      // A soft fade between places; none where motion is reduced.
      if (!reduced && this.lastView) this.cameras.main.fadeIn(250, 223, 241, 255);
      this.lastView = view.kind;
    }
    if (view.kind !== 'reward') this.clearConfetti();
    if (view.kind !== 'attract') this.stopAct();
    if (view.kind === 'none' || !free) {
      this.mascot.setVisible(false);
      return;
    }
    // Tiko takes at most about a third of a narrow stage, so the place beside it stays readable.
    // On the attract screen Tiko is the show, seen from across a hall: taller there.
    const tallest = view.kind === 'attract' ? 400 : 240;
    const mascotHeight = Math.max(70, Math.min(free.height * (view.kind === 'attract' ? 0.6 : 0.9), tallest, (free.width * 0.38) / 0.8));
    const mascotWidth = mascotHeight * 0.8;
    const area: Rect = {
      x: rtl ? free.x : free.x + mascotWidth + 8,
      y: free.y,
      width: Math.max(0, free.width - mascotWidth - 8),
      height: free.height,
    };
    this.mascot.setVisible(true);
    const home = rtl ? free.x + free.width - mascotWidth / 2 : free.x + mascotWidth / 2;
    if (view.kind !== 'story') {
      this.mascot.place(home, free.y + free.height, mascotHeight, rtl);
      this.mascot.pointAt(null);
    }
    this.mascot.setMood(view.mood);

    switch (view.kind) {
      case 'map':
        this.drawMap(area, rtl);
        break;
      case 'world':
        this.drawWorld(area, view.family);
        break;
      case 'setting':
        drawSetting(this.picture, view.setting, area);
        break;
      case 'reward':
        this.drawReward(area, view.family, reduced);
        break;
      case 'story':
        this.drawStory(view, free, area, rtl, home, mascotHeight);
        break;
      case 'attract':
        this.drawAttract(view.take, free, area, rtl, home, mascotHeight, reduced);
        break;
      case 'game':
        // Every game type draws its pretend app in the DOM's stage slot.
        break;
      default: {
        const unknown: never = view;
        throw new Error(`The stage cannot draw ${JSON.stringify(unknown)}`);
      }
    }
  }

  /**
   * A moment of a story: its own picture (art/storyPictures.ts), Tiko stepping towards what
   * matters and pointing at it while the scene is set, back for an outcome (hopping after a
   * safe choice), and out in front, cheering, at the end. Practice leaves the stage to the
   * pretend app: Tiko only.
   */
  private drawStory(view: Extract<StageView, { kind: 'story' }>, free: Rect, area: Rect, rtl: boolean, home: number, height: number): void {
    const scenario = findScenario(view.scenarioId);
    const picture = scenario && storyPicture(scenario, { stepId: view.stepId, phase: view.phase, choiceId: view.choiceId });
    const feet = free.y + free.height;
    if (!picture) {
      this.mascot.place(home, feet, height, rtl, true);
      this.mascot.pointAt(null);
      return;
    }
    const { family } = view;
    if (!this.artReady.has(family))
      void this.art.load(family).then(() => {
        this.artReady.add(family);
        const now = this.deps.stage.getState().view;
        if ((now.kind === 'story' && now.family === family) || (now.kind === 'attract' && ATTRACT_ACT.family === family)) this.redraw();
      });
    const focus = this.story.draw(picture, area, rtl, lighten(WORLD_COLOURS[family], 0.86));
    const forward = rtl ? -1 : 1;
    const x =
      view.phase === 'end'
        ? free.x + free.width / 2
        : view.phase === 'scene' && focus
          ? home + forward * Math.min(height * 0.3, area.width * 0.08)
          : home;
    this.mascot.place(x, feet, height, rtl, true);
    this.mascot.pointAt(view.phase === 'scene' ? focus : null);
    const moment = `${view.scenarioId}:${view.stepId}:${view.phase}:${view.choiceId}`;
    if (moment !== this.lastMoment) {
      this.lastMoment = moment;
      if (view.phase === 'end' || (view.phase === 'outcome' && view.mood === 'happy')) this.mascot.cheer();
    }
  }

  /**
   * The kiosk's attract screen: Tiko acts out ten seconds of a story (art/attractAct.ts), a beat
   * every two seconds, once per take (the screen starts one with each round of its languages),
   * then holds its still pose while the stage settles. Where motion is reduced, only that pose
   * shows and no timer runs. The timer goes with the view (stopAct) and the scene.
   */
  private drawAttract(take: number, free: Rect, area: Rect, rtl: boolean, home: number, height: number, reduced: boolean): void {
    const { family, scenarioId, beatMs, beats } = ATTRACT_ACT;
    if (take !== this.actTake) {
      this.stopAct();
      this.actTake = take;
      if (!reduced)
        this.beatTimer = this.time.addEvent({
          delay: beatMs,
          // One tick per beat after the first, and one more to come back to the still pose.
          repeat: beats.length - 1,
          callback: () => {
            this.beat += 1;
            if (this.beat >= beats.length) this.beatTimer = undefined;
            this.draw();
          },
        });
    } else if (reduced && this.beatTimer) {
      this.beatTimer.remove(false);
      this.beatTimer = undefined;
    }
    const { mood, ...moment } = actBeatAt(this.beat, reduced);
    this.mascot.setMood(mood);
    this.drawStory(
      { kind: 'story', family, scenarioId, stepId: moment.stepId, phase: moment.phase, choiceId: moment.choiceId ?? null, mood },
      free,
      area,
      rtl,
      home,
      height,
    );
  }

  private stopAct(): void {
    this.beatTimer?.remove(false);
    this.beatTimer = undefined;
    this.actTake = -1;
    this.beat = 0;
  }

  private drawMap(area: Rect, rtl: boolean): void {
    const progress = worldProgress(WORLDS, this.deps.game.getState().progress.completed, this.deps.allWorldsOpen);
    const size = Math.max(24, Math.min(area.width / 5.5, area.height / 3));
    const points = progress.map((p) => {
      const [fx, fy] = MAP_POSITIONS[p.family];
      return { p, x: area.x + area.width * (rtl ? 1 - fx : fx), y: area.y + area.height * fy };
    });
    // A dotted path from world to world, in the order they open.
    this.picture.fillStyle(0xffffff, 0.9);
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1]!;
      const b = points[i]!;
      const steps = Math.max(2, Math.floor(Math.hypot(b.x - a.x, b.y - a.y) / 16));
      for (let k = 1; k < steps; k++) this.picture.fillCircle(a.x + ((b.x - a.x) * k) / steps, a.y + ((b.y - a.y) * k) / steps, 3);
    }
    for (const { p, x, y } of points) {
      const locked = p.state === 'locked';
      const colour = locked ? 0x8a8a8a : WORLD_COLOURS[p.family];
      this.picture.fillStyle(lighten(colour, locked ? 0.6 : 0.7), 1);
      this.picture.fillEllipse(x, y + size * 0.1, size * 2, size * 0.7);
      drawLandmark(this.picture, p.family, x, y + size * 0.1, size, colour);
      if (locked) drawPadlock(this.picture, x + size * 0.75, y - size * 0.85, size * 0.45);
      if (p.state === 'finished') drawStar(this.picture, x + size * 0.75, y - size * 0.95, size * 0.35, 0xffd166, 0xb07c00);
      this.zones.push({ family: p.family, x, y: y - size * 0.4, r: size * 1.1 });
    }
  }

  private drawWorld(area: Rect, family: RiskFamily): void {
    const size = Math.min(area.width / 2.6, area.height / 1.7);
    const cx = area.x + area.width / 2;
    const base = area.y + area.height * 0.82;
    this.picture.fillStyle(lighten(WORLD_COLOURS[family], 0.7), 1);
    this.picture.fillEllipse(cx, base, size * 2.2, size * 0.6);
    drawLandmark(this.picture, family, cx, base, size, WORLD_COLOURS[family]);
  }

  private drawReward(area: Rect, family: RiskFamily, reduced: boolean): void {
    const r = Math.min(area.width, area.height) * 0.3;
    const cx = area.x + area.width / 2;
    const cy = area.y + area.height / 2;
    this.picture.fillStyle(lighten(WORLD_COLOURS[family], 0.6), 1);
    this.picture.fillCircle(cx, cy, r * 1.25);
    drawStar(this.picture, cx, cy, r, 0xffd166, WORLD_COLOURS[family]);
    const key = `${family}`;
    if (reduced || this.celebrated === key) return;
    // Confetti falls once per badge, slowly, with no flashing.
    this.celebrated = key;
    const colours = [0xffd166, 0x5ee0c9, 0xff7ab6, 0x9d7bff, WORLD_COLOURS[family]];
    for (let i = 0; i < 36; i++) {
      const piece = this.add.rectangle(area.x + Math.random() * area.width, area.y - 20, 8, 14, colours[i % colours.length]);
      this.confetti.push(piece);
      this.tweens.add({
        targets: piece,
        y: area.y + area.height + 20,
        angle: 360 * (Math.random() > 0.5 ? 1 : -1),
        duration: 2200 + Math.random() * 1400,
        delay: Math.random() * 600,
        onComplete: () => piece.destroy(),
      });
    }
  }

  private clearConfetti(): void {
    this.confetti.forEach((p) => p.active && p.destroy());
    this.confetti = [];
    this.celebrated = '';
  }
}
