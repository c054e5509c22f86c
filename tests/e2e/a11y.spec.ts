/**
 * The accessibility audit (issue 7): axe-core on every distinct screen in all
 * six languages, a screen-reader semantics check (every control has a role and
 * a name in the page's language; dialogue is announced), 200% text and a
 * 320 px viewport without loss, and the high-contrast theme at 7:1.
 *
 * Cost: one walk per language on one page, with a check at each stop; the
 * reward screen, which needs a whole world played, is reached once and then
 * shown in every language through Settings.
 *
 * A11Y_SHOTS=1 saves each 320 px layout stop as /tmp/a11y-<stop>.png to look at.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { WORLDS, findScenario, type ChooseStep, type Step } from '../../src/content';
import { isChooseStep } from '../../src/engine/steps';
import { LANGS, flatten, type Lang } from '../support/locales';
import { FULL, expect, openGame, say, test } from './fixtures';
import { button, escape, onScreen, playWorldToBadge, practise, safeNext, worldButton } from './support/play';
import { continueMiniGame } from './support/miniGames';

const STORY = findScenario('contact-friend-request')!;
const CONTACT = WORLDS.find((w) => w.family === 'contact')!;
const CONTRACT = WORLDS.find((w) => w.family === 'contract')!;

/** Everything a screen reader offers to press, type into or pick. */
const INTERACTIVE = new Set([
  'button',
  'link',
  'textbox',
  'searchbox',
  'checkbox',
  'radio',
  'switch',
  'slider',
  'spinbutton',
  'combobox',
  'listbox',
  'option',
  'MenuListOption',
  'menuitem',
  'tab',
  'DisclosureTriangle',
]);

/** Interface texts that only English has: a name made of one of these is English left in another language. */
function englishOnly(lang: Lang): string[] {
  if (lang === 'en') return [];
  const own = new Set(flatten(lang).values());
  return [...new Set(flatten('en').values())].filter((t) => !own.has(t) && /[a-z]{3}/i.test(t));
}
const ENGLISH_ONLY = new Map<Lang, string[]>(LANGS.map((l) => [l, englishOnly(l)]));

interface Audit {
  lang: Lang;
  problems: string[];
  /** Also check AAA contrast (7:1) with the high-contrast theme, which follows prefers-contrast. */
  contrast?: boolean;
  /** Run axe at every stop (see AXE_LANGS); the names in the page's language are checked in every language. */
  axe?: boolean;
}

/**
 * axe judges the page's structure, roles and colours, which the six languages share; what differs
 * is the script and the direction. So every run walks axe in English, the full run (npm run
 * test:full) also in one language of each other kind (Arabic right to left, Chinese); every language
 * has its controls' names checked at every stop (namesAt). Running axe at thirty stops in all six
 * doubled the longest tests for no new finding, and in Arabic it has found nothing English did not.
 */
const AXE_LANGS: readonly Lang[] = process.env.TIKO_FULL ? ['en', 'ar', 'zh'] : ['en'];

/** axe at one stop: no serious or critical violation. */
async function axeAt(page: Page, audit: Audit, stop: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  for (const v of violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
    audit.problems.push(
      `[${audit.lang}] ${stop}: ${v.id} (${v.impact}) ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 4)
        .join(' | ')} — ${v.nodes[0]?.failureSummary?.split('\n')[1] ?? ''}`,
    );
  }
  if (audit.contrast) {
    await page.emulateMedia({ contrast: 'more' });
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
    const aaa = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze();
    for (const v of aaa.violations) {
      audit.problems.push(
        `[${audit.lang}] ${stop} high contrast: ${v.id} ${v.nodes
          .map((n) => `${n.target.join(' ')} ${n.any[0]?.message ?? ''}`)
          .slice(0, 3)
          .join(' | ')}`,
      );
    }
    // The theme's backgrounds are solid so axe can measure every text; only a lone − or + (named by its label) is left unmeasured.
    for (const n of aaa.incomplete.flatMap((i) => i.nodes).filter((n) => !/only non-text characters/.test(n.any[0]?.message ?? ''))) {
      audit.problems.push(
        `[${audit.lang}] ${stop} high contrast: contrast not measurable at ${n.target.join(' ')}: ${n.any[0]?.message ?? ''}`,
      );
    }
    await page.emulateMedia({ contrast: 'no-preference' });
    await expect(page.locator('html')).not.toHaveAttribute('data-contrast', 'high');
  }
}

/**
 * What a screen reader announces, from Chromium's own accessibility tree: every
 * interactive element has a role and a non-empty name, nothing focusable is a
 * bare generic, and no name is English when the page is in another language.
 */
async function namesAt(page: Page, audit: Audit, stop: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  await cdp.detach();
  const english = ENGLISH_ONLY.get(audit.lang)!;
  for (const node of nodes) {
    if (node.ignored) continue;
    const role = String(node.role?.value ?? '');
    const name = String(node.name?.value ?? '').trim();
    const focusable = node.properties?.some((p) => p.name === 'focusable' && p.value.value === true);
    if (!INTERACTIVE.has(role)) {
      if (focusable && ['generic', 'none', ''].includes(role))
        audit.problems.push(`[${audit.lang}] ${stop}: a focusable element without a role ("${name}")`);
      continue;
    }
    if (!name) audit.problems.push(`[${audit.lang}] ${stop}: a ${role} without a name`);
    else if (english.some((t) => name === t || (t.length >= 12 && name.includes(t)))) {
      audit.problems.push(`[${audit.lang}] ${stop}: ${role} named in English: "${name}"`);
    }
  }
}

interface AxNode {
  ignored: boolean;
  role?: { value: unknown };
  name?: { value: unknown };
  properties?: { name: string; value: { value: unknown } }[];
}

async function check(page: Page, audit: Audit, stop: string): Promise<void> {
  if (audit.axe !== false) await axeAt(page, audit, stop);
  await namesAt(page, audit, stop);
}

const heading = (page: Page, lang: Lang, key: string) => page.getByRole('heading', { name: say(lang, key) });

/** One pass through every screen of home, class and kiosk mode in a language. */
async function walk(page: Page, audit: Audit): Promise<void> {
  const { lang } = audit;
  await openGame(page, `lang=${lang}`);
  await check(page, audit, 'title');

  await button(page, lang, 'settings.open').click();
  await expect(page.locator('dialog#settings')).toBeVisible();
  await check(page, audit, 'settings');
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog#settings')).toHaveCount(0);

  await button(page, lang, 'guide.open').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(lang, 'contact-guide:title'));
  await check(page, audit, 'guide');
  await button(page, lang, 'nav.backToStart').click();

  await button(page, lang, 'title.play').click();
  await expect(heading(page, lang, 'map.title')).toBeVisible();
  await check(page, audit, 'map');
  await worldButton(page, lang, 'contact').click();
  await expect(heading(page, lang, 'world.contact')).toBeVisible();
  await check(page, audit, 'world');

  // The story: each line of dialogue reaches screen readers through the live region.
  await page.getByRole('button', { name: new RegExp(escape(say(lang, STORY.title))) }).click();
  const live = page.locator('#live[aria-live="polite"]');
  const first = STORY.steps[0] as ChooseStep;
  await expect(live).toHaveText(say(lang, first.lines[0]!));
  await check(page, audit, 'scenario line');
  for (const line of first.lines.slice(1)) {
    await button(page, lang, 'scenario.next').click();
    await expect(live).toHaveText(say(lang, line));
  }
  await button(page, lang, 'scenario.next').click();
  await expect(heading(page, lang, first.prompt)).toBeVisible();
  await check(page, audit, 'scenario choice');
  const risky = first.choices.find((c) => c.kind !== 'safe')!;
  await button(page, lang, risky.label).click();
  await expect(heading(page, lang, 'scenario.letsThink')).toBeVisible();
  await check(page, audit, 'outcome (think again)');
  await button(page, lang, 'scenario.thinkAgain').click();
  let step: Step = first;
  for (;;) {
    if (isChooseStep(step)) {
      const safe = step.choices.find((c) => c.kind === 'safe')!;
      await page.getByRole('button', { name: new RegExp(`^${escape(say(lang, safe.label))}`) }).click();
      await expect(heading(page, lang, 'scenario.goodChoice')).toBeVisible();
      if (step === first) await check(page, audit, 'outcome (good choice)');
      await button(page, lang, 'scenario.continue').click();
    } else {
      // The pretend app: checked as it opens, with its menu open, and on its report form.
      await expect(heading(page, lang, 'practice.yourTurn')).toBeVisible();
      await check(page, audit, 'practice app');
      await page.locator('[data-focus-id="app-menu"]').click();
      await check(page, audit, 'practice app menu');
      await page.locator('[data-focus-id="app-menu-report"]').click();
      await check(page, audit, 'practice report form');
      await page.locator('[data-focus-id="app-cancel"]').click();
      await practise(page, lang, step, 'mouse', true);
    }
    const nextId = safeNext(step);
    if (nextId === 'end') break;
    step = STORY.steps.find((s) => s.id === nextId)!;
    for (const line of step.lines) {
      await expect(live).toHaveText(say(lang, line));
      await button(page, lang, 'scenario.next').click();
    }
  }
  await expect(heading(page, lang, 'scenario.keyMessage')).toBeVisible();
  await check(page, audit, 'key message');
  await button(page, lang, 'scenario.next').click();
  await expect(heading(page, lang, 'scenario.help')).toBeVisible();
  await check(page, audit, 'help card');
  await button(page, lang, 'scenario.finish').click();
  await expect(heading(page, lang, 'scenario.doneTitle')).toBeVisible();
  await check(page, audit, 'story done');

  // The mini-game: intro, a card, the reason, and the results after every card.
  await page.locator('[data-focus-id="topbar-back"]').click();
  await page.locator('[data-focus-id="open-game"]').click();
  await expect(onScreen(page).getByText(say(lang, CONTACT.game.intro))).toBeVisible();
  await check(page, audit, 'mini-game intro');
  await button(page, lang, 'game.relaxed').click();
  const triage = CONTACT.game;
  if (triage.type !== 'chat-triage') throw new Error('The contact world plays chat triage');
  await check(page, audit, 'mini-game card');
  await page.locator(`[data-triage=${triage.chats[0]!.best[0]}]`).click();
  await check(page, audit, 'mini-game feedback');
  await button(page, lang, 'scenario.next').click();
  await continueMiniGame(page, lang, triage, 'mouse');
  await expect(heading(page, lang, 'miniGames.triage.resultsTitle')).toBeVisible();
  await check(page, audit, 'mini-game results');
  if (audit.contrast) await contrastSetting(page, lang);

  // Class mode: the teacher's menu, then the think / vote / chart stages of a choice.
  await openGame(page, `mode=class&lang=${lang}`);
  await expect(heading(page, lang, 'map.title')).toBeVisible();
  await button(page, lang, 'classroom.menu').click();
  await check(page, audit, 'teacher menu');
  await page.locator(`[data-jump="${STORY.id}"]`).click();
  for (const _ of first.lines) await button(page, lang, 'scenario.next').click();
  await expect(onScreen(page).getByText(say(lang, 'classroom.think'))).toBeVisible();
  await check(page, audit, 'class think');
  await button(page, lang, 'classroom.showChoices').click();
  await page.locator(`[data-focus-id="plus-${first.choices[0]!.id}"]`).click();
  await check(page, audit, 'class vote');
  await button(page, lang, 'classroom.showChart').click();
  await expect(page.locator('.vote-chart')).toBeVisible();
  await check(page, audit, 'class chart');

  // Pop-up patrol (every world is open in class): a pop-up, a trick's beat, a reason, the results.
  const patrol = CONTRACT.game;
  if (patrol.type !== 'popup-patrol') throw new Error('The contract world plays pop-up patrol');
  await button(page, lang, 'classroom.menu').click();
  await page.locator(`[data-jump="${patrol.id}"]`).click();
  await expect(onScreen(page).getByText(say(lang, patrol.intro))).toBeVisible();
  await check(page, audit, 'pop-up patrol intro');
  await button(page, lang, 'game.relaxed').click();
  await expect(page.locator('[data-popup]').first()).toBeVisible();
  await check(page, audit, 'pop-up patrol pop-up');
  // The class votes on each pop-up, then the teacher closes it; the passphrase round follows.
  await continueMiniGame(page, lang, patrol, 'mouse', { classMode: true });
  await check(page, audit, 'pop-up patrol results');

  // Kiosk: the attract screen, its cycling languages held still by a paused clock.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 5_000);
  await openGame(page, `mode=kiosk&lang=${lang}`);
  await expect(page.locator('html')).toHaveAttribute('data-kiosk', 'ready');
  await expect(page.locator('.attract-touch')).toHaveText(say(lang, 'kiosk.touch'));
  await namesAt(page, audit, 'kiosk attract');
  // axe runs on timers of its own; the languages may turn meanwhile, each marked with its lang.
  await page.clock.resume();
  if (audit.axe !== false) await axeAt(page, audit, 'kiosk attract');
}

/**
 * The high-contrast theme follows the device until the child chooses in
 * Settings; the choice is saved with the other settings and then wins.
 */
async function contrastSetting(page: Page, lang: Lang): Promise<void> {
  const html = page.locator('html');
  const saved = () => page.evaluate(() => JSON.parse(localStorage.getItem('tiko-safe-online') ?? '{}').state?.settings?.highContrast);
  await page.emulateMedia({ contrast: 'more' });
  await expect(html).toHaveAttribute('data-contrast', 'high');
  await page.emulateMedia({ contrast: 'no-preference' });
  await expect(html).toHaveAttribute('data-contrast', 'normal');
  expect(await saved()).toBeNull();

  await button(page, lang, 'settings.open').click();
  const box = page.getByRole('checkbox', { name: say(lang, 'settings.highContrast') });
  await expect(box).not.toBeChecked();
  await box.check();
  await expect(html).toHaveAttribute('data-contrast', 'high');
  expect(await saved()).toBe(true);
  await page.reload();
  await expect(html).toHaveAttribute('data-contrast', 'high');
  await button(page, lang, 'settings.open').click();
  await expect(box).toBeChecked();
  await box.uncheck();
  // The child said no: the device's wish no longer switches it on.
  await page.emulateMedia({ contrast: 'more' });
  await expect(html).toHaveAttribute('data-contrast', 'normal');
  expect(await saved()).toBe(false);
  await page.emulateMedia({ contrast: 'no-preference' });
  await page.keyboard.press('Escape');
}

/**
 * At one stop: the page never scrolls sideways, no text box clips its text or
 * squeezes it into a sliver, and every control is on screen, at least 44 px both ways, and the thing a
 * tap at its centre reaches once scrolled to.
 */
async function layoutAt(page: Page, problems: string[], stop: string): Promise<void> {
  // Measure with the real fonts: a fallback font still loading is wider and would move the lines.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  if (process.env.A11Y_SHOTS) await page.screenshot({ path: `/tmp/a11y-${stop.replace(/\W+/g, '-')}.png`, fullPage: true });
  const found = await page.evaluate(() => {
    const out: string[] = [];
    const doc = document.documentElement;
    const width = doc.clientWidth;
    const label = (el: Element) =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    if (doc.scrollWidth > width + 1) out.push(`the page scrolls sideways (${doc.scrollWidth} > ${width})`);
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return (
        r.width > 0 && r.height > 0 && !el.closest('.sr-only, dialog:not([open]), [hidden]') && getComputedStyle(el).visibility !== 'hidden'
      );
    };
    for (const el of document.querySelectorAll<HTMLElement>('#app *, dialog[open] *')) {
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (!ownText || !shown(el)) continue;
      if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
        out.push(`clipped text: ${label(el)} (${el.scrollWidth} > ${el.clientWidth})`);
      const r = el.getBoundingClientRect();
      if (r.left < -1 || r.right > width + 1) out.push(`text off screen: ${label(el)} (${Math.round(r.left)}..${Math.round(r.right)})`);
      // Squeezed into a sliver a few letters wide, text is all there but no longer readable.
      const em = parseFloat(getComputedStyle(el).fontSize);
      if ((el.textContent ?? '').trim().length >= 8 && r.width < 4 * em)
        out.push(`text squeezed: ${label(el)} (${Math.round(r.width)} px at ${em} px type)`);
    }
    // Behind an open modal dialog the page is inert: only the dialog's controls can be reached.
    const scope: ParentNode = document.querySelector('dialog[open]') ?? document;
    const controls = [...scope.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, summary, [role="button"]')].filter(
      shown,
    );
    for (const el of controls) {
      // A check box or radio is pressed through its whole label.
      const target = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') ? (el.closest('label') ?? el) : el;
      target.scrollIntoView({ block: 'center', inline: 'center' });
      const r = target.getBoundingClientRect();
      if (r.width < 44 || r.height < 44) out.push(`control too small: ${label(target)} (${Math.round(r.width)}×${Math.round(r.height)})`);
      if (r.left < -1 || r.right > width + 1) out.push(`control off screen: ${label(target)}`);
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (!hit || !(target.contains(hit) || hit.contains(target)))
        out.push(`control covered: ${label(target)} by ${hit ? label(hit) : 'nothing'}`);
    }
    window.scrollTo(0, 0);
    document.querySelector('dialog[open]')?.scrollTo(0, 0);
    return out;
  });
  problems.push(...found.map((f) => `${stop}: ${f}`));
}

/** Title, settings, map, a story's line and choice, a mini-game's intro and card. */
async function layoutWalk(page: Page, lang: Lang, problems: string[], name: string, before?: () => Promise<void>): Promise<void> {
  await openGame(page, `lang=${lang}`);
  if (before) await before();
  await layoutAt(page, problems, `${name}-title`);
  await button(page, lang, 'settings.open').click();
  await layoutAt(page, problems, `${name}-settings`);
  await page.keyboard.press('Escape');
  await button(page, lang, 'title.play').click();
  await expect(heading(page, lang, 'map.title')).toBeVisible();
  await layoutAt(page, problems, `${name}-map`);
  await worldButton(page, lang, 'contact').click();
  await expect(heading(page, lang, 'world.contact')).toBeVisible();
  await page.getByRole('button', { name: new RegExp(escape(say(lang, STORY.title))) }).click();
  await expect(onScreen(page).getByText(say(lang, STORY.steps[0]!.lines[0]!))).toBeVisible();
  await layoutAt(page, problems, `${name}-scenario-line`);
  for (const _ of STORY.steps[0]!.lines) await button(page, lang, 'scenario.next').click();
  await expect(heading(page, lang, (STORY.steps[0] as ChooseStep).prompt)).toBeVisible();
  await layoutAt(page, problems, `${name}-scenario-choice`);
  await page.locator('[data-focus-id="topbar-back"]').click();
  await page.locator('[data-focus-id="open-game"]').click();
  await expect(onScreen(page).getByText(say(lang, CONTACT.game.intro))).toBeVisible();
  await layoutAt(page, problems, `${name}-game-intro`);
  await button(page, lang, 'game.relaxed').click();
  await expect(page.locator('.ct-fresh[data-chat]')).toBeVisible();
  await layoutAt(page, problems, `${name}-game-card`);
}

test.describe('accessibility', () => {
  test.beforeEach(async ({ page }) => {
    // Motion plays no part in these checks, and stillness keeps screenshots and axe steady.
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });

  for (const lang of LANGS) {
    // Every run walks English with axe, Arabic and Chinese by names; the full run adds axe in Arabic and Chinese, and the other three.
    const everyRun = lang === 'en' || lang === 'ar' || lang === 'zh';
    test(
      `every screen in ${lang}: ${AXE_LANGS.includes(lang) ? 'axe finds nothing serious, ' : ''}every control is named in ${lang}, dialogue is announced`,
      everyRun ? {} : FULL,
      async ({ page }) => {
        test.setTimeout(240_000);
        const audit: Audit = { lang, problems: [], contrast: lang === 'en' || lang === 'ar', axe: AXE_LANGS.includes(lang) };
        await walk(page, audit);
        expect(audit.problems).toEqual([]);
      },
    );
  }

  test('the reward screen, reached by playing a world once, in all six languages', async ({ page }) => {
    test.setTimeout(300_000);
    await openGame(page, 'lang=en');
    await button(page, 'en', 'title.play').click();
    await playWorldToBadge(page, 'en', 'contact');
    const problems: string[] = [];
    for (const lang of ['en', ...LANGS.filter((l) => l !== 'en')] as Lang[]) {
      if (lang !== 'en') {
        // The child changes language in Settings; the badge stays on screen.
        await page.locator('[data-focus-id="topbar-settings"]').click();
        await page.locator('#settings-language').selectOption(lang);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await page.keyboard.press('Escape');
      }
      await expect(
        page.getByRole('heading', { name: say(lang, 'reward.title', undefined, { world: say(lang, 'world.contact') }) }),
      ).toBeVisible();
      await check(page, { lang, problems, contrast: lang === 'en' || lang === 'ar' }, 'reward');
    }
    expect(problems).toEqual([]);
  });

  // A 320 px phone held upright: the browser's text at 200%, then the game's own largest text setting.
  test.describe('320 px wide', () => {
    test.use({ viewport: { width: 320, height: 640 } });

    test('with the browser’s text at 200% (Russian, long words): no sideways scrolling, clipping or small controls', async ({ page }) => {
      test.setTimeout(120_000);
      const problems: string[] = [];
      await layoutWalk(page, 'ru', problems, 'zoom200', async () => {
        // What a browser's text size of 200% does: the root size the game's rem units build on doubles.
        await page.evaluate(() =>
          document.documentElement.style.setProperty('font-size', 'calc(200% * var(--screen-scale, 1) * var(--user-scale, 1))'),
        );
        expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('36px');
      });
      expect(problems).toEqual([]);
    });

    test('with the game’s largest text (Arabic, right to left): no sideways scrolling, clipping or small controls', async ({ page }) => {
      test.setTimeout(120_000);
      const problems: string[] = [];
      await layoutWalk(page, 'ar', problems, 'larger', async () => {
        await button(page, 'ar', 'settings.open').click();
        await page.getByRole('radio', { name: say('ar', 'settings.textSizeLarger') }).check();
        await page.keyboard.press('Escape');
        await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
      });
      expect(problems).toEqual([]);
    });
  });
});
