import type { Page } from '@playwright/test';
import { WORLDS, findScenario, type Scenario } from '../../src/content';
import { isChooseStep } from '../../src/engine/steps';
import type { Lang } from '../support/locales';
import { expect, openGame, say, test } from './fixtures';
import { button, escape, onScreen, practise, safeNext, screenButton, worldButton } from './support/play';

/** One story as a class, by mouse: think, count hands, bars, then the safest choice, play it, discuss. */
async function playAsClass(page: Page, lang: Lang, scenario: Scenario) {
  const press = (key: string) => screenButton(page, lang, key).click();
  let stepId = scenario.start;
  for (;;) {
    const step = scenario.steps.find((s) => s.id === stepId)!;
    for (let i = 0; i < step.lines.length; i++) await press('scenario.next');
    const think = onScreen(page).getByText(say(lang, 'classroom.think'));
    const tellMe = onScreen(page).getByText(say(lang, 'classPlus.practice.tellMe'));
    await expect(think.or(tellMe)).toBeVisible();
    if (!isChooseStep(step) && (await tellMe.isVisible())) {
      // A pretend app without a class vote of its own: the class tells the teacher what to press.
      await expect(onScreen(page).getByText(say(lang, 'classPlus.practice.tellMe'))).toBeVisible();
      await press('classPlus.practice.doIt');
      await practise(page, lang, step, 'mouse');
      stepId = safeNext(step);
      if (stepId === 'end') break;
      continue;
    }
    // Think first: the choices are not on screen yet.
    await expect(onScreen(page).getByText(say(lang, 'classroom.think'))).toBeVisible();
    await expect(page.locator('[data-choice]')).toHaveCount(0);
    // The class size, asked once per class while the class thinks.
    const size = page.locator('#class-size-input');
    if (await size.count()) await size.fill('28');
    await press('classroom.showChoices');
    await page.locator('.vote-row input').first().fill('5');
    await press('classroom.showChart');
    await press('classPlus.showSafest');
    if (!isChooseStep(step)) {
      // The class voted on what to press; the teacher does it in the app.
      await press('classPlus.practice.doIt');
      await practise(page, lang, step, 'mouse');
      stepId = safeNext(step);
      if (stepId === 'end') break;
      continue;
    }
    const safe = step.choices.find((c) => c.kind === 'safe')!;
    await expect(page.locator('.vote-chart li.safest')).toContainText(say(lang, safe.label));
    await page.locator(`[data-choice="${safe.id}"]`).click();
    await press('scenario.continue');
    if (!safe.next || safe.next === 'end') break;
    stepId = safe.next;
  }
  // After the outcome: the key message with the discussion question; the tip stays off the projector.
  await expect(onScreen(page).getByText(say(lang, scenario.discussion))).toBeVisible();
  await expect(page.locator('.teacher-tip')).toHaveCount(0);
  await press('scenario.next');
  await press('scenario.finish');
}

test('class mode in fr (mouse): a whole world voted, charted and discussed', async ({ page }) => {
  test.setTimeout(300_000);
  const lang = 'fr';
  await openGame(page, `mode=class&lang=${lang}`);
  await expect(page.getByRole('heading', { name: say(lang, 'map.title') })).toBeVisible();
  // Every world is open for a teacher.
  for (const w of WORLDS) await expect(worldButton(page, lang, w.family)).not.toHaveAttribute('aria-disabled', 'true');
  await worldButton(page, lang, 'content').click();
  const world = WORLDS.find((w) => w.family === 'content')!;
  for (const [i, scenario] of world.scenarios.entries()) {
    await page.getByRole('button', { name: new RegExp(escape(say(lang, scenario.title))) }).click();
    await playAsClass(page, lang, scenario);
    if (i < world.scenarios.length - 1) await button(page, lang, 'nav.backToWorld').click();
  }
  await expect(
    page.getByRole('heading', { name: say(lang, 'reward.title', undefined, { world: say(lang, 'world.content') }) }),
  ).toBeVisible();
  // Nothing of the lesson is stored on the computer.
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

/** The element with focus must be the one that moves on (or the one named). */
async function expectFocusOn(page: Page, selector: string) {
  await expect(page.locator(selector)).toBeFocused();
}

test('a whole story by clicker keys and Enter only, forward and back, focus always on the way on', async ({ page }) => {
  test.setTimeout(180_000);
  const lang = 'en';
  const story = findScenario('contact-friend-request')!;
  await openGame(page, `mode=class&lang=${lang}`);
  await button(page, lang, 'classroom.menu').click();
  await page.locator(`[data-jump="${story.id}"]`).click();
  await expect(page.getByRole('heading', { name: say(lang, story.title) })).toBeVisible();
  await expectFocusOn(page, '[data-focus-id="next"]');
  let stepId = story.start;
  let first = true;
  for (;;) {
    const step = story.steps.find((s) => s.id === stepId)!;
    for (let i = 0; i < step.lines.length; i++) {
      await expect(onScreen(page).getByText(say(lang, step.lines[i]!))).toBeVisible();
      await page.keyboard.press(i % 2 ? 'ArrowRight' : 'PageDown');
    }
    await expect(onScreen(page).getByText(say(lang, 'classroom.think'))).toBeVisible();
    // The narrator's key fact stays in view while the class thinks and votes.
    await expect(page.locator('.class-key-fact')).toHaveText(say(lang, step.lines[step.lines.length - 1]!));
    if (first) {
      // Asked once per class, while the class thinks: the class size, typed, then on with PageDown.
      await expectFocusOn(page, '#class-size-input');
      await page.keyboard.type('28');
      first = false;
    } else {
      await expect(page.locator('#class-size-input')).toHaveCount(0);
      await expectFocusOn(page, '[data-class-next]');
    }
    await page.keyboard.press('PageDown');
    const choiceIds = isChooseStep(step) ? step.choices.map((c) => c.id) : ['reply', 'report-block', 'close'];
    const safeId = isChooseStep(step) ? step.choices.find((c) => c.kind === 'safe')!.id : 'report-block';
    // Type a count in every row, Tab to the next: focus never drops, no row is overwritten.
    await expectFocusOn(page, `[data-focus-id="votes-${choiceIds[0]}"]`);
    const counts = choiceIds.map((id) => (id === safeId ? 20 : 4));
    for (const [i, id] of choiceIds.entries()) {
      await expectFocusOn(page, `[data-focus-id="votes-${id}"]`);
      await page.keyboard.type(String(counts[i]));
      await page.keyboard.press('Tab');
    }
    for (const [i, id] of choiceIds.entries()) await expect(page.locator(`[data-focus-id="votes-${id}"]`)).toHaveValue(String(counts[i]));
    const sum = counts.reduce((a, b) => a + b, 0);
    await expect(page.locator('.class-total')).toHaveText(
      say(lang, sum > 28 ? 'classPlus.totalOver' : 'classPlus.totalOf', undefined, { count: sum, size: 28 }),
    );
    await expectFocusOn(page, '[data-focus-id="class-chart"]');
    await page.keyboard.press('Enter');
    // Bars first: no answer until the teacher asks.
    await expect(page.locator('.vote-chart')).toBeVisible();
    await expect(page.locator('.vote-chart li.safest, [data-choice]')).toHaveCount(0);
    await expectFocusOn(page, '[data-focus-id="class-safest"]');
    // A step back from the chart: the counting screen, with the counts kept; then on again.
    await page.keyboard.press('PageUp');
    for (const [i, id] of choiceIds.entries()) await expect(page.locator(`[data-focus-id="votes-${id}"]`)).toHaveValue(String(counts[i]));
    await page.keyboard.press('PageDown');
    await expectFocusOn(page, '[data-focus-id="class-safest"]');
    await page.keyboard.press('Space');
    await expect(page.locator('.vote-chart li.safest')).toHaveCount(1);
    if (isChooseStep(step)) {
      // The class's own choice (most hands) has the focus: Enter plays it.
      await expectFocusOn(page, `[data-choice="${safeId}"]`);
      await page.keyboard.press('Enter');
      await expectFocusOn(page, '[data-focus-id="continue"]');
      await page.keyboard.press('PageDown');
      stepId = safeNext(step);
    } else {
      await expectFocusOn(page, '[data-focus-id="class-do"]');
      await page.keyboard.press('Enter');
      // The teacher does it in the app, by keyboard.
      await expectFocusOn(page, '[data-focus-id="app-menu"]');
      await practise(page, lang, step, 'keyboard');
      stepId = step.next;
    }
    if (stepId === 'end') break;
  }
  await expect(onScreen(page).getByText(say(lang, story.discussion))).toBeVisible();
  await expectFocusOn(page, '[data-focus-id="next"]');
  await page.keyboard.press('PageDown');
  await expectFocusOn(page, '[data-focus-id="finish"]');
  // One step back and on again, with the clicker's keys.
  await page.keyboard.press('PageUp');
  await expect(onScreen(page).getByText(say(lang, story.discussion))).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('heading', { name: say(lang, 'scenario.doneTitle') })).toBeVisible();
  await page.keyboard.press('PageDown');
  const nextStory = WORLDS.find((w) => w.family === 'contact')!.scenarios[1]!;
  await expect(page.getByRole('heading', { name: say(lang, nextStory.title) })).toBeVisible();
});

test('the reveal: zero and oversized counts are said, the class size is kept, the answer only on request', async ({ page }) => {
  const lang = 'en';
  const story = findScenario('contact-friend-request')!;
  const step = story.steps[0]!;
  if (!isChooseStep(step)) throw new Error('a choice first');
  await openGame(page, `mode=class&lang=${lang}`);
  await button(page, lang, 'classroom.menu').click();
  await page.locator(`[data-jump="${story.id}"]`).click();
  for (let i = 0; i < step.lines.length; i++) await screenButton(page, lang, 'scenario.next').click();
  // A class size asked once, while the class thinks; then a running total against it.
  await page.locator('#class-size-input').fill('28');
  await page.locator('#class-size-input').press('Enter');
  // No hands at all: said, not taken.
  await screenButton(page, lang, 'classroom.showChart').click();
  await expect(page.locator('.class-notice')).toHaveText(say(lang, 'classPlus.zeroVotes'));
  await expect(page.locator('.vote-chart')).toHaveCount(0);
  await expect(page.locator('.class-total')).toHaveText(say(lang, 'classPlus.totalOf', undefined, { count: 0, size: 28 }));
  // 170 is never silently 99.
  const firstRow = page.locator(`[data-focus-id="votes-${step.choices[0]!.id}"]`);
  await firstRow.fill('170');
  await expect(firstRow).toHaveValue('99');
  await expect(page.locator('.class-notice')).toHaveText(say(lang, 'classPlus.capped', undefined, { typed: 170, max: 99 }));
  await expect(page.locator('.class-total')).toHaveText(say(lang, 'classPlus.totalOver', undefined, { count: 99, size: 28 }));
  await firstRow.fill('6');
  await page.locator(`[data-focus-id="plus-${step.choices[1]!.id}"]`).click();
  await page.locator(`[data-focus-id="plus-${step.choices[1]!.id}"]`).click();
  await expect(page.locator('.class-total')).toHaveText(say(lang, 'classPlus.totalOf', undefined, { count: 8, size: 28 }));
  await screenButton(page, lang, 'classroom.showChart').click();
  await expect(page.locator('.vote-chart figcaption')).toHaveText(say(lang, 'classPlus.chartOf', undefined, { count: 8, size: 28 }));
  await expect(page.locator('.vote-chart li.safest, [data-choice]')).toHaveCount(0);
  // Back a step from the teacher menu: the counts are still there.
  await button(page, lang, 'classroom.menu').click();
  await button(page, lang, 'classroom.back').click();
  await expect(firstRow).toHaveValue('6');
  await expect(page.locator(`[data-focus-id="votes-${step.choices[1]!.id}"]`)).toHaveValue('2');
  await screenButton(page, lang, 'classroom.showChart').click();
  await screenButton(page, lang, 'classPlus.showSafest').click();
  const safe = step.choices.find((c) => c.kind === 'safe')!;
  await expect(page.locator('.vote-chart li.safest')).toContainText(say(lang, safe.label));
  await expect(page.locator('.vote-chart li.safest')).toContainText(say(lang, 'classPlus.safestBadge'));
  // A think-again choice, then the same choices with an optional second round.
  const other = step.choices.find((c) => c.kind !== 'safe')!;
  await page.locator(`[data-choice="${other.id}"]`).click();
  await screenButton(page, lang, 'scenario.thinkAgain').click();
  await expect(page.locator('.vote-chart li.safest')).toBeVisible();
  await screenButton(page, lang, 'classPlus.voteAgain').click();
  await expect(onScreen(page).getByText(say(lang, 'classroom.think'))).toBeVisible();
  await screenButton(page, lang, 'classroom.showChoices').click();
  // The class size was asked once for the class.
  await expect(page.locator('#class-size-input')).toHaveCount(0);
  await expect(firstRow).toHaveValue('0');
});

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  test(`every class screen fits ${width}×${height} without a vertical scroll`, async ({ page }) => {
    test.setTimeout(120_000);
    const lang = 'en';
    await page.setViewportSize({ width, height });
    const fits = async (where: string) => {
      const over = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
      expect(over, where).toBeLessThanOrEqual(0);
    };
    await openGame(page, `lang=${lang}`);
    await expect(button(page, lang, 'classroom.open')).toBeInViewport({ ratio: 1 });
    await openGame(page, `mode=class&lang=${lang}`);
    await fits('map');
    await worldButton(page, lang, 'contact').click();
    await fits('world');
    const story = findScenario('contact-friend-request')!;
    await page.getByRole('button', { name: new RegExp(escape(say(lang, story.title))) }).click();
    let stepId = story.start;
    let first = true;
    while (stepId !== 'end') {
      const step = story.steps.find((s) => s.id === stepId)!;
      for (let i = 0; i < step.lines.length; i++) {
        await fits(`${step.id} line ${i}`);
        await screenButton(page, lang, 'scenario.next').click();
      }
      if (first) await page.locator('#class-size-input').fill('28');
      first = false;
      await fits(`${step.id} think`);
      await screenButton(page, lang, 'classroom.showChoices').click();
      const rows = page.locator('.vote-row input');
      for (let i = 0; i < (await rows.count()); i++) await rows.nth(i).fill(String(9 + i));
      await fits(`${step.id} counting`);
      await screenButton(page, lang, 'classroom.showChart').click();
      await fits(`${step.id} chart`);
      await screenButton(page, lang, 'classPlus.showSafest').click();
      await fits(`${step.id} answer`);
      if (isChooseStep(step)) {
        const safe = step.choices.find((c) => c.kind === 'safe')!;
        await page.locator(`[data-choice="${safe.id}"]`).click();
        await fits(`${step.id} outcome`);
        await screenButton(page, lang, 'scenario.continue').click();
      } else {
        await screenButton(page, lang, 'classPlus.practice.doIt').click();
        await fits(`${step.id} app`);
        await practise(page, lang, step, 'mouse');
      }
      stepId = safeNext(step);
    }
    await fits('key message');
    await screenButton(page, lang, 'scenario.next').click();
    await fits('help');
    await screenButton(page, lang, 'scenario.finish').click();
    await fits('done');
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
  // The teacher's side: the story on screen with its answer key and tip, off the projector.
  await button(page, 'en', 'classroom.menu').click();
  await expect(page.locator(`[data-jump="${target.id}"]`)).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('.teacher-notes')).toContainText(say('en', `contract-guide:tips.${target.id}`));
  const first = target.steps[0]!;
  if (isChooseStep(first))
    await expect(page.locator('.teacher-key li').first()).toContainText(say('en', first.choices.find((c) => c.kind === 'safe')!.label));
  // A new class is confirmed first; "no" keeps the lesson.
  await button(page, 'en', 'classroom.newClass').click();
  await button(page, 'en', 'classPlus.menu.newClassNo').click();
  await expect(page.locator('#new-class-question')).toBeHidden();
  await button(page, 'en', 'classroom.newClass').click();
  await button(page, 'en', 'classPlus.menu.newClassYes').click();
  await expect(page.getByRole('heading', { name: say('en', 'map.title') })).toBeVisible();
  // The settings speak to the teacher about the lesson.
  await button(page, 'en', 'settings.open').click();
  await expect(button(page, 'en', 'classPlus.settings.delete')).toBeVisible();
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

const PACK_SECTIONS = [
  'link',
  'objectives',
  'timings',
  'script',
  'discussion',
  'vocabulary',
  'cards',
  'exit',
  'answers',
  'curriculum',
  'disclosure',
  'letter',
] as const;

test('the lesson pack prints to PDF in six languages with every section, page numbers and the school’s contacts', async ({ page }) => {
  test.setTimeout(180_000);
  await page.route('**/help.json', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ contacts: { en: [{ name: 'Hillside School nurse', detail: 'Room 4, every morning' }] } }),
    }),
  );
  for (const [i, lang] of (['en', 'ar', 'zh', 'fr', 'ru', 'es'] as const).entries()) {
    const world = WORLDS[i % WORLDS.length]!;
    await page.goto(`/lesson.html?world=${world.family}&lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('data-lesson', 'ready');
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      say(lang, 'lesson:title', undefined, { world: say(lang, world.name) }),
    );
    for (const id of PACK_SECTIONS) await expect(page.locator(`[data-section="${id}"]`), `${lang} ${id}`).toHaveCount(1);
    // Every option of every story, with the safest marked.
    const safeCount = world.scenarios.flatMap((s) => s.steps.filter(isChooseStep)).length;
    await expect(page.locator('.pack-safe')).toHaveCount(safeCount);
    await expect(page.locator('.pack-ticket > ol > li')).toHaveCount(3);
    if (lang === 'en') await expect(page.locator('.pack-letter')).toContainText('Hillside School nurse');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.pack-print')).toBeHidden();
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = (await page.pdf({ format, printBackground: true })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages, `${lang} ${format}`).toBeGreaterThanOrEqual(4);
    }
    if (process.env.PACK_SHOTS && ['en', 'ar', 'zh'].includes(lang))
      await page.screenshot({ path: `${process.env.PACK_SHOTS}/pack-${lang}.png`, fullPage: false });
    await page.emulateMedia({ media: 'screen' });
  }
});

test('the teacher notes window follows the story on the projector', async ({ page, context }) => {
  await openGame(page, 'mode=class&lang=en');
  await button(page, 'en', 'classroom.menu').click();
  const popup = context.waitForEvent('page');
  await button(page, 'en', 'classPlus.menu.notesWindow').click();
  const notes = await popup;
  await expect(notes.locator('html')).toHaveAttribute('data-lesson', 'ready');
  await expect(notes.getByText(say('en', 'lesson:notes.waiting'))).toBeVisible();
  await page.keyboard.press('Escape');
  await button(page, 'en', 'classroom.menu').click();
  const story = findScenario('contact-photo-request')!;
  await page.locator(`[data-jump="${story.id}"]`).click();
  await expect(notes.locator('#lesson')).toHaveAttribute('data-story', story.id);
  await expect(notes.getByText(say('en', `contact-guide:tips.${story.id}`))).toBeVisible();
  // Not on the shared screen.
  await expect(page.getByText(say('en', `contact-guide:tips.${story.id}`))).toHaveCount(0);
});
