/**
 * Plays each mini-game to its end the way a child does: with the mouse
 * (dragging where things look draggable), by touch (taps), or with the
 * keyboard alone. Which answer is safe comes from the content, and what is on
 * screen is read from the game's own data attributes.
 */
import type { Locator, Page } from '@playwright/test';
import type { ChatTriageGame, DetectiveGame, KindnessRemixGame, MiniGame, PopupPatrolGame, RiskFamily } from '../../../src/content';
import { ALL_SCENARIOS, WORLDS } from '../../../src/content';
import type { Lang } from '../../support/locales';
import { expect, say, tapOnce } from '../fixtures';

/** `mouse` clicks, `drag` clicks and drags wherever something can be dragged. */
export type How = 'mouse' | 'drag' | 'touch' | 'keyboard';

const norm = (x: string) => x.replace(/\s+/gu, ' ').trim();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s/gu, '\\s');
const exact = (text: string) => new RegExp(`^${escape(text)}$`);

/** Every story done, so every world and its game are open; sound off, less movement. */
export async function seedProgress(page: Page, lang: Lang): Promise<void> {
  const completed = ALL_SCENARIOS.map((s) => s.id);
  await page.addInitScript(
    ([language, done]) => {
      if (localStorage.getItem('tiko-safe-online')) return;
      localStorage.setItem(
        'tiko-safe-online',
        JSON.stringify({
          version: 1,
          state: {
            settings: {
              language,
              sound: false,
              musicVolume: 0.4,
              effectsVolume: 0.8,
              textSize: 'normal',
              reducedMotion: true,
              highContrast: null,
            },
            progress: { completed: done, games: [], current: null },
          },
        }),
      );
    },
    [lang, completed] as const,
  );
}

/** From the map to a world's mini-game intro. */
export async function openMiniGame(page: Page, lang: Lang, family: RiskFamily): Promise<MiniGame> {
  const game = WORLDS.find((w) => w.family === family)!.game;
  await page.getByRole('button', { name: new RegExp(`^${escape(say(lang, `world.${family}`))}`) }).click();
  await page.locator('[data-focus-id=open-game]').click();
  await expect(page.getByRole('main').getByText(say(lang, game.intro))).toBeVisible();
  return game;
}

/** Presses Tab until the focused control's text or name starts with `name`. */
export async function tabTo(page: Page, name: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const shown = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      return [(el.textContent ?? '').trim(), (el.getAttribute('aria-label') ?? '').trim()];
    });
    if (shown?.some((s) => s && norm(s).startsWith(norm(name)))) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

/** Drags one element onto another with the mouse, as a child would. */
export async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
  await from.scrollIntoViewIfNeeded();
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 12, a.y + a.height / 2 + 12, { steps: 3 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 4 });
  await page.mouse.up();
}

/** Presses a control: a click for the mouse, a tap for touch, Tab and Enter for the keyboard. */
async function press(page: Page, how: How, control: Locator, name: string): Promise<void> {
  if (how === 'keyboard') {
    await tabTo(page, name);
    await page.keyboard.press('Enter');
  } else if (how === 'touch') await tapOnce(control);
  else await control.click();
}

const heading = (page: Page, text: string) => page.getByRole('heading', { name: exact(text) });

async function next(page: Page, lang: Lang, how: How): Promise<void> {
  await press(
    page,
    how,
    page.getByRole('main').getByRole('button', { name: exact(say(lang, 'scenario.next')) }),
    say(lang, 'scenario.next'),
  );
}

/** In class mode: think, count no hands, show the chart; the teacher then plays the item. */
async function classVote(page: Page, classMode: boolean): Promise<void> {
  const reveal = page.locator('[data-focus-id=class-reveal]');
  if (!classMode && !(await reveal.isVisible())) return;
  await expect(reveal).toBeVisible();
  await reveal.click();
  await page.locator('[data-focus-id=class-chart]').click();
  await expect(page.locator('.vote-chart')).toBeVisible();
}

/** Starts the game relaxed (or as the challenge) and plays it to its results. */
export async function playMiniGame(
  page: Page,
  lang: Lang,
  game: MiniGame,
  how: How,
  opts: { challenge?: boolean; classMode?: boolean } = {},
): Promise<void> {
  const start = opts.challenge ? 'miniGames.challenge' : 'game.relaxed';
  await press(page, how, page.getByRole('main').getByRole('button', { name: exact(say(lang, start)) }), say(lang, start));
  await continueMiniGame(page, lang, game, how, opts);
}

/** Plays a started game from wherever it is to its results. */
export async function continueMiniGame(
  page: Page,
  lang: Lang,
  game: MiniGame,
  how: How,
  opts: { classMode?: boolean } = {},
): Promise<void> {
  const ctx = { page, lang, how, classMode: !!opts.classMode };
  switch (game.type) {
    case 'chat-triage':
      await triage(ctx, game);
      break;
    case 'detective':
      await detective(ctx, game);
      break;
    case 'kindness-remix':
      await remix(ctx, game);
      break;
    case 'popup-patrol':
      await patrol(ctx, game);
      break;
    default: {
      const unknown: never = game;
      throw new Error(`No walk for ${JSON.stringify(unknown)}`);
    }
  }
  await expect(page.getByRole('main').getByText(say(lang, game.wrapUp))).toBeVisible();
  await expect(page.locator('.mg-finish')).toBeVisible();
}

interface Ctx {
  page: Page;
  lang: Lang;
  how: How;
  classMode: boolean;
}

async function triage({ page, lang, how, classMode }: Ctx, game: ChatTriageGame): Promise<void> {
  // A walk that starts after the first message has already tried nothing yet: no unsafe answer is owed.
  let playedOut = (await page.locator('.ct-done').count()) > 0;
  for (;;) {
    if (await heading(page, say(lang, 'miniGames.triage.resultsTitle')).isVisible()) break;
    const row = page.locator('.ct-fresh[data-chat]');
    await expect(row).toBeVisible();
    const chatId = await row.getAttribute('data-chat');
    const chat = game.chats.find((c) => c.id === chatId)!;
    if (how === 'keyboard') await expect(page.locator(':focus')).toHaveText(say(lang, 'miniGames.triage.prompt'));
    await classVote(page, classMode);
    const actOn = async (action: string) => {
      const target = page.locator(`[data-triage=${action}]`);
      if (how === 'drag') await drag(page, row, target);
      else await press(page, how, target, say(lang, `miniGames.triage.actions.${action}`));
    };
    if (chat.playOut && !playedOut) {
      // Once, the unsafe answer: the sender writes back, and the same message comes back.
      playedOut = true;
      await actOn('answer');
      await expect(heading(page, say(lang, 'miniGames.triage.playOutTitle'))).toBeVisible();
      await expect(page.locator('.ct-reply')).toBeVisible();
      await press(page, how, page.locator('[data-focus-id=triage-again]'), say(lang, 'miniGames.triage.tryAgain'));
      await expect(page.locator('.ct-fresh[data-chat]')).toHaveAttribute('data-chat', chat.id);
    }
    await actOn(chat.best[0]!);
    await expect(heading(page, say(lang, 'miniGames.triage.right'))).toBeVisible();
    await expect(page.getByRole('main').getByText(say(lang, chat.why))).toBeVisible();
    await next(page, lang, how);
  }
  expect(playedOut).toBe(true);
}

async function detective({ page, lang, how, classMode }: Ctx, game: DetectiveGame): Promise<void> {
  for (;;) {
    if (await heading(page, say(lang, 'miniGames.detective.resultsTitle')).isVisible()) break;
    const shown = page.locator('[data-post]');
    await expect(shown).toBeVisible();
    const postId = await shown.getAttribute('data-post');
    const post = game.posts.find((p) => p.id === postId)!;
    const clues = post.parts.filter((p) => p.clue);
    for (const part of clues.length ? clues : post.parts.slice(0, 1)) {
      const target = page.locator(`button[data-part=${part.id}]`);
      if (how === 'drag') await drag(page, page.locator('.dt-lens'), target);
      else
        await press(
          page,
          how,
          target,
          say(lang, 'miniGames.detective.zoomLabel', undefined, {
            part: say(lang, `miniGames.detective.parts.${part.id}`),
            text: say(lang, part.text),
          }),
        );
      await expect(page.locator('.dt-zoom-text')).toHaveText(say(lang, part.text));
    }
    await classVote(page, classMode);
    await press(page, how, page.locator(`[data-verdict=${post.verdict}]`), say(lang, `miniGames.detective.${post.verdict}`));
    await expect(
      heading(page, say(lang, post.verdict === 'real' ? 'miniGames.detective.rightReal' : 'miniGames.detective.rightCheck')),
    ).toBeVisible();
    await expect(page.locator('.dt-revealed .dt-clue')).toHaveCount(clues.length);
    await next(page, lang, how);
  }
}

async function remix({ page, lang, how, classMode }: Ctx, game: KindnessRemixGame): Promise<void> {
  let slipped = false;
  for (;;) {
    if (await heading(page, say(lang, 'miniGames.remix.resultsTitle')).isVisible()) break;
    const app = page.locator('[data-round]');
    await expect(app).toBeVisible();
    const roundId = await app.getAttribute('data-round');
    const round = game.rounds.find((r) => r.id === roundId)!;
    const place = async (line: string, tileId: string, text: string) => {
      const tile = page.locator(`[data-for-line=${line}][data-tile=${tileId}]`);
      if (how === 'drag') await drag(page, tile, page.locator(`.kr-line[data-line=${line}]`));
      else await press(page, how, tile, text);
      await expect(tile).toHaveAttribute('aria-pressed', 'true');
    };
    if (!slipped) {
      // Once, a line that still hurts: it is named and comes back out.
      slipped = true;
      for (const line of round.lines) {
        const tile = line === round.lines[0] ? line.tiles.find((t) => !t.kind)! : line.tiles.find((t) => t.kind)!;
        await place(line.id, tile.id, say(lang, tile.text));
      }
      await press(page, how, page.locator('[data-focus-id=remix-send]'), say(lang, 'miniGames.remix.send'));
      await expect(heading(page, say(lang, 'miniGames.remix.stillHurtsTitle'))).toBeVisible();
      await press(page, how, page.locator('[data-focus-id=remix-again]'), say(lang, 'miniGames.remix.tryAgain'));
      const kind = round.lines[0]!.tiles.find((t) => t.kind)!;
      await place(round.lines[0]!.id, kind.id, say(lang, kind.text));
    } else {
      for (const line of round.lines) {
        const kind = line.tiles.find((t) => t.kind)!;
        await place(line.id, kind.id, say(lang, kind.text));
      }
    }
    await press(page, how, page.locator('[data-focus-id=remix-send]'), say(lang, 'miniGames.remix.send'));
    const target = say(lang, round.target);
    await expect(heading(page, say(lang, 'miniGames.remix.supportTitle', undefined, { name: target }))).toBeVisible();
    await classVote(page, classMode);
    const support = round.support.find((t) => t.kind)!;
    await press(page, how, page.locator(`[data-support=${support.id}]`), say(lang, support.text));
    await expect(heading(page, say(lang, 'miniGames.remix.sentTitle'))).toBeVisible();
    await next(page, lang, how);
  }
}

async function patrol({ page, lang, how, classMode }: Ctx, game: PopupPatrolGame): Promise<void> {
  let sprang = false;
  while (await page.locator('[data-popup]').isVisible()) {
    const id = await page.locator('[data-popup]').getAttribute('data-popup');
    const shown = game.popups.find((p) => p.id === id)!;
    if (how === 'keyboard') await expect(page.locator(':focus')).toHaveText(say(lang, shown.from));
    await classVote(page, classMode);
    if (shown.trick && !sprang) {
      sprang = true;
      await press(page, how, page.locator('.popup-accept'), say(lang, shown.accept));
      await expect(heading(page, say(lang, 'popupPatrol.trapTitle'))).toBeVisible();
      await press(page, how, page.locator('[data-focus-id=popup-again]'), say(lang, 'popupPatrol.tryAgain'));
    }
    if (shown.trick) await press(page, how, page.locator('.popup-close'), say(lang, 'popupPatrol.close'));
    else await press(page, how, page.locator('.popup-accept'), say(lang, shown.accept));
    await expect(heading(page, say(lang, shown.trick ? 'popupPatrol.rightTrick' : 'popupPatrol.rightFine'))).toBeVisible();
    await next(page, lang, how);
  }
  // The passphrase: a weak tile first, named and taken out; then strong words.
  const needed = Number(await page.locator('.pp-bar').count());
  const strong = game.passphrase.tiles.filter((t) => !t.weak).slice(0, needed);
  const weak = game.passphrase.tiles.find((t) => t.weak)!;
  const add = async (id: string, text: string) => {
    const tile = page.locator(`[data-word=${id}]`);
    if (how === 'drag') await drag(page, tile, page.locator('[data-pass-slots]'));
    else await press(page, how, tile, text);
    await expect(tile).toHaveAttribute('aria-pressed', 'true');
  };
  await add(weak.id, say(lang, weak.text));
  for (const tile of strong.slice(0, -1)) await add(tile.id, say(lang, tile.text));
  await press(page, how, page.locator('[data-focus-id=pass-use]'), say(lang, 'miniGames.passphrase.use'));
  await expect(heading(page, say(lang, 'miniGames.passphrase.weakTitle', undefined, { word: say(lang, weak.text) }))).toBeVisible();
  await press(page, how, page.locator('[data-focus-id=pass-again]'), say(lang, 'miniGames.passphrase.tryAgain'));
  await add(strong.at(-1)!.id, say(lang, strong.at(-1)!.text));
  await press(page, how, page.locator('[data-focus-id=pass-use]'), say(lang, 'miniGames.passphrase.use'));
  await expect(heading(page, say(lang, 'miniGames.passphrase.strongTitle'))).toBeVisible();
  await next(page, lang, how);
  await expect(heading(page, say(lang, 'popupPatrol.resultsTitle'))).toBeVisible();
}
