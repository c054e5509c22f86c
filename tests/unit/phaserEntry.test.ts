import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The game bundles its own, smaller Phaser entry (src/vendor/phaser-tiko.cjs), while
 * TypeScript checks the scenes against the full Phaser's types. Something the scenes use
 * but the entry leaves out would type-check and then be undefined at run time: catch it here.
 */
const SCENES = fileURLToPath(new URL('../../src/scenes', import.meta.url));
const ENTRY = readFileSync(fileURLToPath(new URL('../../src/vendor/phaser-tiko.cjs', import.meta.url)), 'utf8');
const scenes = readdirSync(SCENES)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(join(SCENES, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''))
  .join('\n');

/** Type-only mentions (`: Phaser.Tweens.Tween`) are erased by TypeScript and need nothing at run time. */
const runtimeUses = (code: string) =>
  [...code.matchAll(/(?<![:<|&]\s*)(?<!\bas\s+)\bPhaser\.([A-Z]\w*)(?:\.([A-Z]\w*))?/g)].map((m) => [m[1]!, m[2]] as const);

describe('custom Phaser entry', () => {
  it('provides every namespace and class the scenes use at run time', () => {
    const uses = runtimeUses(scenes);
    expect(uses.length).toBeGreaterThan(3);
    for (const [ns, member] of uses) {
      if (/^[A-Z_]+$/.test(ns)) continue; // constants such as Phaser.AUTO come from phaser/src/const
      expect(ENTRY, `Phaser.${ns} is used by the scenes`).toMatch(new RegExp(`^\\s{4}${ns}:`, 'm'));
      if (member && /^[A-Z][a-z]/.test(member) && ns === 'GameObjects') {
        expect(ENTRY, `Phaser.GameObjects.${member}`).toMatch(new RegExp(`^\\s{8}${member}:`, 'm'));
      }
    }
  });

  it('registers a factory for every `this.add.<object>` the scenes call', () => {
    const added = new Set([...scenes.matchAll(/\badd\.(\w+)\(/g)].map((m) => m[1]!));
    expect(added.size).toBeGreaterThan(0);
    for (const kind of added) {
      const file = `${kind[0]!.toUpperCase()}${kind.slice(1)}Factory`;
      expect(ENTRY, `this.add.${kind} needs ${file}`).toContain(`${file}')`);
    }
  });
});
