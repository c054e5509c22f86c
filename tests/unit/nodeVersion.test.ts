/**
 * One Node version, said the same way in package.json, .nvmrc and the README, and allowed by
 * what every installed dependency declares.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** The lowest version of each range of an `a || b` engines field, as [major, minor]. */
const floors = (range: string) =>
  range.split('||').map((part) => {
    const m = /(\d+)(?:\.(\d+))?/.exec(part)!;
    return [Number(m[1]), Number(m[2] ?? 0)] as const;
  });

/** A tiny check for the forms the dependencies use: ">=a.b", "^a.b.c", joined by "||". */
function allows(range: string, [major, minor]: readonly [number, number]): boolean {
  return range.split('||').some((part) => {
    const m = /^\s*(\^|>=)?\s*(\d+)(?:\.(\d+))?/.exec(part);
    if (!m) return true; // a form this check does not know is left to npm
    const [lo, loMinor] = [Number(m[2]), Number(m[3] ?? 0)];
    const atLeast = major > lo || (major === lo && minor >= loMinor);
    return m[1] === '^' ? major === lo && atLeast : atLeast;
  });
}

describe('the Node version', () => {
  const ours = pkg.engines.node;

  it('the README and .nvmrc say what package.json says', () => {
    const [major, minor] = floors(ours)[0]!;
    expect(read('README.md')).toContain(`Node.js ${major}.${minor} or newer`);
    const nvm = Number(read('.nvmrc').trim());
    expect(allows(ours, [nvm, 99])).toBe(true);
  });

  it('every direct dependency allows the lowest versions we claim', () => {
    for (const name of [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]) {
      const theirs = (JSON.parse(read(`node_modules/${name}/package.json`)) as { engines?: { node?: string } }).engines?.node;
      if (!theirs) continue;
      for (const floor of floors(ours)) expect(allows(theirs, floor), `${name} (${theirs}) on Node ${floor.join('.')}`).toBe(true);
    }
  });
});
