/**
 * Play together (ages 6–8 with a grown-up), turned on at home in Settings: each new line is read
 * aloud by itself (here by the game's recorded voices: the device has no speech voice), the
 * choices carry big pictures, and a turn for the grown-up follows the story.
 */
import { findScenario } from '../../src/content';
import { voiceKey } from '../../src/platform/voiceKey';
import { expect, openGame, recordPlayedAudio, say, test } from './fixtures';
import { button, escape, onScreen, playToKeyMessage, screenButton, worldButton } from './support/play';

const story = findScenario('contact-friend-request')!;
const fr = (key: string) => `contact:friendRequest.${key}`;
const file = (key: string) => `en/${voiceKey(say('en', key))}.ogg`;

test('play together: lines read by themselves, choices with pictures, then the grown-up’s turn', async ({ page }) => {
  await page.addInitScript(() => {
    // A device without speech voices (a Linux kiosk): the recorded voice files read, one after the other.
    Object.defineProperty(window, 'speechSynthesis', {
      value: { getVoices: () => [], speak: () => undefined, cancel: () => undefined, addEventListener: () => undefined },
    });
  });
  // Each line heard to its end at once: the next line of the same screen follows.
  const heard = await recordPlayedAudio(page, { endAtOnce: true });
  const played = async () => (await heard()).map((src) => src.replace(/^.*\/voices\//, ''));
  await openGame(page, 'lang=en');
  await page.getByRole('button', { name: say('en', 'settings.open') }).click();
  await page.getByRole('checkbox', { name: say('en', 'together.switch') }).check();
  await expect(page.getByRole('status').filter({ hasText: say('en', 'kioskPlus.togetherOn') })).toBeVisible();
  await page.getByRole('button', { name: say('en', 'settings.close') }).click();

  await button(page, 'en', 'title.play').click();
  await worldButton(page, 'en', 'contact').click();
  await page.getByRole('button', { name: say('en', story.title) }).click();
  // Tiko's first line is heard as it shows, with nothing pressed.
  await expect.poll(() => played()).toContain(file(fr('request.line1')));
  await button(page, 'en', 'scenario.next').click();
  await button(page, 'en', 'scenario.next').click();
  // The question, then each choice, each with its own file.
  await expect
    .poll(() => played())
    .toEqual(expect.arrayContaining([file(fr('request.prompt')), file(fr('request.accept.label')), file(fr('request.school.label'))]));
  const pictures = page.locator('.choice .tg-picture svg');
  await expect(pictures).toHaveCount(3);
  for (const box of await pictures.evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect().height)))
    expect(box).toBeGreaterThanOrEqual(64);

  await onScreen(page)
    .getByRole('button', { name: new RegExp(`^${escape(say('en', fr('request.check.label')))}`) })
    .click();
  await button(page, 'en', 'scenario.continue').click();
  await playToKeyMessage(page, 'en', { ...story, start: 'secret' });
  await button(page, 'en', 'scenario.next').click();
  await button(page, 'en', 'scenario.finish').click();

  // The grown-up's turn: its heading takes the focus, its question is read, and it leads on.
  const heading = page.getByRole('heading', { name: say('en', 'kioskPlus.togetherTitle') });
  await expect(heading).toBeFocused();
  await expect(onScreen(page).getByText(say('en', 'kioskPlus.togetherAsk'))).toBeVisible();
  await expect.poll(() => played()).toContain(file('kioskPlus.togetherAsk'));
  await screenButton(page, 'en', 'kioskPlus.togetherDone').click();
  await expect(page.getByRole('heading', { name: say('en', 'scenario.doneTitle') })).toBeVisible();
});
