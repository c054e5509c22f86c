/**
 * Every story's pretend app (issue 12), each practice step by the keyboard alone in Arabic (right
 * to left, the tempting ways played out and rewound first) and by a finger on a phone in another
 * language; one story per world by mouse from the title, less safe ways included, to its help card.
 *
 * A step is reached the way a child coming back to a story reaches it: the saved position (the
 * only thing the game keeps) and "Continue my story". One matrix for the four worlds keeps the
 * suite's time in check: the walks from the title are played once per world, not once per step.
 * `PRACTICE_SHOTS=<folder>` also takes a picture of every app in each language it opens.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { ALL_SCENARIOS, WORLDS, findScenario, type PracticeStep, type Scenario } from '../../src/content';
import { STORAGE_KEY, STORAGE_VERSION } from '../../src/state/storageKey';
import type { Lang } from '../support/locales';
import { FULL, expect, openGame, say, test, tapOnce } from './fixtures';
import { button, escape, onScreen, openWorld, playToKeyMessage, practise, type How } from './support/play';
import { expectMirroredApp } from './support/mirrored';

// A busy shared machine draws WebGL in software: an app with its less safe ways takes many clicks.
test.describe.configure({ timeout: 120_000 });

const PRACTICE: { scenario: Scenario; step: PracticeStep }[] = ALL_SCENARIOS.flatMap((scenario) =>
  scenario.steps.filter((s): s is PracticeStep => s.kind === 'practice').map((step) => ({ scenario, step })),
);
/** The phone walks take turns through the other languages, so each script is tapped somewhere. */
const PHONE_LANGS: Lang[] = ['en', 'fr', 'zh', 'es', 'ru'];
const SHOTS = process.env.PRACTICE_SHOTS;
/**
 * Under a finger the apps are the same buttons as under the mouse and the keys: every run taps one app of
 * each world, and the pop-ups' twin ✕; the full run (npm run test:full) taps them all.
 */
const PHONE_EVERY_RUN = new Set([
  'contact-photo-request/no',
  'content-fake-news/clues',
  'conduct-password/new-password',
  'contract-app-permissions/dialogs',
  'contract-you-won/close-it',
]);

async function shoot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** Opens the game with a story saved at one of its steps, and continues it from the title. */
async function openAtStep(page: Page, lang: Lang, scenario: Scenario, step: PracticeStep, how: How): Promise<void> {
  const record = {
    version: STORAGE_VERSION,
    state: { progress: { completed: [], games: [], current: { scenarioId: scenario.id, stepId: step.id } } },
  };
  // Only before the first load: the game's own saves afterwards are left alone.
  await page.addInitScript(
    ([key, value]) => {
      if (!localStorage.getItem(key!)) localStorage.setItem(key!, value!);
    },
    [STORAGE_KEY, JSON.stringify(record)],
  );
  await openGame(page, `lang=${lang}`);
  const press = (control: ReturnType<Page['getByRole']>) => (how === 'touch' ? tapOnce(control) : control.click());
  await press(button(page, lang, 'title.continue'));
  for (const line of step.lines) {
    await expect(onScreen(page).getByText(say(lang, line))).toBeVisible();
    await press(button(page, lang, 'scenario.next'));
  }
}

/** After Tiko's "you did it": the story goes on to the next step's first line, or to its key message. */
async function expectStoryGoesOn(page: Page, lang: Lang, scenario: Scenario, step: PracticeStep): Promise<void> {
  const next = scenario.steps.find((s) => s.id === step.next);
  const shown = !next ? scenario.keyMessage : (next.lines[0] ?? ('prompt' in next ? next.prompt : scenario.keyMessage));
  await expect(onScreen(page).getByText(say(lang, shown)).first()).toBeVisible();
}

/**
 * Every run tries the less safe ways by keyboard in Arabic at every step on the way through the
 * whole game (curriculum.spec.ts); the full run also opens each step on its own.
 */
test.describe('by keyboard alone, in Arabic, trying the less safe ways first', () => {
  for (const { scenario, step } of PRACTICE) {
    test(`${scenario.id} / ${step.id}`, FULL, async ({ page }) => {
      await openAtStep(page, 'ar', scenario, step, 'keyboard');
      await expectMirroredApp(page, step);
      await shoot(page, `${scenario.id}-${step.id}-ar`);
      await practise(page, 'ar', step, 'keyboard', true);
      await expectStoryGoesOn(page, 'ar', scenario, step);
    });
  }
});

test.describe('by a finger on a phone', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });
  for (const [i, { scenario, step }] of PRACTICE.entries()) {
    const lang = PHONE_LANGS[i % PHONE_LANGS.length]!;
    test(`${scenario.id} / ${step.id}, in ${lang}`, PHONE_EVERY_RUN.has(`${scenario.id}/${step.id}`) ? {} : FULL, async ({ page }) => {
      await openAtStep(page, lang, scenario, step, 'touch');
      await shoot(page, `${scenario.id}-${step.id}-${lang}-phone`);
      await practise(page, lang, step, 'touch');
      await expectStoryGoesOn(page, lang, scenario, step);
    });
  }
});

/** axe on the screen as it is: no serious or critical finding. */
async function axe(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}

/** One story per world, by mouse from the title: the walk before the app, the app, the help card. */
const BY_MOUSE: Record<string, { id: string; lang: Lang }> = {
  contact: { id: 'contact-gifts-voice-chat', lang: 'en' },
  content: { id: 'content-upsetting-video', lang: 'es' },
  conduct: { id: 'conduct-bullied', lang: 'zh' },
  contract: { id: 'contract-in-game-shop', lang: 'ru' },
};

test.describe('by mouse, a whole story per world, the less safe ways tried in its app', () => {
  for (const world of WORLDS) {
    const { id, lang } = BY_MOUSE[world.family]!;
    const scenario = findScenario(id)!;
    test(`${world.family}: ${scenario.id}, in ${lang}`, async ({ page }) => {
      // The worlds before this one are done, so its world is open on the map.
      const before = WORLDS.slice(0, WORLDS.indexOf(world)).flatMap((w) => w.scenarios.map((s) => s.id));
      const record = { version: STORAGE_VERSION, state: { progress: { completed: before, games: [], current: null } } };
      await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, JSON.stringify(record)]);
      await openGame(page, `lang=${lang}`);
      await button(page, lang, 'title.play').click();
      await openWorld(page, lang, world.family);
      await page.getByRole('button', { name: new RegExp(escape(say(lang, scenario.title))) }).click();
      await playToKeyMessage(page, lang, scenario, async (step) => {
        await axe(page, `${scenario.id} ${step.id} app`);
        await practise(page, lang, step, 'mouse', true);
      });
      await button(page, lang, 'scenario.next').click();
      await expect(page.getByRole('heading', { name: say(lang, 'scenario.help') })).toBeVisible();
      await expect(onScreen(page).getByText(say(lang, scenario.helpSay))).toBeVisible();
      await expect(page.locator('.hc-first')).toHaveText(say(lang, scenario.help[0]!));
      await axe(page, `${scenario.id} help card`);
    });
  }
});
