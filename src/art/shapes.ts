/**
 * Flat vector shapes as plain data, so one drawing can be painted by Phaser
 * (scenes/paintShapes.ts) and written as SVG (art/svg.ts) alike. Coordinates are
 * in the drawing's own box, y down; angles in radians, clockwise from +x, as both
 * Phaser and SVG measure them. Every stroke has round ends.
 */
export type Point = readonly [x: number, y: number];

export interface Stroke {
  width: number;
  colour: string;
}

export type Shape =
  | ({ kind: 'line'; from: Point; to: Point } & Stroke)
  /** A quadratic curve bending towards `control`. */
  | ({ kind: 'curve'; from: Point; control: Point; to: Point } & Stroke)
  /** Part of a circle's edge, clockwise from `start` to `end`. */
  | ({ kind: 'arc'; centre: Point; radius: number; start: number; end: number } & Stroke)
  /** The same part of a circle, closed by a straight line and filled. */
  | { kind: 'chord'; centre: Point; radius: number; start: number; end: number; fill: string }
  | { kind: 'ellipse'; centre: Point; radii: Point; fill: string }
  | { kind: 'rect'; at: Point; size: Point; radius: number; fill: string; stroke?: Stroke };

/** Points along a quadratic curve, for painters that draw only straight lines. */
export function curvePoints(from: Point, control: Point, to: Point, segments = 16): Point[] {
  return Array.from({ length: segments + 1 }, (_, i) => {
    const t = i / segments;
    const a = (1 - t) ** 2;
    const b = 2 * (1 - t) * t;
    const c = t ** 2;
    return [a * from[0] + b * control[0] + c * to[0], a * from[1] + b * control[1] + c * to[1]] as const;
  });
}

/** The point at `angle` on a circle. */
export function onCircle(centre: Point, radius: number, angle: number): Point {
  return [centre[0] + radius * Math.cos(angle), centre[1] + radius * Math.sin(angle)];
}

/** `#2f6fde` → `0x2f6fde`, as Phaser takes colours. */
export const colourNumber = (hex: string): number => Number.parseInt(hex.slice(1), 16);
