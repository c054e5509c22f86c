/**
 * The places where scenarios happen and the landmarks of the map, drawn from
 * shapes: no brands, no text. Each draws inside the rectangle it is given.
 */
import type * as Phaser from 'phaser';
import { RISK_FAMILIES, type RiskFamily, type SettingKind } from '../content/types';
import { colourNumber } from '../art/shapes';
import { WORLD_THEMES } from '../theme/worlds';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

type G = Phaser.GameObjects.Graphics;

const NAVY = 0x1b2a41;
const SCREEN = 0x28406b;
const SKIN = [0xf3d2b3, 0x8d5a3b, 0xc68e64, 0xe8b894];
const AVATAR_COLOURS = [0x2e9d6a, 0xe0a21b, 0xd9534f, 0x7a4fc9];

/** Each world's main colour (theme/worlds.ts), as Phaser takes it. */
export const WORLD_COLOURS = Object.fromEntries(RISK_FAMILIES.map((f) => [f, colourNumber(WORLD_THEMES[f].main)])) as Record<
  RiskFamily,
  number
>;

/** A device frame filling the rect; returns the inner screen. */
function frame(g: G, r: Rect, light = false): Rect {
  const pad = Math.min(r.width, r.height) * 0.05;
  const x = r.x + pad;
  const y = r.y + pad;
  const w = r.width - pad * 2;
  const h = r.height - pad * 2;
  g.fillStyle(NAVY, 1);
  g.fillRoundedRect(x, y, w, h, 18);
  g.fillStyle(light ? 0xf5f8ff : SCREEN, 1);
  g.fillRoundedRect(x + 10, y + 10, w - 20, h - 20, 12);
  return { x: x + 10, y: y + 10, width: w - 20, height: h - 20 };
}

function person(g: G, cx: number, feet: number, size: number, i: number): void {
  g.fillStyle(AVATAR_COLOURS[i % AVATAR_COLOURS.length]!, 1);
  g.fillRoundedRect(cx - size * 0.55, feet - size * 1.3, size * 1.1, size * 1.3, size * 0.3);
  g.fillStyle(SKIN[i % SKIN.length]!, 1);
  g.fillCircle(cx, feet - size * 1.65, size * 0.5);
}

function plusBadge(g: G, cx: number, cy: number, r: number, colour: number): void {
  g.fillStyle(0xffffff, 1);
  g.fillCircle(cx, cy, r);
  g.fillStyle(colour, 1);
  g.fillRect(cx - r * 0.6, cy - r * 0.15, r * 1.2, r * 0.3);
  g.fillRect(cx - r * 0.15, cy - r * 0.6, r * 0.3, r * 1.2);
}

/** A game lobby: players waiting on a stage; the stranger glows purple. */
function gameLobby(g: G, r: Rect): void {
  const s = frame(g, r);
  g.fillStyle(0x3b5a93, 1);
  g.fillRect(s.x, s.y + s.height * 0.7, s.width, s.height * 0.3);
  g.fillStyle(0xffe79a, 1);
  for (let i = 0; i < 9; i++)
    g.fillCircle(s.x + 10 + ((i * 97) % Math.max(1, s.width - 20)), s.y + 12 + ((i * 53) % Math.max(1, s.height * 0.4)), 2 + (i % 3));
  const slot = s.width / 4;
  const size = Math.min(slot * 0.42, s.height * 0.2);
  for (let i = 0; i < 4; i++) {
    const cx = s.x + slot * (i + 0.5);
    const feet = s.y + s.height * 0.88;
    if (i === 3) {
      g.fillStyle(0xb89cf0, 0.35);
      g.fillCircle(cx, feet - size * 1.2, size * 1.5);
    }
    person(g, cx, feet, size, i);
    if (i === 3) plusBadge(g, cx + size * 0.7, feet - size * 2.2, size * 0.32, 0x7a4fc9);
  }
}

/** A group chat: bubbles from both sides, no words. */
function groupChat(g: G, r: Rect): void {
  const s = frame(g, r, true);
  const rows = 5;
  const h = s.height / rows;
  for (let i = 0; i < rows; i++) {
    const mine = i % 3 === 1;
    const w = s.width * (0.4 + ((i * 37) % 30) / 100);
    const y = s.y + i * h + h * 0.2;
    const av = Math.min(h * 0.3, 16);
    const bx = mine ? s.x + s.width - w - 12 : s.x + av * 2 + 14;
    if (!mine) {
      g.fillStyle(AVATAR_COLOURS[i % 4]!, 1);
      g.fillCircle(s.x + av + 8, y + h * 0.3, av);
    }
    g.fillStyle(mine ? 0x9dc1ff : 0xe1e7f0, 1);
    g.fillRoundedRect(bx, y, w, h * 0.6, Math.min(14, h * 0.3));
    g.fillStyle(mine ? 0x5b8ee6 : 0xb9c3d3, 1);
    for (let l = 0; l < 2; l++) g.fillRoundedRect(bx + 10, y + h * (0.14 + l * 0.22), w * (l ? 0.5 : 0.75), h * 0.1, 3);
  }
}

/** A video app: one big video with a play button and a row of thumbnails. */
function videoApp(g: G, r: Rect): void {
  const s = frame(g, r);
  const vh = s.height * 0.62;
  g.fillStyle(0x0f1a2b, 1);
  g.fillRoundedRect(s.x + 8, s.y + 8, s.width - 16, vh, 10);
  const cx = s.x + s.width / 2;
  const cy = s.y + 8 + vh / 2;
  const t = Math.min(vh, s.width) * 0.14;
  g.fillStyle(0xffffff, 0.9);
  g.fillCircle(cx, cy, t * 1.4);
  g.fillStyle(0xd9534f, 1);
  g.fillTriangle(cx - t * 0.5, cy - t * 0.7, cx - t * 0.5, cy + t * 0.7, cx + t * 0.8, cy);
  const tw = (s.width - 16 - 16) / 3;
  for (let i = 0; i < 3; i++) {
    g.fillStyle([0x2e9d6a, 0xe0a21b, 0x7a4fc9][i]!, 1);
    g.fillRoundedRect(s.x + 8 + i * (tw + 8), s.y + vh + 20, tw, s.height - vh - 28, 8);
  }
}

/** Search results: a search bar and result lines. */
function searchResults(g: G, r: Rect): void {
  const s = frame(g, r, true);
  const bar = Math.min(40, s.height * 0.14);
  g.lineStyle(3, 0x9aa8bd, 1);
  g.strokeRoundedRect(s.x + 14, s.y + 14, s.width - 28, bar, bar / 2);
  g.strokeCircle(s.x + s.width - 14 - bar * 0.6, s.y + 14 + bar / 2, bar * 0.22);
  const top = s.y + bar + 30;
  const rowH = (s.height - bar - 40) / 4;
  for (let i = 0; i < 4; i++) {
    const y = top + i * rowH;
    g.fillStyle(0x1f5fc9, 1);
    g.fillRoundedRect(s.x + 14, y, s.width * 0.55, Math.max(6, rowH * 0.16), 3);
    g.fillStyle(0xc4ccd8, 1);
    g.fillRoundedRect(s.x + 14, y + rowH * 0.32, s.width * 0.8, Math.max(4, rowH * 0.12), 3);
    g.fillRoundedRect(s.x + 14, y + rowH * 0.52, s.width * 0.65, Math.max(4, rowH * 0.12), 3);
  }
}

/** Photo sharing: a grid of little pictures, one with a heart. */
function photoSharing(g: G, r: Rect): void {
  const s = frame(g, r, true);
  const cols = 3;
  const gap = 8;
  const size = Math.min((s.width - gap * (cols + 1)) / cols, (s.height - gap * 3) / 2);
  const x0 = s.x + (s.width - (size * cols + gap * (cols - 1))) / 2;
  for (let i = 0; i < 6; i++) {
    const x = x0 + (i % cols) * (size + gap);
    const y = s.y + gap + Math.floor(i / cols) * (size + gap);
    g.fillStyle([0x9fd3b0, 0xc9e6fb, 0xffd9a0, 0xe3d4fb, 0xffc4c4, 0xbfe8e0][i]!, 1);
    g.fillRoundedRect(x, y, size, size, 8);
    g.fillStyle(0xffe27a, 1);
    g.fillCircle(x + size * 0.72, y + size * 0.28, size * 0.1);
    g.fillStyle(0x5f8f6b, 1);
    g.fillTriangle(x + size * 0.1, y + size * 0.85, x + size * 0.4, y + size * 0.45, x + size * 0.7, y + size * 0.85);
  }
  g.fillStyle(0xd9534f, 1);
  const hx = x0 + size * 0.5;
  const hy = s.y + gap + size * 0.5;
  const hr = size * 0.12;
  g.fillCircle(hx - hr * 0.7, hy, hr);
  g.fillCircle(hx + hr * 0.7, hy, hr);
  g.fillTriangle(hx - hr * 1.6, hy + hr * 0.3, hx + hr * 1.6, hy + hr * 0.3, hx, hy + hr * 2);
}

/** An in-game shop: shelves of gems and coins with price tags. */
function inGameShop(g: G, r: Rect): void {
  const s = frame(g, r);
  const cols = 3;
  const cw = s.width / cols;
  const rh = s.height / 2;
  for (let i = 0; i < 6; i++) {
    const cx = s.x + cw * ((i % cols) + 0.5);
    const cy = s.y + rh * (Math.floor(i / cols) + 0.45);
    const size = Math.min(cw, rh) * 0.25;
    g.fillStyle(0x3b5a93, 1);
    g.fillRoundedRect(cx - cw * 0.4, cy - rh * 0.38, cw * 0.8, rh * 0.8, 10);
    if (i % 2) {
      g.fillStyle(0xffd166, 1);
      g.fillCircle(cx, cy, size);
      g.fillStyle(0xe8b100, 1);
      g.fillCircle(cx, cy, size * 0.6);
    } else {
      g.fillStyle([0x5ee0c9, 0xff7ab6, 0x9d7bff][i % 3]!, 1);
      g.fillTriangle(cx - size, cy - size * 0.2, cx + size, cy - size * 0.2, cx, cy + size);
      g.fillTriangle(cx - size, cy - size * 0.2, cx + size, cy - size * 0.2, cx, cy - size * 0.8);
    }
    g.fillStyle(0x2e9d6a, 1);
    g.fillRoundedRect(cx - cw * 0.25, cy + rh * 0.22, cw * 0.5, rh * 0.14, 6);
  }
}

/** A pop-up over a page: a window with a warning triangle and two buttons. */
function popUp(g: G, r: Rect): void {
  searchResults(g, r);
  const w = r.width * 0.62;
  const h = r.height * 0.5;
  const x = r.x + (r.width - w) / 2;
  const y = r.y + (r.height - h) / 2;
  g.fillStyle(0x000000, 0.25);
  g.fillRoundedRect(x + 6, y + 8, w, h, 14);
  g.fillStyle(0xffffff, 1);
  g.fillRoundedRect(x, y, w, h, 14);
  g.fillStyle(0xe0a21b, 1);
  g.fillRoundedRect(x, y, w, h * 0.2, { tl: 14, tr: 14, bl: 0, br: 0 });
  const t = Math.min(w, h) * 0.18;
  const cx = x + w / 2;
  const cy = y + h * 0.5;
  g.fillStyle(0xd9534f, 1);
  g.fillTriangle(cx, cy - t, cx - t, cy + t * 0.7, cx + t, cy + t * 0.7);
  g.fillStyle(0xffffff, 1);
  g.fillRect(cx - t * 0.08, cy - t * 0.45, t * 0.16, t * 0.65);
  g.fillCircle(cx, cy + t * 0.4, t * 0.1);
  g.fillStyle(0x2e9d6a, 1);
  g.fillRoundedRect(x + w * 0.15, y + h * 0.78, w * 0.3, h * 0.13, 8);
  g.fillStyle(0xb9c3d3, 1);
  g.fillRoundedRect(x + w * 0.55, y + h * 0.78, w * 0.3, h * 0.13, 8);
}

const SETTINGS_DRAWN: Record<SettingKind, (g: G, r: Rect) => void> = {
  'game-lobby': gameLobby,
  'group-chat': groupChat,
  'video-app': videoApp,
  'search-results': searchResults,
  'photo-sharing': photoSharing,
  'in-game-shop': inGameShop,
  'pop-up': popUp,
};

export function drawSetting(g: G, setting: SettingKind, r: Rect): void {
  if (r.width < 60 || r.height < 60) return;
  SETTINGS_DRAWN[setting](g, r);
}

/** Each world's landmark, standing on its island at (cx, base). */
export function drawLandmark(g: G, family: RiskFamily, cx: number, base: number, size: number, colour: number): void {
  g.fillStyle(colour, 1);
  switch (family) {
    case 'contact': {
      // A signal tower: people reaching each other.
      g.fillTriangle(cx - size * 0.35, base, cx + size * 0.35, base, cx, base - size * 1.2);
      g.fillStyle(0xffffff, 1);
      g.fillCircle(cx, base - size * 1.2, size * 0.16);
      g.lineStyle(Math.max(2, size * 0.07), colour, 1);
      for (const k of [0.35, 0.55]) {
        g.beginPath();
        g.arc(cx, base - size * 1.2, size * k, Math.PI * 1.15, Math.PI * 1.85, false);
        g.strokePath();
      }
      break;
    }
    case 'content': {
      // A big screen with a play button: what we watch and read.
      g.fillRoundedRect(cx - size * 0.6, base - size * 1.05, size * 1.2, size * 0.8, size * 0.12);
      g.fillRect(cx - size * 0.06, base - size * 0.3, size * 0.12, size * 0.3);
      g.fillStyle(0xffffff, 1);
      g.fillTriangle(cx - size * 0.14, base - size * 0.85, cx - size * 0.14, base - size * 0.45, cx + size * 0.2, base - size * 0.65);
      break;
    }
    case 'conduct': {
      // A house with a heart: how we treat each other.
      g.fillRect(cx - size * 0.45, base - size * 0.7, size * 0.9, size * 0.7);
      g.fillTriangle(cx - size * 0.6, base - size * 0.68, cx + size * 0.6, base - size * 0.68, cx, base - size * 1.2);
      g.fillStyle(0xffffff, 1);
      const hr = size * 0.12;
      g.fillCircle(cx - hr * 0.7, base - size * 0.42, hr);
      g.fillCircle(cx + hr * 0.7, base - size * 0.42, hr);
      g.fillTriangle(cx - hr * 1.6, base - size * 0.38, cx + hr * 1.6, base - size * 0.38, cx, base - size * 0.15);
      break;
    }
    case 'contract': {
      // A market stall with a striped awning and a coin: buying and selling.
      g.fillRect(cx - size * 0.5, base - size * 0.55, size * 1.0, size * 0.55);
      for (let i = 0; i < 5; i++) {
        g.fillStyle(i % 2 ? 0xffffff : colour, 1);
        g.fillRect(cx - size * 0.6 + i * size * 0.24, base - size * 0.95, size * 0.24, size * 0.3);
      }
      g.fillStyle(0xffd166, 1);
      g.fillCircle(cx, base - size * 0.3, size * 0.16);
      break;
    }
    default: {
      // A world without a landmark does not compile.
      const unknown: never = family;
      throw new Error(`No landmark for ${String(unknown)}`);
    }
  }
}

/** A closed padlock, for worlds not open yet. */
export function drawPadlock(g: G, cx: number, cy: number, size: number): void {
  g.lineStyle(Math.max(2, size * 0.14), 0x4a4a4a, 1);
  g.beginPath();
  g.arc(cx, cy - size * 0.15, size * 0.3, Math.PI, 0, false);
  g.strokePath();
  g.fillStyle(0x4a4a4a, 1);
  g.fillRoundedRect(cx - size * 0.45, cy - size * 0.15, size * 0.9, size * 0.7, size * 0.12);
}

/** A five-pointed badge star. */
export function drawStar(g: G, cx: number, cy: number, r: number, fill: number, edge: number): void {
  const points: { x: number; y: number }[] = [];
  // Graphics accepts any {x, y}; its typings ask for Vector2.
  type Points = Parameters<G['fillPoints']>[0];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 ? r * 0.45 : r;
    points.push({ x: cx + Math.cos(a) * rr, y: cy + Math.sin(a) * rr });
  }
  g.fillStyle(fill, 1);
  g.fillPoints(points as Points, true);
  g.lineStyle(Math.max(2, r * 0.12), edge, 1);
  g.strokePoints(points as Points, true);
}

/** A calm sky with hills, behind every screen. */
export function drawBackdrop(g: G, width: number, height: number): void {
  g.clear();
  g.fillStyle(0xdff1ff, 1);
  g.fillRect(0, 0, width, height);
  g.fillStyle(0xc9e6fb, 1);
  g.fillCircle(width * 0.15, height * 0.2, Math.max(width, height) * 0.12);
  g.fillStyle(0xb7e0c4, 1);
  g.fillEllipse(width * 0.2, height * 1.02, width * 0.9, height * 0.35);
  g.fillStyle(0x9fd3b0, 1);
  g.fillEllipse(width * 0.8, height * 1.05, width * 1.0, height * 0.4);
}

/** The mini-game's two open boxes, the first at the start side, in the bins' colours. */
export function drawBins(g: G, r: Rect, rtl: boolean): void {
  const w = Math.min(r.width * 0.32, r.height * 0.9);
  const h = w * 0.6;
  const y = r.y + r.height - h - 6;
  const colours = [0x0b7285, 0xb35c00];
  [0.25, 0.75].forEach((fx, i) => {
    const x = r.x + r.width * (rtl ? 1 - fx : fx) - w / 2;
    g.fillStyle(colours[i]!, 1);
    g.fillRoundedRect(x, y, w, h, { tl: 4, tr: 4, bl: 18, br: 18 });
    g.fillStyle(0xffffff, 0.35);
    g.fillRoundedRect(x + w * 0.1, y + h * 0.2, w * 0.8, h * 0.12, 4);
  });
}
