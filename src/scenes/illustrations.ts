/**
 * The places where scenarios happen, drawn from shapes: no brands, no text.
 * Each draws inside the rectangle it is given.
 */
import type * as Phaser from 'phaser';
import type { SettingKind } from '../content/types';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const AVATAR_COLOURS = [0x2e9d6a, 0xe0a21b, 0xd9534f, 0x7a4fc9];

/** A game lobby: a big screen with players waiting on a stage; the stranger glows purple. */
function drawGameLobby(g: Phaser.GameObjects.Graphics, r: Rect): void {
  const pad = Math.min(r.width, r.height) * 0.06;
  const x = r.x + pad;
  const y = r.y + pad;
  const w = r.width - pad * 2;
  const h = r.height - pad * 2;
  g.fillStyle(0x1b2a41, 1);
  g.fillRoundedRect(x, y, w, h, 18);
  g.fillStyle(0x28406b, 1);
  g.fillRoundedRect(x + 10, y + 10, w - 20, h - 20, 12);
  // Floor of the lobby
  g.fillStyle(0x3b5a93, 1);
  g.fillRect(x + 10, y + h * 0.72, w - 20, h * 0.28 - 10);
  // Stars in the sky of the game world
  g.fillStyle(0xffe79a, 1);
  for (let i = 0; i < 9; i++) {
    g.fillCircle(x + 20 + ((i * 97) % Math.max(1, w - 40)), y + 22 + ((i * 53) % Math.max(1, h * 0.4)), 2 + (i % 3));
  }
  // Four players on the floor
  const count = AVATAR_COLOURS.length;
  const slot = (w - 20) / count;
  const size = Math.min(slot * 0.42, h * 0.2);
  AVATAR_COLOURS.forEach((colour, i) => {
    const cx = x + 10 + slot * (i + 0.5);
    const feet = y + h * 0.86;
    const stranger = i === count - 1;
    if (stranger) {
      g.fillStyle(0xb89cf0, 0.35);
      g.fillCircle(cx, feet - size * 1.2, size * 1.5);
    }
    g.fillStyle(colour, 1);
    g.fillRoundedRect(cx - size * 0.55, feet - size * 1.3, size * 1.1, size * 1.3, size * 0.3);
    g.fillStyle(0xf3d2b3, 1);
    g.fillCircle(cx, feet - size * 1.65, size * 0.5);
    if (stranger) {
      // A "new request" badge: a plus in a circle.
      g.fillStyle(0xffffff, 1);
      g.fillCircle(cx + size * 0.7, feet - size * 2.2, size * 0.32);
      g.fillStyle(0x7a4fc9, 1);
      g.fillRect(cx + size * 0.7 - size * 0.2, feet - size * 2.2 - size * 0.05, size * 0.4, size * 0.1);
      g.fillRect(cx + size * 0.7 - size * 0.05, feet - size * 2.2 - size * 0.2, size * 0.1, size * 0.4);
    }
  });
}

const DRAWERS: Partial<Record<SettingKind, (g: Phaser.GameObjects.Graphics, r: Rect) => void>> = {
  'game-lobby': drawGameLobby,
};

export function drawSetting(g: Phaser.GameObjects.Graphics, setting: SettingKind, r: Rect): void {
  g.clear();
  if (r.width < 40 || r.height < 40) return;
  (DRAWERS[setting] ?? drawGameLobby)(g, r);
}

/** A calm sky with hills, behind every screen. */
export function drawBackdrop(g: Phaser.GameObjects.Graphics, width: number, height: number): void {
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
