/**
 * Draws one story picture (art/storyPictures.ts) inside a rectangle: the device with what its
 * screen shows (and the box that pops up over it), and the people in the room with their
 * feelings. People and things are images from the world's story art; until it has loaded, the
 * device and its colours stand alone. Returns where the thing Tiko points at is.
 */
import type * as Phaser from 'phaser';
import type { Picture, Alert } from '../art/storyPictures';
import type { PropId } from '../art/props';
import type { Rect } from './illustrations';
import { personKey, propKey } from './storyArtLoader';

type G = Phaser.GameObjects.Graphics;

const FRAME = 0x1b2a41;
const ALERTS: Record<Alert, { fill: number; edge: number }> = {
  red: { fill: 0xe0463c, edge: 0xffffff },
  bright: { fill: 0xffd23f, edge: 0xf08c00 },
  plain: { fill: 0xffffff, edge: 0x7d8fb0 },
};
/** Width over height of each device's screen. */
const ASPECT = { phone: 0.62, tablet: 1.4, laptop: 1.6 } as const;

export interface Point {
  x: number;
  y: number;
}

export class StoryStage {
  private readonly images: Phaser.GameObjects.Image[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly g: G,
  ) {}

  clear(): void {
    this.images.splice(0).forEach((i) => i.destroy());
  }

  /** Draws the picture; `tint` is the world's light colour for the screen. */
  draw(picture: Picture, area: Rect, rtl: boolean, tint: number): Point | null {
    this.clear();
    const people = picture.cast.length;
    // The device takes the start side, the room the end side; a lone child needs less room, and
    // a narrow phone leaves the people more.
    const roomShare = people > 1 ? 0.46 : 0.34;
    const deviceWidth = Math.min(area.width * (1 - roomShare), area.height * 0.92 * ASPECT[picture.device] * 1.15);
    const deviceBox: Rect = { x: area.x, y: area.y, width: deviceWidth, height: area.height };
    const roomBox: Rect = { x: area.x + deviceWidth, y: area.y, width: area.width - deviceWidth, height: area.height };
    if (rtl) {
      roomBox.x = area.x;
      deviceBox.x = area.x + roomBox.width;
    }
    const at = new Map<PropId, Point>();
    this.drawDevice(picture, deviceBox, rtl, tint, at);
    this.drawRoom(picture, roomBox, rtl, at);
    const focus = picture.focus ?? picture.screen[0];
    return (focus && at.get(focus)) || null;
  }

  private image(key: string, x: number, y: number, size: number, originY = 0.5): void {
    if (!this.scene.textures.exists(key) || size < 4) return;
    const img = this.scene.add.image(x, y, key).setOrigin(0.5, originY);
    img.setScale(size / Math.max(img.width, img.height));
    this.images.push(img);
  }

  private drawDevice(picture: Picture, box: Rect, rtl: boolean, tint: number, at: Map<PropId, Point>): void {
    const g = this.g;
    const aspect = ASPECT[picture.device];
    const laptop = picture.device === 'laptop';
    const maxH = box.height * (laptop ? 0.74 : 0.92);
    let h = Math.min(maxH, (box.width * 0.94) / aspect);
    let w = h * aspect;
    if (w > box.width * 0.94) {
      w = box.width * 0.94;
      h = w / aspect;
    }
    const cx = box.x + box.width / 2;
    const bezel = Math.max(4, Math.min(w, h) * 0.06);
    // The device stands on the same ground as the people, a little above it.
    const top = Math.max(box.y + bezel, box.y + box.height - h * (laptop ? 1.12 : 1) - bezel - box.height * 0.06);
    g.fillStyle(0x000000, 0.12);
    g.fillEllipse(cx, top + h * (laptop ? 1.14 : 1.02), w * 1.05, Math.max(6, h * 0.08));
    g.fillStyle(FRAME, 1);
    g.fillRoundedRect(cx - w / 2 - bezel, top - bezel, w + bezel * 2, h + bezel * 2, Math.min(24, bezel * 2.5));
    if (laptop) {
      g.fillStyle(0x5a6b8c, 1);
      g.fillRoundedRect(cx - w * 0.62, top + h + bezel, w * 1.24, Math.max(6, h * 0.08), 6);
    }
    const screen: Rect = { x: cx - w / 2, y: top, width: w, height: h };
    g.fillStyle(tint, 1);
    g.fillRoundedRect(screen.x, screen.y, screen.width, screen.height, Math.min(14, bezel * 1.5));

    // Someone the child knows, writing: their face at the top of the screen.
    let inner = screen;
    if (picture.from) {
      const size = Math.min(screen.height * 0.3, screen.width * 0.3);
      const fx = rtl ? screen.x + screen.width - size * 0.65 : screen.x + size * 0.65;
      g.fillStyle(0xffffff, 1);
      g.fillCircle(fx, screen.y + size * 0.6, size * 0.52);
      this.image(personKey(picture.from, 'calm'), fx, screen.y + size * 0.62, size * 0.98);
      inner = { ...screen, y: screen.y + size * 0.9, height: screen.height - size * 0.9 };
    }
    if (picture.alert) {
      const { fill, edge } = ALERTS[picture.alert];
      const bw = screen.width * 0.82;
      const bh = inner.height * 0.78;
      const bx = screen.x + (screen.width - bw) / 2;
      const by = inner.y + (inner.height - bh) / 2;
      g.fillStyle(0x000000, 0.18);
      g.fillRoundedRect(bx + 4, by + 6, bw, bh, 12);
      g.fillStyle(edge, 1);
      g.fillRoundedRect(bx - 3, by - 3, bw + 6, bh + 6, 14);
      g.fillStyle(fill, 1);
      g.fillRoundedRect(bx, by, bw, bh, 12);
      inner = { x: bx, y: by, width: bw, height: bh };
    }
    this.row(picture.screen, inner, rtl, at);
  }

  /** Things in one or two rows, read from the start side, each on a soft round. */
  private row(props: PropId[], r: Rect, rtl: boolean, at: Map<PropId, Point>, originY = 0.5): void {
    if (!props.length) return;
    const rows = props.length > 3 && r.width / r.height < 2.2 ? 2 : 1;
    const perRow = Math.ceil(props.length / rows);
    const size = Math.min((r.width / perRow) * 0.7, (r.height / rows) * 0.72);
    props.forEach((prop, i) => {
      const rowIndex = Math.floor(i / perRow);
      const col = i % perRow;
      const inRow = Math.min(perRow, props.length - rowIndex * perRow);
      const slot = r.width / inRow;
      const offset = slot * (col + 0.5);
      const x = rtl ? r.x + r.width - offset : r.x + offset;
      const y = r.y + (r.height / rows) * (rowIndex + 0.5);
      this.g.fillStyle(0xffffff, 0.55);
      this.g.fillCircle(x, y, size * 0.62);
      this.image(propKey(prop), x, y, size, originY);
      at.set(prop, { x, y });
    });
  }

  private drawRoom(picture: Picture, box: Rect, rtl: boolean, at: Map<PropId, Point>): void {
    const n = picture.cast.length;
    const floor = box.y + box.height;
    const propsH = picture.props.length ? box.height * 0.26 : 0;
    const slot = box.width / n;
    picture.cast.forEach(({ who, feeling }, i) => {
      // The story's child comes first and is drawn a little larger, nearest the device.
      const size = Math.min(slot * (i === 0 ? 1.05 : 0.95), (box.height - propsH) * (i === 0 ? 0.98 : 0.9));
      const offset = slot * (i + 0.5);
      const x = rtl ? box.x + box.width - offset : box.x + offset;
      this.g.fillStyle(0x000000, 0.1);
      this.g.fillEllipse(x, floor - propsH - 2, size * 0.7, Math.max(5, size * 0.08));
      this.image(personKey(who, feeling), x, floor - propsH, size, 1);
    });
    if (propsH) this.row(picture.props, { x: box.x, y: floor - propsH, width: box.width, height: propsH }, rtl, at);
  }
}
