import type { Page } from '@playwright/test';
import { WORLDS, findScenario, type Scenario } from '../../src/content';
import { isChooseStep } from '../../src/engine/steps';
import type { Lang } from '../support/locales';
import { expect, openGame, say, test } from './fixtures';
import { button, escape, onScreen, practise, safeNext, screenButton, tabTo, worldButton } from './support/play';

/** One story as a class: think, count hands, see the chart, play the safe choice, discuss. */
async function playAsClass(page: Page, lang: Lang, scenario: Scenario, useKeyboard: boolean) {
  const press = async (key: string) => {
    if (useKeyboard) {
      await tabTo(page, say(lang, key));
      await page.keyboard.press('Enter');
    } else await screenButton(page, lang, key).click();
  };
  let stepId = scenario.start;
  for (;;) {
    const step = scenario.steps.find((s) => s.id === stepId)!;
    for (let i = 0; i < step.lines.length; i++) await press('scenario.next');
    if (!isChooseStep(step)) {
      // A pretend app is not voted on: the teacher does it in front of the class.
      await practise(page, lang, step, useKeyboard ? 'keyboard' : 'mouse');
      stepId = safeNext(step);
      if (stepId === 'end') break;
      continue;
    }
    // Think first: the choices are not on screen yet.
    await expect(onScreen(page).getByText(say(lang, 'classroom.think'))).toBeVisible();
    await expect(page.locator('[data-choice]')).toHaveCount(0);
    await press('classroom.showChoices');
    // Record a show of hands: 2 for the first choice, 7 for the safe one.
    const first = step.choices[0]!;
    const safe = step.choices.find((c) => c.kind === 'safe')!;
    if (useKeyboard) {
      // The first "+" belongs to the first choice; focus stays on it as the count redraws.
      await tabTo(page, '+');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
    } else {
      await page.locator(`[data-focus-id="plus-${first.id}"]`).click();
      await page.locator(`[data-focus-id="plus-${first.id}"]`).click();
    }
    await page.getByRole('spinbutton', { name: say(lang, 'classroom.votesFor', undefined, { choice: say(lang, safe.label) }) }).fill('7');
    await page
      .getByRole('spinbutton', { name: say(lang, 'classroom.votesFor', undefined, { choice: say(lang, safe.label) }) })
      .press('Tab');
    await press('classroom.showChart');
    const total = first.id === safe.id ? 7 : 9;
    await expect(page.locator('.vote-chart figcaption')).toHaveText(say(lang, 'classroom.chartTitle', total));
    await expect(page.locator('.vote-chart li.safest .bar-count')).toHaveText(say(lang, 'classroom.hands', 7));
    await expect(page.locator('.safest-note')).toContainText(say(lang, safe.label));
    if (useKeyboard) {
      await tabTo(page, say(lang, safe.label));
      await page.keyboard.press('Enter');
    } else await page.locator(`[data-choice="${safe.id}"]`).click();
    await press('scenario.continue');
    if (!safe.next || safe.next === 'end') break;
    stepId = safe.next;
  }
  // After the outcome: the key message with the discussion question and a teacher tip.
  await expect(onScreen(page).getByText(say(lang, scenario.discussion))).toBeVisible();
  await expect(page.locator('.teacher-tip')).toBeVisible();
  await press('scenario.next');
  await press('scenario.finish');
}

for (const [lang, keyboard] of [
  ['fr', false],
  ['ar', true],
] as const) {
  test(`class mode in ${lang} (${keyboard ? 'keyboard' : 'mouse'}): a whole world voted, charted and discussed`, async ({ page }) => {
    test.setTimeout(600_000);
    await openGame(page, `mode=class&lang=${lang}`);
    await expect(page.getByRole('heading', { name: say(lang, 'map.title') })).toBeVisible();
    // Every world is open for a teacher.
    for (const w of WORLDS) await expect(worldButton(page, lang, w.family)).not.toHaveAttribute('aria-disabled', 'true');
    await worldButton(page, lang, 'content').click();
    const world = WORLDS.find((w) => w.family === 'content')!;
    for (const [i, scenario] of world.scenarios.entries()) {
      await page.getByRole('button', { name: new RegExp(escape(say(lang, scenario.title))) }).click();
      await playAsClass(page, lang, scenario, keyboard);
      if (i < world.scenarios.length - 1) await button(page, lang, 'nav.backToWorld').click();
    }
    await expect(
      page.getByRole('heading', { name: say(lang, 'reward.title', undefined, { world: say(lang, 'world.content') }) }),
    ).toBeVisible();
    // Nothing of the lesson is stored on the computer.
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });
}

test('the teacher menu jumps to a story in a world a child would find locked, steps back and replays', async ({ page }) => {
  await openGame(page, 'mode=class&lang=en');
  await button(page, 'en', 'classroom.menu').click();
  const target = findScenario('contract-rights-terms')!;
  await page.locator(`[data-jump="${target.id}"]`).click();
  await expect(page.getByRole('heading', { name: say('en', target.title) })).toBeVisible();
  await button(page, 'en', 'scenario.next').click();
  await expect(onScreen(page).getByText(say('en', target.steps[0]!.lines[1] ?? 'classroom.think'))).toBeVisible();
  await button(page, 'en', 'classroom.menu').click();
  await button(page, 'en', 'classroom.back').click();
  await expect(onScreen(page).getByText(say('en', target.steps[0]!.lines[0]!))).toBeVisible();
  await button(page, 'en', 'classroom.menu').click();
  await button(page, 'en', 'classroom.newClass').click();
  await expect(page.getByRole('heading', { name: say('en', 'map.title') })).toBeVisible();
});

test('help contacts from the school’s file appear on the help card and the guide; a broken file falls back', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.route('**/help.json', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ contacts: { en: [{ name: 'Hillside School nurse', detail: 'Room 4, every morning' }] } }),
    }),
  );
  await openGame(page, 'lang=en');
  await button(page, 'en', 'guide.open').click();
  await expect(page.getByText('Hillside School nurse')).toBeVisible();
  await page.route('**/help.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"contacts": ' }));
  await page.reload();
  await button(page, 'en', 'guide.open').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('en', 'contact-guide:title'));
  await expect(page.getByText('Hillside School nurse')).toHaveCount(0);
  await expect.poll(() => warnings.some((w) => w.includes('help.json'))).toBe(true);
});

for (const lang of ['en', 'ar', 'zh', 'ru'] as const) {
  test(`the guide for grown-ups prints cleanly on A4 and Letter in ${lang}`, async ({ page }) => {
    await openGame(page, `lang=${lang}`);
    await button(page, lang, 'guide.open').click();
    for (const w of WORLDS) {
      await page.locator(`[data-focus-id="guide-${w.family}"]`).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(lang, `${w.family}-guide:title`));
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.guide-tools')).toBeHidden();
      await expect(page.locator('.guide')).toContainText(say(lang, `${w.family}-guide:lesson.warmUp`));
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = (await page.pdf({ format, printBackground: true })).toString('latin1');
        const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
        expect(pages, `${w.family} ${format}`).toBeGreaterThanOrEqual(1);
        expect(pages, `${w.family} ${format}`).toBeLessThanOrEqual(3);
      }
      await page.emulateMedia({ media: 'screen' });
    }
    if (lang === 'ar') await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  });
}
