/**
 * The still pictures of Tiko, as the files they are committed as: written from
 * art/tiko.ts by `npm run art`, and compared with the files by tests/unit/tikoArt.test.ts.
 */
import { svgGroup } from './svg';
import { TIKO_SIZE, tikoShapes } from './tiko';

const NOTE = '<!-- Tiko, written by `npm run art` from src/art/tiko.ts: change that file, not this one. Original art for this project. -->';
const SKY = '#dff1ff';

/** Tiko standing, the title and attract screens' picture and the favicon. */
export function mascotSvg(): string {
  const { width, height } = TIKO_SIZE;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
    `  ${NOTE}`,
    svgGroup(tikoShapes()),
    '</svg>',
    '',
  ].join('\n');
}

/** Tiko on the sky, in a square: the app icon. */
export function iconSvg(): string {
  const side = 200;
  const scale = 0.75;
  const dx = (side - TIKO_SIZE.width * scale) / 2;
  const dy = (side - TIKO_SIZE.height * scale) / 2;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}">`,
    `  ${NOTE}`,
    `  <rect width="${side}" height="${side}" fill="${SKY}"/>`,
    `  <g transform="translate(${dx} ${dy}) scale(${scale})">`,
    svgGroup(tikoShapes(), '    '),
    '  </g>',
    '</svg>',
    '',
  ].join('\n');
}

/** Every picture written from the description, by its path in the repository. */
export const TIKO_PICTURES: Record<string, () => string> = {
  'assets/mascot.svg': mascotSvg,
  'assets/icon.svg': iconSvg,
  'public/favicon.svg': mascotSvg,
};
