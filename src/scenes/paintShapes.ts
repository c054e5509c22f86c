/**
 * Paints shapes (art/shapes.ts) with Phaser's Graphics, as the SVG writer
 * (art/svg.ts) writes them: same box, same round stroke ends, which WebGL lines
 * lack, so each end gets a dot of the stroke's width.
 */
import type * as Phaser from 'phaser';
import { type Point, type Shape, colourNumber, curvePoints, onCircle } from '../art/shapes';

type G = Phaser.GameObjects.Graphics;
// Graphics accepts any {x, y}; its typings ask for Vector2.
type Points = Parameters<G['strokePoints']>[0];

function roundEnds(g: G, width: number, colour: number, ...ends: Point[]): void {
  g.fillStyle(colour, 1);
  for (const [x, y] of ends) g.fillCircle(x, y, width / 2);
}

/** Draws `shapes` with `origin` of their box at the graphic's (0, 0). */
export function paintShapes(g: G, shapes: readonly Shape[], origin: Point = [0, 0]): void {
  const [ox, oy] = origin;
  const at = ([x, y]: Point): Point => [x - ox, y - oy];
  for (const shape of shapes) {
    switch (shape.kind) {
      case 'line': {
        const [a, b] = [at(shape.from), at(shape.to)];
        const colour = colourNumber(shape.colour);
        g.lineStyle(shape.width, colour, 1);
        g.lineBetween(a[0], a[1], b[0], b[1]);
        roundEnds(g, shape.width, colour, a, b);
        break;
      }
      case 'curve': {
        const points = curvePoints(at(shape.from), at(shape.control), at(shape.to));
        const colour = colourNumber(shape.colour);
        g.lineStyle(shape.width, colour, 1);
        g.strokePoints(points.map(([x, y]) => ({ x, y })) as Points, false);
        roundEnds(g, shape.width, colour, points[0]!, points[points.length - 1]!);
        break;
      }
      case 'arc': {
        const [cx, cy] = at(shape.centre);
        const colour = colourNumber(shape.colour);
        g.lineStyle(shape.width, colour, 1);
        g.beginPath();
        g.arc(cx, cy, shape.radius, shape.start, shape.end, false);
        g.strokePath();
        roundEnds(g, shape.width, colour, onCircle([cx, cy], shape.radius, shape.start), onCircle([cx, cy], shape.radius, shape.end));
        break;
      }
      case 'chord': {
        const [cx, cy] = at(shape.centre);
        g.fillStyle(colourNumber(shape.fill), 1);
        g.beginPath();
        g.arc(cx, cy, shape.radius, shape.start, shape.end, false);
        g.closePath();
        g.fillPath();
        break;
      }
      case 'ellipse': {
        const [cx, cy] = at(shape.centre);
        g.fillStyle(colourNumber(shape.fill), 1);
        if (shape.radii[0] === shape.radii[1]) g.fillCircle(cx, cy, shape.radii[0]);
        else g.fillEllipse(cx, cy, shape.radii[0] * 2, shape.radii[1] * 2);
        break;
      }
      case 'rect': {
        const [x, y] = at(shape.at);
        const [w, h] = shape.size;
        g.fillStyle(colourNumber(shape.fill), 1);
        g.fillRoundedRect(x, y, w, h, shape.radius);
        if (shape.stroke) {
          g.lineStyle(shape.stroke.width, colourNumber(shape.stroke.colour), 1);
          g.strokeRoundedRect(x, y, w, h, shape.radius);
        }
        break;
      }
      default: {
        const unknown: never = shape;
        throw new Error(`Cannot paint ${JSON.stringify(unknown)}`);
      }
    }
  }
}
