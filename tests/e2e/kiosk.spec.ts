import { WORLDS, findScenario } from '../../src/content';
import { expect, openGame, recordPlayedAudio, say, test } from './fixtures';
import { button, onScreen, playToKeyMessage, screenButton } from './support/play';
import { continueMiniGame, playMiniGame } from './support/miniGames';
import { holdRequests } from './support/holdRequests';

const screen = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { __tiko: { screen: string } }).__tiko.screen);

// fastForward jumps the fake clock and fires each due timer once: the kiosk's timers work
// from timestamps, and the game's canvas need not draw minutes of frames.
test.describe('kiosk mode', () => {
  test.beforeEach(async ({ page }) => {
    // Time moves only when the test says so, however slow the machine (the canvas stays still too).
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 5_000);
    await openGame(page, 'mode=kiosk');
    await expect(page.locator('.attract-touch')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-kiosk', 'ready');
  });

  test('the attract screen invites in each of the event’s languages in turn', async ({ page }) => {
    await expect(page.locator('.attract-invite')).toHaveText(say('en', 'kiosk.invite'));
    await page.clock.fastForward(5_000);
    await expect(page.locator('.attract-invite')).toHaveText(say('fr', 'kiosk.invite'));
    await expect(page.locator('.attract-invite')).toHaveAttribute('lang', 'fr');
    await page.clock.fastForward(5_000);
    await page.clock.fastForward(5_000);
    await expect(page.locator('.attract-invite')).toHaveText(say('ar', 'kiosk.invite'));
    await expect(page.locator('.attract-invite')).toHaveAttribute('dir', 'rtl');
    // Nothing counts down while nobody plays.
    await page.clock.fastForward(5 * 60_000);
    await expect(page.locator('.idle-dialog')).not.toBeVisible();
  });

  test('idle: a warning with a countdown, a touch continues, silence wipes the visitor', async ({ page }) => {
    await page.getByRole('button', { name: 'Español' }).click();
    const first = findScenario('contact-friend-request')!;
    await expect(page.getByRole('heading', { name: say('es', first.title) })).toBeVisible();
    await button(page, 'es', 'scenario.next').click();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);

    await page.clock.fastForward(58_000);
    await expect(page.locator('.idle-dialog')).not.toBeVisible();
    await page.clock.fastForward(3_000);
    await expect(page.getByRole('heading', { name: say('es', 'kiosk.stillThere') })).toBeVisible();
    await expect(page.locator('.idle-count')).toHaveText(/^(19|20)$/);
    await page.clock.fastForward(15_000);
    await expect(page.locator('.idle-count')).toHaveText(/^[45]$/);
    // A visitor's tap where the button is. Any touch anywhere continues, so this taps like a
    // person rather than through Playwright's click, whose target check could miss the top-layer
    // dialog while headless Chromium settles fullscreen, and then swallow the tap.
    const box = (await page.getByRole('button', { name: say('es', 'kiosk.stillHere') }).boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.locator('.idle-dialog')).not.toBeVisible();
    expect(await screen(page)).toBe('scenario');
    await expect(onScreen(page).getByText(say('es', first.steps[0]!.lines[1]!))).toBeVisible();

    await page.clock.fastForward(60_000 + 20_000 + 1_000);
    await expect(page.locator('.attract-touch')).toBeVisible();
    expect(await screen(page)).toBe('attract');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    // The next family starts from the beginning.
    await page.locator('.attract-touch').click();
    await expect(onScreen(page).getByText(say('en', first.steps[0]!.lines[0]!))).toBeVisible();
  });

  test('a touch starts the express tour: two stories and a mini-game, then thanks and back to attract', async ({ page }) => {
    test.setTimeout(120_000);
    await page.locator('.attract-touch').click();
    const tour = ['contact-friend-request', 'content-fake-news'];
    for (const [i, id] of tour.entries()) {
      const scenario = findScenario(id)!;
      await expect(page.getByRole('heading', { name: say('en', scenario.title) })).toBeVisible();
      await expect(page.locator('.kiosk-queue')).toHaveText(say('en', 'kioskPlus.queueStory', undefined, { n: i + 1, total: 3 }));
      await playToKeyMessage(page, 'en', scenario);
      await button(page, 'en', 'scenario.next').click();
      await button(page, 'en', 'scenario.finish').click();
      await screenButton(page, 'en', 'kiosk.continue').click();
    }
    const game = WORLDS[0]!.game;
    await expect(page.getByRole('heading', { name: say('en', game.title) })).toBeVisible();
    await expect(page.locator('.kiosk-queue')).toHaveText(say('en', 'kioskPlus.queueGame', undefined, { n: 3, total: 3 }));
    await expect(page.locator('[data-focus-id=game-challenge]')).toHaveCount(0);
    await playMiniGame(page, 'en', game, 'mouse');
    await screenButton(page, 'en', 'kiosk.continue').click();
    await expect(page.getByRole('heading', { name: say('en', 'kiosk.endTitle') })).toBeVisible();
    await expect(page.locator('.kiosk-queue')).toBeHidden();
    await screenButton(page, 'en', 'kiosk.playAgain').click();
    await expect(page.locator('.attract-touch')).toBeVisible();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });

  test('no way out: context menu, back, shortcuts and links stay inside the game', async ({ page }) => {
    const url = page.url();
    await page.locator('.attract-touch').click();
    const prevented = await page.evaluate(() => {
      const menu = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
      document.querySelector('main')!.dispatchEvent(menu);
      const key = new KeyboardEvent('keydown', { key: 'p', ctrlKey: true, bubbles: true, cancelable: true });
      document.body.dispatchEvent(key);
      const back = new KeyboardEvent('keydown', { key: 'ArrowLeft', altKey: true, bubbles: true, cancelable: true });
      document.body.dispatchEvent(back);
      return [menu.defaultPrevented, key.defaultPrevented, back.defaultPrevented, window.open('https://example.org') === null];
    });
    expect(prevented).toEqual([true, true, true, true]);
    await page.goBack().catch(() => undefined);
    expect(page.url()).toBe(url);
    expect(await screen(page)).toBe('scenario');
    await expect(page.locator('a[href]')).toHaveCount(0);
    await expect(page.locator('[data-focus-id=topbar-back]')).toHaveCount(0);
  });

  test('an organiser opens the panel with the PIN and can start over or leave', async ({ page }) => {
    await page.locator('.attract-touch').click();
    await page.keyboard.press('Control+Alt+O');
    const pin = page.getByLabel(say('en', 'organiser.pin'));
    await pin.fill('1111');
    await pin.press('Enter');
    await expect(page.getByText(say('en', 'organiser.wrongPin'))).toBeVisible();
    // A wrong try waits a second before the next one.
    await page.clock.fastForward(1_100);
    await pin.fill('2468');
    await pin.press('Enter');
    await page.getByRole('button', { name: say('en', 'organiser.reset') }).click();
    await expect(page.locator('.attract-touch')).toBeVisible();
    await page.keyboard.press('Control+Alt+O');
    await page.getByLabel(say('en', 'organiser.pin')).fill('2468');
    await page.getByLabel(say('en', 'organiser.pin')).press('Enter');
    await page.getByRole('button', { name: say('en', 'organiser.leave') }).click();
    await expect(page).toHaveURL(/mode=home/);
    await expect(page.getByRole('button', { name: say('en', 'title.play'), exact: true })).toBeVisible();
  });
});

test('a broken kiosk file falls back to the defaults with a console message, never an error screen', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.route('**/kiosk.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"languages": ["xx"], "countdownSeconds": 3, "pin": 12' }),
  );
  await openGame(page, 'mode=kiosk');
  await expect(page.locator('.attract-touch')).toBeVisible();
  await expect.poll(() => warnings.some((w) => w.includes('kiosk.json'))).toBe(true);
  await page.route('**/kiosk.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"languages": ["xx", "ru"], "countdownSeconds": 3 }' }),
  );
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect.poll(() => warnings.some((w) => w.includes('countdownSeconds'))).toBe(true);
});

test('local help contacts from the event appear on the help card, even for a visitor who touched before the event’s file arrived', async ({
  page,
}) => {
  // A slow venue network: the file, and the kiosk's own code, arrive only after the visitor has
  // touched, however slow the machine (a touch before the code had arrived was once lost).
  await page.route('**/kiosk.json', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({
        languages: ['en'],
        help: {
          contacts: { en: [{ name: 'Science Night help desk', detail: 'By the main door, all evening' }] },
          trustedAdult: { en: 'A volunteer in a yellow T-shirt' },
        },
      }),
    }),
  );
  const touched = await holdRequests(page, '**/assets/kioskMode-*.js', '**/kiosk.json');
  await openGame(page, 'mode=kiosk');
  await page.locator('.attract-touch').click();
  await expect(page.locator('html')).not.toHaveAttribute('data-kiosk', 'ready');
  touched();
  await playToKeyMessage(page, 'en', findScenario('contact-friend-request')!);
  await button(page, 'en', 'scenario.next').click();
  await expect(onScreen(page).getByText('Science Night help desk')).toBeVisible();
  await expect(onScreen(page).getByText('A volunteer in a yellow T-shirt')).toBeVisible();
});

/** Issue 14, on the two screens a hall has (a landscape TV and a portrait totem), both touch screens. */
const HALL_SCREENS = [
  { key: 'landscape', name: 'landscape 1920×1080', viewport: { width: 1920, height: 1080 } },
  { key: 'portrait', name: 'portrait 1080×1920', viewport: { width: 1080, height: 1920 } },
] as const;
type Hall = (typeof HALL_SCREENS)[number]['key'];

async function holdCorner(page: import('@playwright/test').Page): Promise<void> {
  const rtl = (await page.locator('html').getAttribute('dir')) === 'rtl';
  const width = page.viewportSize()!.width;
  await page.mouse.move(rtl ? width - 10 : 10, 10);
  await page.mouse.down();
  await page.clock.fastForward(3_100);
  await page.mouse.up();
}

async function typePin(page: import('@playwright/test').Page, pin: string): Promise<void> {
  const input = page.getByLabel(say('en', 'organiser.pin'));
  await input.fill(pin);
  await input.press('Enter');
}

for (const hall of HALL_SCREENS) {
  test.describe(`kiosk in the hall, ${hall.name}, touch`, () => {
    test.use({ viewport: hall.viewport, hasTouch: true });
    // Each check runs on the screen where it can go wrong (both where the layout is the point): the suite's time counts.
    const hallTest = (on: Hall[], title: string, body: Parameters<typeof test>[2]) => {
      if (on.includes(hall.key)) test(title, body);
    };
    test.beforeEach(async ({ page }) => {
      await page.clock.install();
      await page.clock.pauseAt(Date.now() + 5_000);
      await openGame(page, 'mode=kiosk');
      await expect(page.locator('html')).toHaveAttribute('data-kiosk', 'ready');
      await expect(page.locator('.attract-touch')).toBeInViewport();
    });

    hallTest(
      ['landscape'],
      'no organiser action before the PIN; wrong tries wait longer each time; the error goes with the right PIN',
      async ({ page }) => {
        await page.locator('.attract-touch').tap();
        await expect.poll(() => screen(page)).toBe('scenario');
        await holdCorner(page);
        const dialog = page.locator('.organiser-dialog');
        await expect(dialog).toBeVisible();
        // Only the PIN, Open and Close exist: no organiser control is in the page, hidden or not.
        await expect(dialog.getByRole('button')).toHaveText([say('en', 'organiser.open'), say('en', 'organiser.close')]);
        for (const key of ['organiser.reset', 'organiser.leave', 'kioskPlus.cardsOpen', 'kioskPlus.tallyOpen'])
          await expect(page.getByText(say('en', key))).toHaveCount(0);
        expect(await page.evaluate(() => document.querySelectorAll('.organiser-panel').length)).toBe(0);

        await typePin(page, '1111');
        await expect(dialog.getByRole('alert')).toHaveText(say('en', 'organiser.wrongPin'));
        await expect(dialog.getByText(say('en', 'kioskPlus.pinWait'))).toBeVisible();
        await expect(dialog.getByRole('button', { name: say('en', 'organiser.open') })).toBeDisabled();
        await page.clock.fastForward(1_100);
        await expect(dialog.getByRole('button', { name: say('en', 'organiser.open') })).toBeEnabled();
        await typePin(page, '2222');
        // The second wrong try waits two seconds: still shut after one.
        await page.clock.fastForward(1_100);
        await expect(dialog.getByRole('button', { name: say('en', 'organiser.open') })).toBeDisabled();
        // Closing and opening again does not shorten the wait.
        await dialog.getByRole('button', { name: say('en', 'organiser.close') }).click();
        await page.keyboard.press('Control+Alt+O');
        await expect(page.locator('.organiser-dialog').getByRole('button', { name: say('en', 'organiser.open') })).toBeDisabled();
        await page.clock.fastForward(1_100);
        await expect(page.locator('.organiser-dialog').getByRole('button', { name: say('en', 'organiser.open') })).toBeEnabled();
        await typePin(page, '2468');
        await expect(page.locator('.organiser-dialog [role=alert]')).toHaveCount(0);
        await expect(page.getByText(say('en', 'organiser.wrongPin'))).toHaveCount(0);
        await page.getByRole('button', { name: say('en', 'organiser.reset') }).tap();
        await expect(page.locator('.attract-touch')).toBeInViewport();
        // The right PIN cleared the count: the next mistake waits one second again.
        await page.keyboard.press('Control+Alt+O');
        await typePin(page, '0000');
        await page.clock.fastForward(1_100);
        await expect(page.locator('.organiser-dialog').getByRole('button', { name: say('en', 'organiser.open') })).toBeEnabled();
      },
    );

    hallTest(
      ['landscape'],
      'every way back to the attract screen is a full wipe, and "Touch to play" stays on screen',
      async ({ page }) => {
        // Five visitors, one of them through the whole express tour: 25 s on a quiet machine, over a minute on a busy one.
        test.setTimeout(180_000);
        const dirty = async () => {
          await page.getByRole('button', { name: 'Español' }).tap();
          await expect.poll(() => screen(page)).toBe('scenario');
          await page.locator('[data-focus-id=topbar-settings]').tap();
          await page.locator('[data-focus-id=settings-size-larger]').check();
          await page.locator('[data-focus-id=settings-sound]').uncheck();
          await page.locator('[data-focus-id=settings-contrast]').check();
          await page.locator('[data-focus-id=settings-close]').tap();
          await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
          await expect(page.locator('html')).toHaveAttribute('lang', 'es');
        };
        const wiped = async () => {
          await expect(page.locator('.attract-touch')).toBeInViewport({ ratio: 1 });
          await expect(page.locator('html')).toHaveAttribute('data-text-size', 'normal');
          await expect(page.locator('html')).toHaveAttribute('data-contrast', 'normal');
          await expect(page.locator('html')).toHaveAttribute('lang', 'en');
          expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
          await page.locator('.attract-touch').tap();
          await page.locator('[data-focus-id=topbar-settings]').tap();
          await expect(page.locator('[data-focus-id=settings-sound]')).toBeChecked();
          await expect(page.locator('[data-focus-id=settings-size-normal]')).toBeChecked();
          await page.locator('[data-focus-id=settings-close]').tap();
          await page.keyboard.press('Control+Alt+O');
          await typePin(page, '2468');
          await page.getByRole('button', { name: say('en', 'organiser.reset') }).tap();
          await expect(page.locator('.attract-touch')).toBeInViewport({ ratio: 1 });
        };
        // 1. Idle.
        await dirty();
        await page.clock.fastForward(61_000);
        await page.clock.fastForward(21_000);
        await wiped();
        // 2. The organiser's Start over.
        await dirty();
        await page.keyboard.press('Control+Alt+O');
        await typePin(page, '2468');
        await page.getByRole('button', { name: say('es', 'organiser.reset') }).tap();
        await wiped();
        // 3. "Start again" on the thank-you screen, and 4. the thank-you screen's own timer.
        for (const how of ['button', 'timer'] as const) {
          await dirty();
          await playExpressTour(page, 'es');
          await expect(page.getByRole('heading', { name: say('es', 'kiosk.endTitle') })).toBeVisible();
          if (how === 'button') await screenButton(page, 'es', 'kiosk.playAgain').tap();
          else await page.clock.fastForward(15_100);
          await wiped();
        }
      },
    );

    hallTest(['portrait'], 'the attract title turns with the invitation; a touch on Tiko or on the background starts', async ({ page }) => {
      await expect(page.locator('.attract-title')).toHaveText(say('en', 'app.title'));
      await page.clock.fastForward(5_000);
      await expect(page.locator('.attract-title')).toHaveText(say('fr', 'app.title'));
      await expect(page.locator('.attract-title')).toHaveAttribute('lang', 'fr');
      await expect(page.locator('.attract-invite')).toHaveText(say('fr', 'kiosk.invite'));
      // Tiko's act on the stage.
      await page.locator('#stage').tap();
      await expect.poll(() => screen(page)).toBe('scenario');
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
      await page.keyboard.press('Control+Alt+O');
      await typePin(page, '2468').catch(() => undefined);
      await page.getByRole('button', { name: say('fr', 'organiser.reset') }).tap();
      await expect(page.locator('.attract-touch')).toBeInViewport();
      const { width, height } = page.viewportSize()!;
      await page.touchscreen.tap(width * 0.85, height * 0.95);
      await expect.poll(() => screen(page)).toBe('scenario');
    });

    hallTest(
      ['portrait'],
      'the portrait title bar is one line high; a double tap, a finger from the screen before or a held Enter moves one panel only',
      async ({ page }) => {
        const story = findScenario('contact-friend-request')!;
        const lines = story.steps[0]!.lines;
        const phase = () => page.evaluate(() => (window as unknown as { __tiko: { phase: string | null } }).__tiko.phase);
        const startStory = async () => {
          await page.reload();
          await expect(page.locator('html')).toHaveAttribute('data-kiosk', 'ready');
          await page.locator('.attract-touch').tap();
          await expect(onScreen(page).getByText(say('en', lines[0]!))).toBeVisible();
        };
        /** What one step forward shows: the next line, or the choices (none picked yet). */
        const oneStepOn = async () => {
          if (lines.length > 1) await expect(onScreen(page).getByText(say('en', lines[1]!))).toBeVisible();
          if (lines.length > 2) await expect(onScreen(page).getByText(say('en', lines[2]!))).toHaveCount(0);
          expect(await phase()).not.toBe('outcome');
        };
        const centre = async () => {
          const box = (await button(page, 'en', 'scenario.next').boundingBox())!;
          return [box.x + box.width / 2, box.y + box.height / 2] as const;
        };

        await startStory();
        const header = (await page.locator('.scenario-header').boundingBox())!;
        expect(header.height).toBeLessThan(120);
        // A double click on Next (desktop).
        await page.mouse.dblclick(...(await centre()));
        await oneStepOn();

        // A finger that went down on the panel before and lifts on the new one.
        await startStory();
        const [x, y] = await centre();
        await page.mouse.move(x, y);
        await page.mouse.down();
        await page.evaluate(() => (document.querySelector('.panel button.primary') as HTMLButtonElement).click());
        await page.mouse.up();
        await oneStepOn();

        // A held Enter (the keyboard's auto-repeat) on Next.
        await startStory();
        await button(page, 'en', 'scenario.next').focus();
        await page.keyboard.down('Enter');
        await page.keyboard.down('Enter');
        await page.keyboard.down('Enter');
        await page.keyboard.up('Enter');
        await oneStepOn();
      },
    );

    hallTest(
      ['landscape'],
      'a mini-game: a double tap on Next never sorts the next card; the results’ Continue is on screen',
      async ({ page }) => {
        await page.route('**/kiosk.json', (route) =>
          route.fulfill({
            status: 200,
            contentType: 'application/json',
            body: JSON.stringify({ tour: { scenarios: [], game: 'contact-game' } }),
          }),
        );
        await page.reload();
        await expect(page.locator('html')).toHaveAttribute('data-kiosk', 'ready');
        await page.locator('.attract-touch').tap();
        await page.locator('[data-focus-id=game-relaxed]').tap();
        const game = WORLDS[0]!.game;
        if (game.type !== 'chat-triage') throw new Error('The first world’s game is the chat check');
        // The first message, answered the safe way; then a double tap on Next.
        const firstId = await page.locator('.ct-fresh[data-chat]').getAttribute('data-chat');
        const first = game.chats.find((c) => c.id === firstId)!;
        await page.locator(`[data-triage=${first.best[0]}]`).tap();
        const next = (await button(page, 'en', 'scenario.next').boundingBox())!;
        await page.mouse.dblclick(next.x + next.width / 2, next.y + next.height / 2);
        // The second message waits for the child: the second click did not land on an action.
        await expect(page.locator('.ct-fresh[data-chat]')).toBeVisible();
        await expect(page.locator('.ct-fresh[data-chat]')).not.toHaveAttribute('data-chat', first.id);
        await expect(page.getByRole('heading', { name: say('en', 'miniGames.triage.right') })).toHaveCount(0);
        await continueMiniGame(page, 'en', game, 'touch');
        await expect(page.locator('[data-focus-id=tour-next]')).toBeInViewport({ ratio: 1 });
      },
    );

    hallTest(['landscape'], 'the developer tools and window shortcuts are refused by the page', async ({ page }) => {
      const refused = await page.evaluate(() =>
        [
          { key: 'I', ctrlKey: true, shiftKey: true },
          { key: 'C', ctrlKey: true, shiftKey: true },
          { key: 'J', ctrlKey: true, shiftKey: true },
          { key: 'F12' },
          { key: 'w', ctrlKey: true },
          { key: 'Tab', ctrlKey: true },
          { key: 'F4', altKey: true },
          { key: 'u', ctrlKey: true },
        ].map((init) => {
          const e = new KeyboardEvent('keydown', { ...init, bubbles: true, cancelable: true });
          document.body.dispatchEvent(e);
          return e.defaultPrevented;
        }),
      );
      expect(refused).toEqual(Array(8).fill(true));
    });

    hallTest(
      ['portrait'],
      'the organiser’s tally counts scripted visitors, exports CSV and clears; the card sheet has six languages',
      async ({ page }) => {
        test.setTimeout(180_000);
        const story = findScenario('contact-friend-request')!;
        await page.route('**/kiosk.json', (route) =>
          route.fulfill({
            status: 200,
            contentType: 'application/json',
            body: JSON.stringify({ tally: true, tour: { scenarios: [story.id], game: null } }),
          }),
        );
        await page.reload();
        await expect(page.locator('html')).toHaveAttribute('data-kiosk', 'ready');
        // Two families play the story through, the safe way; a third starts and walks away.
        for (let i = 0; i < 2; i++) {
          await page.locator('.attract-touch').tap();
          await playToKeyMessage(page, 'en', story);
          await button(page, 'en', 'scenario.next').click();
          await button(page, 'en', 'scenario.finish').click();
          await screenButton(page, 'en', 'kiosk.continue').click();
          await screenButton(page, 'en', 'kiosk.playAgain').tap();
        }
        await page.locator('.attract-touch').tap();
        await page.clock.fastForward(61_000);
        await page.clock.fastForward(21_000);
        await expect(page.locator('.attract-touch')).toBeInViewport();

        await page.keyboard.press('Control+Alt+O');
        await typePin(page, '2468');
        await page.getByRole('button', { name: say('en', 'kioskPlus.tallyOpen') }).tap();
        await expect(page.locator('[data-tally=started]')).toHaveText('3');
        await expect(page.locator('[data-tally=finished]')).toHaveText('2');
        const chooseSteps = story.steps.filter((s) => 'choices' in s && Array.isArray((s as { choices?: unknown }).choices));
        const expected = chooseSteps
          .map((s) => {
            const safe = (s as unknown as { choices: { id: string; kind: string }[] }).choices.find((c) => c.kind === 'safe')!;
            return `first choice,${story.id},${s.id},${safe.id},2`;
          })
          .sort();
        expect(expected.length).toBeGreaterThan(0);
        const download = page.waitForEvent('download');
        await page.getByRole('button', { name: say('en', 'kioskPlus.tallyExport') }).tap();
        const file = await (await download).path();
        const csv = (await import('node:fs')).readFileSync(file, 'utf8').trim().split('\r\n');
        expect(csv.slice(0, 3)).toEqual(['what,scenario,step,choice,count', 'visits started,,,,3', 'visits finished,,,,2']);
        expect(csv.slice(3).sort()).toEqual(expected);
        // Counts only: nothing in the file looks like a time or a date.
        expect(csv.join('\n')).not.toMatch(/\d{1,2}:\d{2}|\d{4}-\d{2}/);
        await page.getByRole('button', { name: say('en', 'kioskPlus.tallyClear') }).tap();
        await expect(page.locator('[data-tally=started]')).toHaveText('0');

        await page.getByRole('button', { name: say('en', 'kioskPlus.cardsOpen') }).tap();
        const cards = page.locator('.kiosk-card');
        await expect(cards).toHaveCount(6);
        for (const lang of ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const)
          await expect(page.locator(`.kiosk-card[lang=${lang}] .kiosk-card-rule`)).toHaveText(say(lang, 'kioskPlus.rule'));
        await expect(page.locator('.kiosk-card[lang=ar]')).toHaveAttribute('dir', 'rtl');
      },
    );

    hallTest(
      ['portrait'],
      'narration is heard with no speech voices on the device: the recorded line plays, and the attract screen speaks',
      async ({ page }) => {
        const played = await recordPlayedAudio(page, { from: 'now' });
        await page.clock.fastForward(5_000);
        // The invitation on arrival (the first language, a moment after the screen shows), then the next one's.
        await expect
          .poll(played)
          .toEqual([expect.stringMatching(/\/voices\/en\/[0-9a-f]{8}\.ogg$/), expect.stringMatching(/\/voices\/fr\/[0-9a-f]{8}\.ogg$/)]);
        await page.getByRole('button', { name: 'English' }).tap();
        await page
          .getByRole('button', { name: say('en', 'scenario.readAloud') })
          .first()
          .tap();
        await expect.poll(async () => (await played()).length).toBe(3);
        const url = (await played())[2]!;
        expect(url).toMatch(/\/voices\/en\/[0-9a-f]{8}\.ogg$/);
        // The file is there, and small.
        const response = await page.request.get(url);
        expect(response.ok()).toBe(true);
        expect((await response.body()).length).toBeLessThan(40_000);
      },
    );
  });
}

type Act = { take: number; beat: number; moving: boolean } | null;
const act = (page: import('@playwright/test').Page) => page.evaluate(() => (window as unknown as { __tiko: { act: Act } }).__tiko.act);

test.describe('kiosk attract screen, moving', () => {
  test.use({ viewport: { width: 1920, height: 1080 }, hasTouch: true, reducedMotion: 'no-preference' });

  test('Tiko acts out the story beside the words, which never cover the act; a touch on it starts, and the act stops', async ({ page }) => {
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 5_000);
    await openGame(page, 'mode=kiosk');
    await expect(page.locator('html')).toHaveAttribute('data-kiosk', 'ready');
    await page.waitForFunction(() => (window as unknown as { __tiko: { sceneReady: boolean } }).__tiko.sceneReady);
    await expect.poll(() => act(page)).toMatchObject({ take: 1, beat: 0, moving: true });
    await page.clock.runFor(2_100);
    await expect.poll(() => act(page)).toMatchObject({ take: 1, beat: 1 });
    const stage = (await page.locator('#stage').boundingBox())!;
    for (const words of ['.attract-card', '.attract-languages']) {
      const box = (await page.locator(words).boundingBox())!;
      const apart =
        box.x >= stage.x + stage.width || box.x + box.width <= stage.x || box.y >= stage.y + stage.height || box.y + box.height <= stage.y;
      expect(apart, `${words} beside the act`).toBe(true);
    }
    await page.locator('#stage').tap();
    await expect.poll(() => screen(page)).toBe('scenario');
    await expect.poll(() => act(page)).toBeNull();
  });
});

/** Plays the event's tour as a hurried family would: the safe way, quickly, to the thank-you screen. */
async function playExpressTour(page: import('@playwright/test').Page, lang: 'en' | 'es'): Promise<void> {
  for (;;) {
    const state = await screen(page);
    if (state === 'tourEnd') return;
    const tour = (await page.evaluate(() => document.documentElement.dataset.tourStep)) ?? '';
    if (tour.startsWith('scenario:')) {
      const scenario = findScenario(tour.slice('scenario:'.length))!;
      await playToKeyMessage(page, lang, scenario);
      await button(page, lang, 'scenario.next').click();
      await button(page, lang, 'scenario.finish').click();
      await screenButton(page, lang, 'kiosk.continue').click();
    } else if (tour.startsWith('game:')) {
      const game = WORLDS.find((w) => w.game.id === tour.slice('game:'.length))!.game;
      await playMiniGame(page, lang, game, 'mouse');
      await screenButton(page, lang, 'kiosk.continue').click();
    } else throw new Error(`Not in the tour: ${state} ${tour}`);
  }
}
