/**
 * Tiko, the mascot: a cheerful smartphone hero with a headband. The one
 * description of the figure: scenes/mascot.ts paints it with Phaser (moving its
 * arm, blinking, talking) and assets/mascot.svg, assets/icon.svg and
 * public/favicon.svg are written from it (`npm run art`; a unit test checks they
 * match). Pure data in a 160 × 200 box, standing on its bottom edge.
 */
import type { Mood } from '../content/types';
import type { Point, Shape } from './shapes';

const INK = '#1b2a41';
const BODY = '#2f6fde';
const EDGE = '#1d3f8a';
const SCREEN = '#eaf6ff';
const BAND = '#ff7a45';
const BAND_LIGHT = '#ff9a6b';
const HAND = '#ffd166';
const CHEEK = '#ffb3c1';
const WHITE = '#ffffff';

export const TIKO_SIZE = { width: 160, height: 200 } as const;

/** Where Tiko stands: between the feet, the point a scene places it by. */
export const TIKO_FEET: Point = [80, 200];

export const TIKO_LEGS: readonly Shape[] = [
  { kind: 'line', from: [64, 168], to: [62, 186], width: 8, colour: EDGE },
  { kind: 'line', from: [96, 168], to: [98, 186], width: 8, colour: EDGE },
  { kind: 'ellipse', centre: [58, 189], radii: [11, 6], fill: BAND },
  { kind: 'ellipse', centre: [102, 189], radii: [11, 6], fill: BAND },
];

export interface Arm {
  /** The point the arm turns about when it waves. */
  shoulder: Point;
  shapes: readonly Shape[];
}

/** One arm resting, the other raised: the one a scene swings to wave. */
export const TIKO_ARMS: { resting: Arm; waving: Arm } = {
  resting: {
    shoulder: [32, 112],
    shapes: [
      { kind: 'curve', from: [32, 112], control: [16, 122], to: [18, 138], width: 7, colour: EDGE },
      { kind: 'ellipse', centre: [18, 141], radii: [7, 7], fill: HAND },
    ],
  },
  waving: {
    shoulder: [128, 100],
    shapes: [
      { kind: 'curve', from: [128, 100], control: [146, 86], to: [144, 66], width: 7, colour: EDGE },
      { kind: 'ellipse', centre: [144, 62], radii: [7, 7], fill: HAND },
    ],
  },
};

/** The phone that is Tiko's body, with its screen, and the hero's headband with flying tails. */
export const TIKO_BODY: readonly Shape[] = [
  { kind: 'rect', at: [30, 18], size: [100, 154], radius: 24, fill: BODY, stroke: { width: 4, colour: EDGE } },
  { kind: 'rect', at: [40, 40], size: [80, 110], radius: 14, fill: SCREEN },
  { kind: 'ellipse', centre: [80, 29], radii: [3, 3], fill: EDGE },
  { kind: 'rect', at: [70, 157], size: [20, 5], radius: 2.5, fill: EDGE },
  { kind: 'line', from: [30, 46], to: [130, 46], width: 10, colour: BAND },
  { kind: 'curve', from: [130, 46], control: [146, 40], to: [154, 30], width: 7, colour: BAND },
  { kind: 'curve', from: [130, 48], control: [148, 52], to: [156, 46], width: 6, colour: BAND_LIGHT },
];

/** What the face does between moods: a blink, the mouth moving while it talks. */
export interface FaceMotion {
  eyesClosed: boolean;
  mouthOpen: boolean;
}

const EYES: readonly Point[] = [
  [64, 84],
  [96, 84],
];
const PI = Math.PI;

/** Tiko's face for a mood, on the screen. Caring, never scared; never cross. */
export function tikoFace(mood: Mood, motion: FaceMotion = { eyesClosed: false, mouthOpen: false }): Shape[] {
  const shapes: Shape[] = [];
  if (motion.eyesClosed || mood === 'happy') {
    for (const [x, y] of EYES)
      shapes.push({ kind: 'arc', centre: [x, y + 3], radius: 7, start: PI * 1.1, end: PI * 1.9, width: 4, colour: INK });
  } else {
    for (const [x, y] of EYES) shapes.push({ kind: 'ellipse', centre: [x, y], radii: [7, 9], fill: INK });
    for (const [x, y] of EYES) shapes.push({ kind: 'ellipse', centre: [x + 2.5, y - 3.5], radii: [2.5, 2.5], fill: WHITE });
  }
  const brow = (from: Point, to: Point): Shape => ({ kind: 'line', from, to, width: 3.5, colour: INK });
  if (mood === 'concerned') {
    // Inner ends raised: caring.
    shapes.push(brow([56, 73], [71, 68]), brow([89, 68], [104, 73]));
  } else if (mood === 'thinking') {
    // One brow up: wondering.
    shapes.push(brow([56, 70], [71, 70]), brow([89, 65], [104, 62]));
  }
  shapes.push(
    { kind: 'ellipse', centre: [54, 102], radii: [6, 6], fill: CHEEK },
    { kind: 'ellipse', centre: [106, 102], radii: [6, 6], fill: CHEEK },
  );
  if (motion.mouthOpen || mood === 'happy' || mood === 'waving') {
    shapes.push({ kind: 'chord', centre: [80, 104], radius: motion.mouthOpen ? 8 : 11, start: 0, end: PI, fill: INK });
  } else if (mood === 'thinking') {
    shapes.push({ kind: 'line', from: [73, 106], to: [89, 103], width: 4, colour: INK });
  } else if (mood === 'concerned') {
    shapes.push({ kind: 'arc', centre: [80, 114], radius: 9, start: PI * 1.2, end: PI * 1.8, width: 4, colour: INK });
  } else {
    shapes.push({ kind: 'curve', from: [66, 104], control: [80, 118], to: [94, 104], width: 4, colour: INK });
  }
  return shapes;
}

/** The whole figure, back to front, as the still pictures show it. */
export function tikoShapes(mood: Mood = 'idle'): Shape[] {
  return [...TIKO_LEGS, ...TIKO_ARMS.resting.shapes, ...TIKO_ARMS.waving.shapes, ...TIKO_BODY, ...tikoFace(mood)];
}
