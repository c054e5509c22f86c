import type { Page } from '@playwright/test';
import { WORLDS, findScenario, type PracticeStep } from '../../src/content';
import { button, onScreen, openWorld, playStorySafely, practise, tabTo, worldButton } from './support/play';
import { expect, fr, openGame, recordPlayedAudio, say, test, waitForScene } from './fixtures';
import type { Lang } from '../support/locales';

// The default motion: Tiko breathes, blinks and waves, screens fade (playwright.config.ts says why
// the other files play with less movement).
test.use({ reducedMotion: 'no-preference' });

/**
 * The walks below that are about direction, the keyboard, language or storage ask for less
 * movement: the first walk covers the default motion, and the animated stage costs a busy
 * machine seconds a click (see the budget just below).
 */
const lessMovement = (page: Page) => page.emulateMedia({ reducedMotion: 'reduce' });
// With the default motion the stage draws a frame whenever something moves, and a click waits
// for two frames to see its button hold still. Where WebGL is drawn in software on a loaded
// machine one frame can take half a second: 2 to 7 s a click at a load of 20 on 2 cores, so a
// walk outgrew the usual minute. The walks wait only on what the screen shows; this is their budget.
test.describe.configure({ timeout: 180_000 });

/** The practice step after the safe choice at "secret": report and block in a pretend chat. */
const PRACTICE = findScenario('contact-friend-request')!.steps.find((s) => s.id === 'report') as PracticeStep;

/** From the title to the friend-request story: Play, the contact world on the map, the story. */
async function openStory(page: Page, lang: Lang) {
  await button(page, lang, 'title.play').click();
  await expect(page.getByRole('heading', { name: say(lang, 'map.title') })).toBeVisible();
  await worldButton(page, lang, 'contact').click();
  await expect(page.getByRole('heading', { name: say(lang, 'world.contact') })).toBeVisible();
  await page.getByRole('button', { name: say(lang, fr('title')) }).click();
}

/** Plays the friend-request scenario with the mouse, trying a less safe choice at each step first. */
async function playWithMouse(page: Page, lang: Lang) {
  await openStory(page, lang);
  await expect(onScreen(page).getByText(say(lang, fr('request.line1')))).toBeVisible();
  await button(page, lang, 'scenario.next').click();
  await expect(onScreen(page).getByText(say(lang, fr('request.notification')))).toBeVisible();
  await button(page, lang, 'scenario.next').click();

  await expect(page.getByRole('heading', { name: say(lang, fr('request.prompt')) })).toBeVisible();
  await button(page, lang, fr('request.accept.label')).click();
  await expect(page.getByRole('heading', { name: say(lang, 'scenario.letsThink') })).toBeVisible();
  await expect(onScreen(page).getByText(say(lang, fr('request.accept.outcome1')))).toBeVisible();
  await button(page, lang, 'scenario.thinkAgain').click();
  // A second chance: the same choices, the tried one marked.
  await expect(page.locator('.choice.tried')).toHaveCount(1);
  await page.getByRole('button', { name: say(lang, fr('request.check.label')) }).click();
  await expect(page.getByRole('heading', { name: say(lang, 'scenario.goodChoice') })).toBeVisible();
  await button(page, lang, 'scenario.continue').click();

  await expect(onScreen(page).getByText(say(lang, fr('secret.line1')))).toBeVisible();
  await button(page, lang, 'scenario.next').click();
  await page.getByRole('button', { name: say(lang, fr('secret.privateChat.label')) }).click();
  await expect(onScreen(page).getByText(say(lang, fr('secret.privateChat.outcome1')))).toBeVisible();
  await button(page, lang, 'scenario.thinkAgain').click();
  await page.getByRole('button', { name: say(lang, fr('secret.blockTell.label')) }).click();
  await expect(onScreen(page).getByText(say(lang, fr('secret.blockTell.outcome2')))).toBeVisible();
  await button(page, lang, 'scenario.continue').click();

  // Now with the child's own hands, in a pretend chat: Reply first (it plays out, then Tiko rewinds).
  await expect(onScreen(page).getByText(say(lang, fr('report.line1')))).toBeVisible();
  await button(page, lang, 'scenario.next').click();
  await practise(page, lang, PRACTICE, 'mouse', true);

  await expect(page.getByRole('heading', { name: say(lang, 'scenario.keyMessage') })).toBeVisible();
  await expect(onScreen(page).getByText(say(lang, fr('keyMessage')))).toBeVisible();
  await button(page, lang, 'scenario.next').click();
  await expect(page.getByRole('heading', { name: say(lang, 'scenario.help') })).toBeVisible();
  await expect(onScreen(page).getByText(say(lang, 'help.trustedAdult'))).toBeVisible();
  await expect(onScreen(page).getByText(say(lang, 'help.helpline'))).toBeVisible();
  await button(page, lang, 'scenario.finish').click();
  await expect(page.getByRole('heading', { name: say(lang, 'scenario.doneTitle') })).toBeVisible();
}

test('a child plays the friend-request scenario with the mouse, with the mascot on the canvas', async ({ page }) => {
  // The whole story, now with its pretend chat too: longer than one minute on a loaded machine.
  test.slow();
  await openGame(page, 'lang=en');
  await waitForScene(page);
  await expect(page.locator('#game canvas')).toBeVisible();
  await playWithMouse(page, 'en');
  await button(page, 'en', 'nav.backToMap').last().click();
  const total = WORLDS.find((w) => w.family === 'contact')!.scenarios.length;
  await expect(worldButton(page, 'en', 'contact')).toContainText(say('en', 'map.stories', undefined, { done: 1, total }));
  await button(page, 'en', 'nav.backToStart').click();
  await expect(onScreen(page).getByText(say('en', 'title.progress', 1))).toBeVisible();
});

test('the same scenario in Arabic lays the screen out right to left', async ({ page }) => {
  await lessMovement(page);
  await openGame(page, 'lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await playWithMouse(page, 'ar');
  // Mirrored: "back" at the right, settings at the left; the panel left of the stage.
  await expect(page.locator('.home-button')).toHaveText(say('ar', 'nav.backToWorld'));
  const width = page.viewportSize()!.width;
  const home = await page.locator('.home-button').boundingBox();
  const settings = await page.locator('.settings-button').boundingBox();
  expect(home!.x).toBeGreaterThan(width / 2);
  expect(settings!.x).toBeLessThan(width / 2);
  const panel = await page.locator('.panel').boundingBox();
  const stage = await page.locator('.stage').boundingBox();
  expect(panel!.x).toBeLessThan(stage!.x);
});

/** From the question, Tab past its read-aloud button to the first choice. */
async function tabToChoices(page: Page): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => !!document.activeElement?.closest('.choices'))) return;
  }
  throw new Error('Tab never reached the choices');
}

test('the scenario can be played with the keyboard alone', async ({ page }) => {
  await lessMovement(page);
  const lang = 'en';
  await openGame(page, 'lang=en');
  await tabTo(page, say(lang, 'title.play'));
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toHaveText(say(lang, 'map.title'));
  await tabTo(page, say(lang, 'world.contact'));
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toHaveText(say(lang, 'world.contact'));
  await tabTo(page, say(lang, fr('title')));
  await page.keyboard.press('Enter');
  // Focus stays on "Next" while the lines change.
  await expect(onScreen(page).getByText(say(lang, fr('request.line1')))).toBeVisible();
  await tabTo(page, say(lang, 'scenario.next'));
  await page.keyboard.press('Enter');
  await expect(onScreen(page).getByText(say(lang, fr('request.line2')))).toBeVisible();
  await expect(page.locator(':focus')).toHaveText(say(lang, 'scenario.next'));
  await page.keyboard.press('Space');

  // Choices: focus lands on the question; Tab to the first choice, arrows move between them.
  await expect(page.locator(':focus')).toHaveText(say(lang, fr('request.prompt')));
  await tabToChoices(page);
  await expect(page.locator(':focus')).toContainText(say(lang, fr('request.accept.label')));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toContainText(say(lang, fr('request.school.label')));
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toHaveText(say(lang, 'scenario.letsThink'));
  await tabTo(page, say(lang, 'scenario.thinkAgain'));
  await page.keyboard.press('Enter');
  await tabToChoices(page);
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toContainText(say(lang, fr('request.check.label')));
  await page.keyboard.press('Enter');
  await tabTo(page, say(lang, 'scenario.continue'));
  await page.keyboard.press('Enter');

  await tabTo(page, say(lang, 'scenario.next'));
  await page.keyboard.press('Enter');
  await tabToChoices(page);
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(':focus')).toContainText(say(lang, fr('secret.blockTell.label')));
  await page.keyboard.press('Enter');
  await tabTo(page, say(lang, 'scenario.continue'));
  await page.keyboard.press('Enter');
  await expect(onScreen(page).getByText(say(lang, fr('report.line1')))).toBeVisible();
  await tabTo(page, say(lang, 'scenario.next'));
  await page.keyboard.press('Enter');
  await practise(page, lang, PRACTICE, 'keyboard', true);
  await expect(page.locator(':focus')).toHaveText(say(lang, 'scenario.keyMessage'));
  await tabTo(page, say(lang, 'scenario.next'));
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toHaveText(say(lang, 'scenario.help'));
  await tabTo(page, say(lang, 'scenario.finish'));
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toHaveText(say(lang, 'scenario.doneTitle'));
});

test('switching language mid-scenario keeps the child’s place', async ({ page }) => {
  await lessMovement(page);
  await openGame(page, 'lang=en');
  await openStory(page, 'en');
  await button(page, 'en', 'scenario.next').click();
  await button(page, 'en', 'scenario.next').click();
  await button(page, 'en', fr('request.check.label')).click();
  await button(page, 'en', 'scenario.continue').click();
  await expect(onScreen(page).getByText(say('en', fr('secret.line1')))).toBeVisible();

  await button(page, 'en', 'settings.open').click();
  const select = page.getByLabel(say('en', 'settings.language'));
  await select.focus();
  await select.selectOption('fr');
  // The panel stays open, now in French, with focus still on the language.
  await expect(page.getByRole('heading', { name: say('fr', 'settings.title') })).toBeVisible();
  await expect(page.getByLabel(say('fr', 'settings.language'))).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(onScreen(page).getByText(say('fr', fr('secret.line1')))).toBeVisible();
  await button(page, 'fr', 'scenario.next').click();
  await expect(page.getByRole('heading', { name: say('fr', fr('secret.prompt')) })).toBeVisible();
});

test('a reload keeps progress, and the language the child chose', async ({ page }) => {
  await lessMovement(page);
  await openGame(page, 'lang=en');
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await openStory(page, 'es');
  await button(page, 'es', 'scenario.next').click();
  await button(page, 'es', 'scenario.next').click();
  await button(page, 'es', fr('request.check.label')).click();
  await button(page, 'es', 'scenario.continue').click();
  await expect(onScreen(page).getByText(say('es', fr('secret.line1')))).toBeVisible();

  await openGame(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await button(page, 'es', 'title.continue').click();
  await expect(onScreen(page).getByText(say('es', fr('secret.line1')))).toBeVisible();

  const stored = await page.evaluate(() => ({ ...localStorage }));
  expect(Object.keys(stored)).toEqual(['tiko-safe-online']);
  expect(JSON.parse(stored['tiko-safe-online']!)).toEqual({
    version: 1,
    state: {
      settings: {
        language: 'es',
        sound: true,
        musicVolume: 0.4,
        effectsVolume: 0.8,
        textSize: 'normal',
        reducedMotion: null,
        highContrast: null,
        playTogether: null,
      },
      progress: { completed: [], games: [], current: { scenarioId: 'contact-friend-request', stepId: 'secret' } },
    },
  });
});

test('"delete my progress" asks first, then clears it', async ({ page }) => {
  await lessMovement(page);
  await openGame(page, 'lang=en');
  await button(page, 'en', 'title.play').click();
  // Any story finished will do.
  await openWorld(page, 'en', 'contact');
  await playStorySafely(page, 'en', findScenario('contact-friend-request')!);
  await button(page, 'en', 'nav.backToMap').last().click();
  await button(page, 'en', 'nav.backToStart').click();
  await expect(onScreen(page).getByText(say('en', 'title.progress', 1))).toBeVisible();

  await button(page, 'en', 'settings.open').click();
  await button(page, 'en', 'settings.delete').click();
  await expect(page.getByRole('dialog').getByText(say('en', 'settings.deleteQuestion'))).toBeVisible();
  await button(page, 'en', 'settings.deleteNo').click();
  await expect(page.getByRole('dialog').getByText(say('en', 'settings.deleteQuestion'))).toBeHidden();
  await button(page, 'en', 'settings.delete').click();
  await button(page, 'en', 'settings.deleteYes').click();
  await expect(page.getByRole('status').filter({ hasText: say('en', 'settings.deleted') })).toBeVisible();
  await button(page, 'en', 'settings.close').click();
  await expect(onScreen(page).getByText(say('en', 'title.progress', 1))).toBeHidden();
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('tiko-safe-online') ?? '{}'));
  expect(saved.state.progress).toEqual({ completed: [], games: [], current: null });
  await page.reload();
  await expect(button(page, 'en', 'title.play')).toBeVisible();
});

test('settings change text size and motion, and are remembered', async ({ page }) => {
  await openGame(page, 'lang=ru');
  await button(page, 'ru', 'settings.open').click();
  await page.getByLabel(say('ru', 'settings.textSizeLarger')).check();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
  await page.getByLabel(say('ru', 'settings.reducedMotion')).check();
  await expect(page.locator('html')).toHaveAttribute('data-reduced-motion', 'true');
  await page.getByLabel(say('ru', 'settings.soundOn')).uncheck();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
  await expect(page.locator('html')).toHaveAttribute('data-reduced-motion', 'true');
  await button(page, 'ru', 'settings.open').click();
  await expect(page.getByLabel(say('ru', 'settings.soundOn'))).not.toBeChecked();
});

test('reduced motion follows the device until the child chooses', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openGame(page, 'lang=en');
  await expect(page.locator('html')).toHaveAttribute('data-reduced-motion', 'true');
});

test.describe('a browser set to Chinese', () => {
  // Set on the test's own context, so the foreign-host and error guard still watches it.
  test.use({ locale: 'zh-CN' });
  test('the first visit speaks the browser’s language', async ({ page }) => {
    await openGame(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('zh', 'app.title'));
  });
});

test('unknown and malformed URL options are ignored', async ({ page }) => {
  await openGame(page, 'lang=xx&mode=%3Cscript%3E&foo=bar&lang=%E0%A4%A');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(button(page, 'en', 'title.play')).toBeVisible();
});

test('corrupt saved data: the game starts fresh, keeps the old data aside and tells a grown-up', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('tiko-safe-online', '{"state":{"settings":'));
  await openGame(page, 'lang=en');
  await expect(button(page, 'en', 'title.play')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('tiko-safe-online.unreadable'))).toBe('{"state":{"settings":');
  expect(warnings.filter((w) => w.includes('[storage]'))).toHaveLength(1);
  await button(page, 'en', 'settings.open').click();
  await expect(page.getByRole('dialog').getByText(say('en', 'settings.storageUnreadable'))).toBeVisible();
});

test('blocked storage: the game plays on in memory', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await openGame(page, 'lang=fr');
  await openStory(page, 'fr');
  await expect(onScreen(page).getByText(say('fr', fr('request.line1')))).toBeVisible();
  await button(page, 'fr', 'settings.open').click();
  await expect(page.getByRole('dialog').getByText(say('fr', 'settings.storageUnavailable'))).toBeVisible();
});

test('no cookies and no other storage are used', async ({ page, context }) => {
  await openGame(page, 'lang=en');
  await openStory(page, 'en');
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  // Sanity: the build really ships with a strict policy.
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe');
});

test('read aloud uses the device’s voice for the language, and the game’s recorded voice where there is none', async ({ page }) => {
  // A stand-in for the device's speech engine: a French voice only.
  await page.addInitScript(() => {
    const spoken: [string, string][] = [];
    Object.defineProperty(window, '__spoken', { value: spoken });
    class Utterance {
      lang = '';
      voice: unknown = null;
      rate = 1;
      constructor(readonly text: string) {}
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        getVoices: () => [{ lang: 'fr-FR', name: 'Voix' }],
        speak: (u: Utterance) => spoken.push([u.text, u.lang]),
        cancel: () => undefined,
        addEventListener: () => undefined,
      },
    });
  });
  const played = await recordPlayedAudio(page);
  await openGame(page, 'lang=fr');
  await page.getByRole('button', { name: say('fr', 'scenario.readAloud') }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __spoken: string[][] }).__spoken))
    .toEqual([[say('fr', 'mascot.greeting'), 'fr-FR']]);
  // No English voice on this device: the game's own recorded voice reads the line (issue 14).
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: say('en', 'scenario.readAloud') }).click();
  await expect.poll(played).toEqual([expect.stringMatching(/\/voices\/en\/[0-9a-f]{8}\.ogg$/)]);
});

test('a click counts when the device’s voices change between press and release: the title is not drawn again under it', async ({
  page,
}) => {
  await openGame(page, 'lang=en');
  const play = button(page, 'en', 'title.play');
  const box = (await play.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  const pressed = await play.elementHandle();
  // The device's voices change (a speech engine finishing its start-up): every language already
  // has a voice (the game's recorded one), so nothing on screen changes and nothing is redrawn.
  await page.evaluate(() => speechSynthesis.dispatchEvent(new Event('voiceschanged')));
  expect(await pressed!.evaluate((el) => el.isConnected)).toBe(true);
  await page.mouse.up();
  await expect(worldButton(page, 'en', 'contact')).toBeVisible();
});

test('the stage rests when nothing moves: after a quiet spell, or at once where motion is reduced', async ({ page }) => {
  await page.clock.install();
  await openGame(page, 'lang=en');
  await waitForScene(page);
  const resting = () =>
    page.evaluate(() => (window as unknown as { __tiko: { engineStats: { resting: boolean } | null } }).__tiko.engineStats?.resting);
  await button(page, 'en', 'title.play').click();
  // Tiko waves on the map, then stands still while the child looks; the loop sleeps.
  await expect.poll(resting).toBe(false);
  await page.clock.fastForward(21_000);
  await expect.poll(resting).toBe(true);
  // Any change wakes it.
  await worldButton(page, 'en', 'contact').click();
  await expect.poll(resting).toBe(false);
  // With less movement nothing moves at all, so it rests right after each change.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await button(page, 'en', 'nav.backToMap').click();
  await expect.poll(resting).toBe(true);
});
