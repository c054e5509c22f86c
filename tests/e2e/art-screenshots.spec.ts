/**
 * Every story's pictures at a phone, a tablet and a projector size, in English, Arabic and
 * Chinese: each step's scene and its safe outcome. Cheap to reach: the saved position opens each
 * step directly (as "Continue" does after a reload), no story is played from its start. Writes
 * PNGs to screenshots/art/ for people to look at.
 *
 *   npm run screenshots:art
 */
import { ALL_SCENARIOS } from '../../src/content';
import { isChooseStep } from '../../src/engine/steps';
import { STORAGE_KEY, STORAGE_VERSION } from '../../src/state/storageKey';
import { expect, openGame, say, test, waitForScene } from './fixtures';
import { button, escape, onScreen } from './support/play';
import type { Lang } from '../support/locales';

// Every story's scenes at three sizes take many minutes: only when asked for (npm run screenshots:art).
test.skip(!process.env.ART_SHOTS, 'pictures of every story only when asked for: npm run screenshots:art');

const SIZES = [
  { width: 390, height: 844 },
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
];
const LANGS: Lang[] = (process.env.ART_LANGS?.split(',') as Lang[] | undefined) ?? ['en', 'ar', 'zh'];

for (const lang of LANGS) {
  for (const scenario of ALL_SCENARIOS) {
    test(`${lang} ${scenario.id}: every step's picture`, async ({ page }) => {
      test.setTimeout(120_000);
      for (const step of scenario.steps.filter(isChooseStep)) {
        await page.addInitScript(
          ({ key, version, lang, scenarioId, stepId }) => {
            const state = {
              settings: {
                language: lang,
                sound: false,
                musicVolume: 0,
                effectsVolume: 0,
                textSize: 'normal',
                reducedMotion: true,
                highContrast: null,
              },
              progress: { completed: [], games: [], current: { scenarioId, stepId } },
            };
            localStorage.setItem(key, JSON.stringify({ version, state }));
          },
          { key: STORAGE_KEY, version: STORAGE_VERSION, lang, scenarioId: scenario.id, stepId: step.id },
        );
        await page.setViewportSize(SIZES[1]!);
        await openGame(page, `lang=${lang}`);
        await button(page, lang, 'title.continue').click();
        await expect(onScreen(page).getByText(say(lang, step.lines[0]!))).toBeVisible();
        await waitForScene(page);
        // The world's art is its own chunk: wait until its people and things are textures.
        await page.waitForFunction(
          () => ((window as unknown as { __tiko: { engineStats: { textures: number } } }).__tiko.engineStats?.textures ?? 0) > 12,
        );
        for (const size of SIZES) {
          await page.setViewportSize(size);
          await page.waitForTimeout(200);
          await page.screenshot({ path: `screenshots/art/${lang}/${scenario.id}-${step.id}-scene-${size.width}.png` });
        }
        for (let i = 0; i < step.lines.length; i++) await button(page, lang, 'scenario.next').click();
        const safe = step.choices.find((c) => c.kind === 'safe')!;
        await page.getByRole('button', { name: new RegExp(`^${escape(say(lang, safe.label))}`) }).click();
        await expect(onScreen(page).getByText(say(lang, safe.outcome[0]!))).toBeVisible();
        for (const size of SIZES) {
          await page.setViewportSize(size);
          await page.waitForTimeout(200);
          await page.screenshot({ path: `screenshots/art/${lang}/${scenario.id}-${step.id}-safe-${size.width}.png` });
        }
      }
    });
  }
}
