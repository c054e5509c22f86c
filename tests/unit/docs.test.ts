/**
 * docs/CURRICULUM.md is generated from the content, so a teacher's view of the
 * coverage can never drift from the game. `npm run docs` rewrites it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MESSAGE_IDS, WORLDS, type Scenario } from '../../src/content';
import { isChooseStep } from '../../src/engine/steps';
import { MINI_GAME_MECHANICS } from '../../src/content/minigames/mechanics';
import { flatten } from '../support/locales';

const DOC = fileURLToPath(new URL('../../docs/CURRICULUM.md', import.meta.url));

/** What a story has the child do in a pretend app: each practice step's task and its instruction. */
function practised(s: Scenario, t: (k: string) => string): string[] {
  return s.steps.flatMap((step) =>
    isChooseStep(step) ? [] : [`\`${step.task.task}\`: ${t(step.task.instruction).replace(/\|/g, '\\|')}`],
  );
}

function curriculumTable(): string {
  const en = flatten('en');
  const t = (k: string) => en.get(k) ?? k;
  const lines = [
    '# The curriculum',
    '',
    '<!-- Generated from src/content by `npm run docs`; a unit test fails when it is out of date. -->',
    '',
    'Each scenario teaches the messages of `../shared/CONTENT.md` named beside it. Worlds open in this order;',
    'a teacher (class mode) can open any of them.',
    '',
    'Every story has the child do the safe action with their own hands at least once, in a pretend app',
    '(the last column: the task, and Tiko’s instruction in English).',
    '',
    '| id | world | setting | messages taught | title (English) | practised in a pretend app |',
    '|---|---|---|---|---|---|',
  ];
  for (const w of WORLDS) {
    for (const s of w.scenarios)
      lines.push(
        `| \`${s.id}\` | ${w.family} | ${s.setting} | ${s.messages.join(', ')} | ${t(s.title)} | ${practised(s, t).join('<br>')} |`,
      );
  }
  lines.push('', '## Mini-games', '', '| id | world | mechanic | messages practised | title (English) |', '|---|---|---|---|---|');
  for (const w of WORLDS) {
    const g = w.game;
    const mechanic = MINI_GAME_MECHANICS[g.type];
    lines.push(`| \`${g.id}\` | ${w.family} | ${mechanic} | ${g.messages.join(', ')} | ${t(g.title)} |`);
  }
  lines.push('', '## Messages and where they are taught', '', '| message | scenarios |', '|---|---|');
  for (const m of MESSAGE_IDS) {
    const ids = WORLDS.flatMap((w) => w.scenarios.filter((s) => s.messages.includes(m)).map((s) => `\`${s.id}\``));
    lines.push(`| ${m} | ${ids.join(', ')} |`);
  }
  return lines.join('\n') + '\n';
}

describe('docs', () => {
  it('names a practice action for every story', () => {
    const en = flatten('en');
    for (const w of WORLDS) for (const s of w.scenarios) expect(practised(s, (k) => en.get(k) ?? k).length, s.id).toBeGreaterThan(0);
  });

  it('docs/CURRICULUM.md matches the content', () => {
    const expected = curriculumTable();
    if (process.env.UPDATE_DOCS) writeFileSync(DOC, expected);
    expect(readFileSync(DOC, 'utf8')).toBe(expected);
  });
});
