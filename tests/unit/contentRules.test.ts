import { describe, expect, it } from 'vitest';
import { WORLDS, type Scenario } from '../../src/content';
import { isChooseStep, taskRules } from '../../src/engine/steps';
import type { LangCode } from '../../src/i18n/languages';
import { LANGS, flatten } from '../support/locales';

/**
 * The writing rules of issue 12, per world, so each world can be checked on its own
 * (`npx vitest run tests/unit/contentRules.test.ts -t contact`): a child must do the safe
 * action, not spot it by its length or by the one option that names a grown-up.
 */

const words = new Map(LANGS.map((lang) => [lang, flatten(lang)]));
const text = (lang: LangCode, key: string): string => words.get(lang)!.get(key) ?? '';

/**
 * Naming a grown-up, blocking or reporting, in each language: stems, so every form counts.
 * Written to miss rather than to catch a look-alike (Russian "пожалуйста", Arabic "أهلًا", "مبلغ").
 */
const NAMES_HELP: Record<LangCode, RegExp> = {
  en: /\b(grown-?ups?|adults?|parents?|mum|mom|dad|teachers?|carers?|aunt|uncle|gran\w*|grandpa|block\w*|report\w*)\b/i,
  fr: /(adulte|\bparent|maman|papa|maîtresse|\bmaître|\bprof|enseignant|tante|oncle|grand-mère|grand-père|mamie|papi|bloqu|signal)/i,
  es: /(adult|\bpadre|\bmadre|mamá|papá|\bprofe|maestr|\btía|\btío|abuel|bloque|denunci|report)/i,
  ru: /(взросл|родител|мам[аеуыо]|пап[аеуыо]|учител|тёт|тет[яеи]|дяд|бабушк|дедушк|блок|пожаловаться|пожалуйся|жалоб)/i,
  ar: /(الكبار|شخص كبير|شخص بالغ|بالغ|والد|أمي|أبي|أمك|أبيك|أبوك|ماما|بابا|أهلك|أهلي|معلم|معلّم|مدرس|حظر|احظر|أبلغ|إبلاغ|بلّغ|تبليغ)/,
  zh: /(大人|成年人|家长|父母|爸爸|妈妈|老师|阿姨|叔叔|爷爷|奶奶|外婆|外公|拉黑|屏蔽|举报)/,
};

/** Sentences of one feedback box; a quoted message counts as part of its sentence. */
function sentences(box: string): string[] {
  return box
    .replace(/“[^”]*”/g, 'Q')
    .split(/(?<=[.!?])\s+/)
    .filter((s) => /\w/.test(s));
}

/** Every box of Tiko's feedback in a story: each choice's outcome, each practice step's and each less safe action's. */
function feedbackBoxes(s: Scenario): { where: string; keys: string[] }[] {
  return s.steps.flatMap((step) =>
    isChooseStep(step)
      ? step.choices.map((c) => ({ where: `${s.id}/${step.id}/${c.id}`, keys: c.outcome }))
      : [
          { where: `${s.id}/${step.id}`, keys: step.outcome },
          ...taskRules(step.task)
            .lessSafe(step.task)
            .map((l) => ({ where: `${s.id}/${step.id}/${l.id}`, keys: l.outcome })),
        ],
  );
}

/** The help card's own line, beside the title: `contact:friendRequest.title` → `….helpSay`. */
const helpSayKey = (s: Scenario): string => s.title.replace(/\.title$/, '.helpSay');

describe.each(WORLDS.map((w) => [w.family, w.scenarios] as const))('%s world: writing for practice (issue 12)', (family, scenarios) => {
  it(`${family}: every story has a step where the safe action is performed in a pretend app`, () => {
    for (const s of scenarios)
      expect(
        s.steps.some((step) => !isChooseStep(step)),
        s.id,
      ).toBe(true);
  });

  it(`${family}: every feedback box has at most two sentences (English)`, () => {
    for (const s of scenarios)
      for (const { where, keys } of feedbackBoxes(s)) {
        const box = keys.map((k) => text('en', k)).join(' ');
        expect(sentences(box).length, `${where}: ${box}`).toBeLessThanOrEqual(2);
      }
  });

  it.each(LANGS.map((lang) => [lang] as const))(`${family}: the safe option is rarely the longest, and never by far (%s)`, (lang) => {
    const longest: string[] = [];
    for (const s of scenarios)
      for (const step of s.steps.filter(isChooseStep)) {
        const length = (key: string) => [...text(lang, key)].length;
        const safe = Math.max(...step.choices.filter((c) => c.kind === 'safe').map((c) => length(c.label)));
        const others = Math.max(...step.choices.filter((c) => c.kind !== 'safe').map((c) => length(c.label)));
        if (safe <= others) continue;
        longest.push(`${s.id}/${step.id}`);
        expect(safe, `${lang} ${s.id}/${step.id}: the safe option stands out by its length`).toBeLessThanOrEqual(Math.ceil(others * 1.25));
      }
    expect(longest.length, `${lang}: the safe option is the longest in ${longest.join(', ')}`).toBeLessThanOrEqual(1);
  });

  it.each(LANGS.map((lang) => [lang] as const))(
    `${family}: the safe option is never the only one naming a grown-up, blocking or reporting (%s)`,
    (lang) => {
      for (const s of scenarios)
        for (const step of s.steps.filter(isChooseStep)) {
          const names = (key: string) => NAMES_HELP[lang].test(text(lang, key));
          const safeNames = step.choices.some((c) => c.kind === 'safe' && names(c.label));
          const otherNames = step.choices.some((c) => c.kind !== 'safe' && names(c.label));
          const labels = step.choices.map((c) => `${c.kind}: ${text(lang, c.label)}`).join(' | ');
          expect(!safeNames || otherNames, `${lang} ${s.id}/${step.id}: ${labels}`).toBe(true);
        }
    },
  );

  it(`${family}: every story's help card says who fits and what to say first, in all six languages`, () => {
    for (const s of scenarios)
      for (const lang of LANGS) {
        const say = text(lang, helpSayKey(s));
        expect(say.trim(), `${lang} ${helpSayKey(s)}`).toBeTruthy();
        if (lang === 'en') expect(sentences(say).length, say).toBeLessThanOrEqual(2);
      }
  });
});
