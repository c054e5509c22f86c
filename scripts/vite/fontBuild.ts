import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import fontverter from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import type { FaceRequest } from './fontPlan.ts';

/** A made font file: `codePoints` are the ones its cmap really has, so unicode-range never promises a missing glyph. */
export interface BuiltFace {
  family: string;
  name: string;
  weight: string;
  file: string;
  codePoints: number[];
  bytes: number;
}

/** Characters a font file maps, read with HarfBuzz. */
export async function cmapOf(font: Uint8Array): Promise<Set<number>> {
  const sfnt = fontverter.detectFormat(font) === 'sfnt' ? font : await fontverter.convert(font, 'sfnt');
  return new Set(new Face(new Blob(sfnt)).collectUnicodes());
}

async function subset(request: FaceRequest, source: Buffer): Promise<{ woff2: Buffer; codePoints: number[] }> {
  const text = String.fromCodePoint(...request.codePoints);
  const sfnt = await subsetFont(source, text, {
    targetFormat: 'sfnt',
    ...(request.wght ? { variationAxes: { wght: request.wght } } : {}),
  });
  const cmap = await cmapOf(sfnt);
  const codePoints = request.codePoints.filter((cp) => cmap.has(cp)).sort((a, b) => a - b);
  return { woff2: await fontverter.convert(sfnt, 'woff2'), codePoints };
}

/**
 * Makes each face, or reuses it from `cacheDir` when its source and characters are unchanged.
 * An entry is a folder written aside and renamed into place, so builds running side by side
 * (each in its own outDir) never read a half-written file.
 */
export async function buildFaces(requests: FaceRequest[], cacheDir: string): Promise<BuiltFace[]> {
  mkdirSync(cacheDir, { recursive: true });
  const built: BuiltFace[] = [];
  for (const request of requests) {
    const source = readFileSync(request.source);
    const key = createHash('sha256')
      .update(source)
      .update(JSON.stringify({ name: request.name, codePoints: [...request.codePoints].sort((a, b) => a - b), wght: request.wght, v: 1 }))
      .digest('hex')
      .slice(0, 16);
    const entry = join(cacheDir, key);
    const file = join(entry, `${request.name}.woff2`);
    const meta = join(entry, 'codepoints.json');
    if (!existsSync(meta)) {
      const { woff2, codePoints } = await subset(request, source);
      const scratch = mkdtempSync(join(cacheDir, `.${key}-`));
      writeFileSync(join(scratch, `${request.name}.woff2`), woff2);
      writeFileSync(join(scratch, 'codepoints.json'), JSON.stringify(codePoints));
      try {
        renameSync(scratch, entry);
      } catch {
        rmSync(scratch, { recursive: true, force: true }); // another build made the same entry first
      }
    }
    const codePoints = JSON.parse(readFileSync(meta, 'utf8')) as number[];
    built.push({ family: request.family, name: request.name, weight: request.weight, file, codePoints, bytes: readFileSync(file).length });
  }
  return built;
}
