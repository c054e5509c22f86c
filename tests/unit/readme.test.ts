/**
 * The README's "Adding…" lists are how a newcomer extends the game: every path they name must
 * exist, so a renamed or moved file fails here until the list is corrected.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALL_SCENARIOS, MINI_GAME_TYPES, RISK_FAMILIES } from '../../src/content';
import { LANG_CODES } from '../../src/i18n/languages';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const README = readFileSync(`${ROOT}README.md`, 'utf8');

/** Each "#### Adding …" section with the text up to the next heading. */
function addingSections(): [title: string, body: string][] {
  return [...README.matchAll(/^#### (Adding [^\n]+)\n([\s\S]*?)(?=^#{2,4} )/gm)].map((m) => [m[1]!, m[2]!]);
}

const camel = (id: string) => id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
const scenarioFile = (id: string, family: string) => camel(id.slice(family.length + 1));

/** A placeholder stands for every real instance: each must exist where the README says. */
const INSTANCES: Record<string, string[]> = {
  world: [...RISK_FAMILIES],
  lang: [...LANG_CODES],
  type: MINI_GAME_TYPES.map(camel),
  task: ['chatReportBlock'],
  // The views of the session's screens (the game screen's view is miniGameScreen.ts).
  screen: ['map', 'world', 'scenario', 'reward', 'miniGame', 'certificate', 'attract', 'tourEnd', 'guide', 'title'],
};

/** The backticked file and folder paths of a section, placeholders expanded. */
function pathsIn(body: string): string[] {
  const named = [...body.matchAll(/`([^`\s]+)`/g)]
    .map((m) => m[1]!)
    .filter((p) => /^(src|tests|scripts|locales|assets|public|docs)\//.test(p));
  return named.flatMap((path) => {
    if (path.includes('<name>')) {
      return ALL_SCENARIOS.map((s) => path.replace('<world>', s.family).replace('<name>', scenarioFile(s.id, s.family)));
    }
    let expanded = [path];
    for (const [key, values] of Object.entries(INSTANCES)) {
      if (!path.includes(`<${key}>`)) continue;
      expanded = expanded.flatMap((p) => values.map((v) => p.replaceAll(`<${key}>`, v)));
    }
    return expanded;
  });
}

describe('README: Adding…', () => {
  const sections = addingSections();

  it('has a list for a scenario, a practice task, a mini-game type, a screen, a world and a language', () => {
    expect(sections.map(([title]) => title.replace(/ \(.*\)$/, ''))).toEqual([
      'Adding a scenario',
      'Adding a practice task',
      'Adding a mini-game type',
      'Adding a screen',
      'Adding a world',
      'Adding a language',
    ]);
  });

  it.each(sections)('%s: every file it names exists', (_title, body) => {
    const paths = pathsIn(body);
    expect(paths.length).toBeGreaterThan(2);
    const missing = paths.filter((p) => !existsSync(`${ROOT}${p}`));
    expect(missing).toEqual([]);
  });
});
