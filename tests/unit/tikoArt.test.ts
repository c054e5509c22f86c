/**
 * Tiko has one description (src/art/tiko.ts): the stage paints it, and the committed pictures
 * are written from it. `npm run art` rewrites them after a change; this fails until then.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Point, type Shape, curvePoints } from '../../src/art/shapes';
import { TIKO_PICTURES } from '../../src/art/tikoPictures';
import { TIKO_ARMS, TIKO_BODY, TIKO_LEGS, TIKO_SIZE, tikoFace, tikoShapes } from '../../src/art/tiko';
import { MOODS } from '../../src/content/types';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The corners of the area a shape covers, strokes' width aside. */
function extent(shape: Shape): Point[] {
  switch (shape.kind) {
    case 'line':
      return [shape.from, shape.to];
    case 'curve':
      return curvePoints(shape.from, shape.control, shape.to);
    case 'arc':
    case 'chord':
      return [
        [shape.centre[0] - shape.radius, shape.centre[1] - shape.radius],
        [shape.centre[0] + shape.radius, shape.centre[1] + shape.radius],
      ];
    case 'ellipse':
      return [
        [shape.centre[0] - shape.radii[0], shape.centre[1] - shape.radii[1]],
        [shape.centre[0] + shape.radii[0], shape.centre[1] + shape.radii[1]],
      ];
    case 'rect':
      return [shape.at, [shape.at[0] + shape.size[0], shape.at[1] + shape.size[1]]];
  }
}

describe('Tiko', () => {
  it.each(Object.keys(TIKO_PICTURES))('%s is written from the description', (path) => {
    const expected = TIKO_PICTURES[path]!();
    if (process.env.UPDATE_ART) writeFileSync(join(ROOT, path), expected);
    expect(readFileSync(join(ROOT, path), 'utf8'), 'run `npm run art`').toBe(expected);
  });

  it('writes plain numbers only', () => {
    for (const make of Object.values(TIKO_PICTURES)) expect(make()).not.toMatch(/NaN|undefined|Infinity|e[-+]\d/);
  });

  it.each(MOODS)('%s: stays inside its box, blinking or talking', (mood) => {
    for (const eyesClosed of [false, true])
      for (const mouthOpen of [false, true]) {
        const shapes = [
          ...TIKO_LEGS,
          ...TIKO_ARMS.resting.shapes,
          ...TIKO_ARMS.waving.shapes,
          ...TIKO_BODY,
          ...tikoFace(mood, { eyesClosed, mouthOpen }),
        ];
        for (const [x, y] of shapes.flatMap(extent)) {
          expect(x, `${mood} x`).toBeGreaterThanOrEqual(0);
          expect(x, `${mood} x`).toBeLessThanOrEqual(TIKO_SIZE.width);
          expect(y, `${mood} y`).toBeGreaterThanOrEqual(0);
          expect(y, `${mood} y`).toBeLessThanOrEqual(TIKO_SIZE.height);
        }
      }
  });

  it('shows each mood with a face of its own, and blinks and talks', () => {
    // Talking is the idle face with a mouth that opens and closes.
    const faces = MOODS.map((mood) => JSON.stringify(tikoFace(mood, { eyesClosed: false, mouthOpen: mood === 'talking' })));
    expect(new Set(faces).size).toBe(MOODS.length);
    expect(tikoFace('idle', { eyesClosed: true, mouthOpen: false })).not.toEqual(tikoFace('idle'));
    expect(tikoFace('talking', { eyesClosed: false, mouthOpen: true })).not.toEqual(tikoFace('talking'));
    expect(tikoShapes()).toEqual(expect.arrayContaining(tikoFace('idle')));
  });

  it('waves about a shoulder where its arm begins', () => {
    for (const arm of [TIKO_ARMS.resting, TIKO_ARMS.waving]) {
      const first = arm.shapes[0]!;
      expect(first.kind === 'curve' || first.kind === 'line' ? first.from : null).toEqual(arm.shoulder);
    }
  });
});
