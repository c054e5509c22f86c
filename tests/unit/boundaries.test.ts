import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const importsOf = (src: string) => [
  ...[...src.matchAll(/^\s*(?:import|export)\b[^;'"]*?\bfrom\s*'([^']+)'/gm)].map((m) => m[1]!),
  ...[...src.matchAll(/^\s*import\s*'([^']+)'/gm)].map((m) => m[1]!),
  ...[...src.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)].map((m) => m[1]!),
];
const DOM_GLOBALS = /\b(document|window|localStorage|sessionStorage|navigator|HTMLElement|requestAnimationFrame)\b/;

describe('architecture', () => {
  // The pure layers: the curriculum, its rules, the worlds' look and Tiko's shapes are data and
  // functions that tests (and build scripts) run without a browser.
  const PURE: Record<string, string[]> = {
    content: ['content'],
    engine: ['content', 'engine'],
    theme: ['content', 'theme'],
    art: ['content', 'art'],
  };
  it.each(Object.keys(PURE))('src/%s imports neither Phaser nor the DOM, nor any other layer', (layer) => {
    const allowed = PURE[layer]!;
    for (const file of files(join(SRC, layer))) {
      const src = readFileSync(file, 'utf8');
      const name = relative(SRC, file);
      for (const spec of importsOf(src)) {
        expect(spec.startsWith('.'), `${name} imports the package ${spec}`).toBe(true);
        const target = relative(SRC, join(file, '..', spec)).split(/[\\/]/)[0]!;
        expect(allowed, `${name} imports ${spec}`).toContain(target);
      }
      // Comments and string literals (card ids, text keys) are not code that could touch the DOM.
      const code = src.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '').replace(/'[^'\n]*'|"[^"\n]*"|`[^`]*`/g, "''");
      expect(DOM_GLOBALS.test(code), `${name} touches the DOM`).toBe(false);
    }
  });

  /** The top folder (or root file) of `src` an import lands in. */
  const layerOf = (file: string, spec: string) =>
    relative(SRC, join(file, '..', spec))
      .split(/[\\/]/)[0]!
      .replace(/\.ts$/, '');

  it.each([
    ['scenes', ['scenes', 'content', 'engine', 'state', 'i18n', 'platform', 'theme', 'art', 'testHook']],
    ['state', ['state', 'content', 'engine', 'i18n']],
  ])('src/%s imports only the layers below it', (layer, allowed) => {
    for (const file of files(join(SRC, layer))) {
      const name = relative(SRC, file);
      for (const spec of importsOf(readFileSync(file, 'utf8')).filter((s) => s.startsWith('.'))) {
        expect(allowed, `${name} imports ${spec}`).toContain(layerOf(file, spec));
      }
    }
  });

  it('src/scenes reads the stage store, not the DOM layer', () => {
    for (const file of files(join(SRC, 'scenes'))) {
      const src = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(/getElementById|querySelector|\.closest\(|getBoundingClientRect|ResizeObserver/.test(src), relative(SRC, file)).toBe(false);
    }
  });

  it('keeps Phaser inside src/scenes', () => {
    for (const file of files(SRC)) {
      if (file.includes(`${join('src', 'scenes')}`)) continue;
      const src = readFileSync(file, 'utf8');
      expect(
        importsOf(src).filter((s) => s === 'phaser' && !/import type/.test(src)),
        relative(SRC, file),
      ).toEqual([]);
    }
  });
});
