import type { Page } from '@playwright/test';
import { WORLDS, findScenario, type PracticeStep } from '../../src/content';
import { STORAGE_KEY, STORAGE_VERSION } from '../../src/state/storageKey';
import type { Lang } from '../support/locales';
import { expect, openGame, say, test } from './fixtures';
import { button, onScreen, playStorySafely, worldButton } from './support/play';
import { practiseConduct, type ConductTask, type How } from './support/practiseConduct';

/**
 * The conduct world's practice steps, each played in its pretend app by mouse, by touch,
 * and by keyboard alone in Arabic (right to left), less safe actions and rewinds included.
 */
const STEPS: [scenarioId: string, stepId: string][] = [
  ['conduct-bullied', 'evidence'],
  ['conduct-bystander', 'kind'],
  ['conduct-friend-photo', 'draft'],
  ['conduct-password', 'reply'],
  ['conduct-password', 'new-password'],
  ['conduct-screen-time', 'settings'],
];

const practiceStep = (scenarioId: string, stepId: string) =>
  findScenario(scenarioId)!.steps.find((s) => s.id === stepId) as PracticeStep & { task: ConductTask };

/**
 * Opens a conduct story at one of its steps, as a child coming back to it would: the saved
 * position says where, and every other world's stories are done so the conduct world is open.
 */
async function openConductWorld(page: Page, lang: Lang, current: { scenarioId: string; stepId: string } | null): Promise<void> {
  await page.goto('/');
  const completed = WORLDS.filter((w) => w.family !== 'conduct').flatMap((w) => w.scenarios.map((s) => s.id));
  const record = {
    version: STORAGE_VERSION,
    state: {
      settings: { language: lang, sound: false, musicVolume: 0.4, effectsVolume: 0.8, textSize: 'normal', reducedMotion: true },
      progress: { completed, games: [], current },
    },
  };
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, JSON.stringify(record)]);
  await openGame(page, `lang=${lang}`);
  // With a story to come back to, the title offers "Continue my story" and the map instead of Play.
  await button(page, lang, current ? 'nav.openMap' : 'title.play').click();
  await worldButton(page, lang, 'conduct').click();
}

async function openAtStep(page: Page, lang: Lang, scenarioId: string, stepId: string): Promise<void> {
  await openConductWorld(page, lang, { scenarioId, stepId });
  const scenario = findScenario(scenarioId)!;
  await page.getByRole('button', { name: new RegExp(say(lang, scenario.title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).click();
  const step = practiceStep(scenarioId, stepId);
  for (const line of step.lines) {
    await expect(onScreen(page).getByText(say(lang, line))).toBeVisible();
    await button(page, lang, 'scenario.next').click();
  }
  await expect(page.getByRole('heading', { name: say(lang, 'practice.yourTurn') })).toBeVisible();
  await expect(onScreen(page).getByText(say(lang, step.task.instruction))).toBeVisible();
}

async function practiseAt(page: Page, lang: Lang, scenarioId: string, stepId: string, how: How, tryLessSafe: boolean) {
  await openAtStep(page, lang, scenarioId, stepId);
  const step = practiceStep(scenarioId, stepId);
  await practiseConduct(page, lang, step.task, how, tryLessSafe);
  await expect(page.getByRole('heading', { name: say(lang, 'practice.done') })).toBeVisible();
  await expect(onScreen(page).getByText(say(lang, step.outcome[0]!))).toBeVisible();
  // Tiko's well done holds the way on, and nothing in the app can be pressed twice by then.
  await button(page, lang, 'scenario.continue').click();
  await expect(page.getByRole('heading', { name: say(lang, 'practice.done') })).toHaveCount(0);
}

// A busy shared machine draws WebGL in software: a walk through an app takes many clicks.
test.describe.configure({ timeout: 120_000 });

test.describe('by mouse, trying every less safe action first', () => {
  for (const [scenarioId, stepId] of STEPS) {
    test(`${scenarioId} / ${stepId}`, async ({ page }) => {
      await practiseAt(page, 'en', scenarioId, stepId, 'mouse', true);
    });
  }
});

test.describe('by touch', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });
  for (const [scenarioId, stepId] of STEPS) {
    test(`${scenarioId} / ${stepId}`, async ({ page }) => {
      await practiseAt(page, 'en', scenarioId, stepId, 'touch', stepId === 'draft' || stepId === 'evidence');
    });
  }
});

test.describe('by keyboard alone, in Arabic (right to left)', () => {
  for (const [scenarioId, stepId] of STEPS) {
    test(`${scenarioId} / ${stepId}`, async ({ page }) => {
      await openAtStep(page, 'ar', scenarioId, stepId);
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      expect(await page.locator('.pretend-app').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
      const step = practiceStep(scenarioId, stepId);
      await practiseConduct(page, 'ar', step.task, 'keyboard', true);
      await expect(page.getByRole('heading', { name: say('ar', 'practice.done') })).toBeVisible();
    });
  }
});

test('a whole conduct story plays from its first line to the help card, in Chinese', async ({ page }) => {
  await openConductWorld(page, 'zh', null);
  await playStorySafely(page, 'zh', findScenario('conduct-password')!);
});

/** Pictures of every app for a person to look at: `CONDUCT_SHOTS=<folder>` turns it on. */
test.describe('screenshots', () => {
  test.skip(!process.env.CONDUCT_SHOTS, 'set CONDUCT_SHOTS to a folder to take them');
  for (const lang of ['en', 'ar', 'zh'] as const) {
    for (const [width, height] of [
      [1024, 768],
      [390, 844],
    ] as const) {
      test(`${lang} ${width}x${height}`, async ({ page }) => {
        test.setTimeout(300_000);
        await page.setViewportSize({ width, height });
        for (const [scenarioId, stepId] of STEPS) {
          await openAtStep(page, lang, scenarioId, stepId);
          await page.screenshot({ path: `${process.env.CONDUCT_SHOTS}/${lang}-${width}-${stepId}.png`, fullPage: true });
        }
      });
    }
  }
});
