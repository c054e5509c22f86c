/** Writes shapes (art/shapes.ts) as SVG markup, one element a line, for the committed pictures. */
import { type Point, type Shape, onCircle } from './shapes';

/** Two decimals at most, no trailing zeros: the same text on every machine. */
const n = (value: number) => String(Math.round(value * 100) / 100);
const pt = ([x, y]: Point) => `${n(x)} ${n(y)}`;

function arcPath(centre: Point, radius: number, start: number, end: number): string {
  const large = end - start > Math.PI ? 1 : 0;
  return `M${pt(onCircle(centre, radius, start))} A${n(radius)} ${n(radius)} 0 ${large} 1 ${pt(onCircle(centre, radius, end))}`;
}

export function shapeToSvg(shape: Shape): string {
  const stroke = (s: { width: number; colour: string }) => `stroke="${s.colour}" stroke-width="${n(s.width)}" fill="none"`;
  switch (shape.kind) {
    case 'line':
      return `<path d="M${pt(shape.from)} L${pt(shape.to)}" ${stroke(shape)}/>`;
    case 'curve':
      return `<path d="M${pt(shape.from)} Q${pt(shape.control)} ${pt(shape.to)}" ${stroke(shape)}/>`;
    case 'arc':
      return `<path d="${arcPath(shape.centre, shape.radius, shape.start, shape.end)}" ${stroke(shape)}/>`;
    case 'chord':
      return `<path d="${arcPath(shape.centre, shape.radius, shape.start, shape.end)} Z" fill="${shape.fill}"/>`;
    case 'ellipse': {
      const [cx, cy] = shape.centre;
      const [rx, ry] = shape.radii;
      return rx === ry
        ? `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(rx)}" fill="${shape.fill}"/>`
        : `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(ry)}" fill="${shape.fill}"/>`;
    }
    case 'rect': {
      const edge = shape.stroke ? ` stroke="${shape.stroke.colour}" stroke-width="${n(shape.stroke.width)}"` : '';
      const [x, y] = shape.at;
      const [w, h] = shape.size;
      return `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="${n(shape.radius)}" fill="${shape.fill}"${edge}/>`;
    }
    default: {
      const unknown: never = shape;
      throw new Error(`Cannot write ${JSON.stringify(unknown)} as SVG`);
    }
  }
}

/** The shapes inside a group that gives every stroke round ends and joins. */
export function svgGroup(shapes: readonly Shape[], indent = '  '): string {
  return [
    `${indent}<g stroke-linecap="round" stroke-linejoin="round">`,
    ...shapes.map((s) => `${indent}  ${shapeToSvg(s)}`),
    `${indent}</g>`,
  ].join('\n');
}
