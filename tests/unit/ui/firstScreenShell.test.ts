// @vitest-environment happy-dom
/**
 * The first screen written into index.html (src/shell/titleShell.html) is the title screen as
 * the app itself draws it, with each word replaced by its key: so when main.ts arrives and draws
 * the real one over it, nothing moves. This test draws it again and compares; after a change to
 * the title screen or the top bar, `npm run shell` writes the file anew.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { mountApp } from '../../../src/ui/app';
import { createTestUi } from './uiContext';

// A path, not a URL: under happy-dom, URL is the DOM's and knows no files.
const SHELL_FILE = join(process.cwd(), 'src/shell/titleShell.html');
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKED = new RegExp(`${OPEN}([^${CLOSE}]+)${CLOSE}`);
/** The only attribute a word goes into on the title screen; the first screen's script fills it. */
const WORD_ATTRIBUTES: Record<string, string> = { 'aria-label': 'data-word-label' };

async function renderShell(): Promise<string> {
  const ctx = await createTestUi({ mode: 'home' });
  // Every language has recorded voices (public/voices), so read-aloud always shows, as it will in the browser.
  ctx.speaker = { ...ctx.speaker, available: () => true };
  // Every word the screen asks for comes back as its key between two private-use marks.
  ctx.i18n.t = ((key: string, options?: unknown) => {
    if (options !== undefined) throw new Error(`The first screen cannot fill in "${key}" with values`);
    return `${OPEN}${key}${CLOSE}`;
  }) as unknown as typeof ctx.i18n.t;
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const app = mountApp(ctx, root);
  await app.firstScreen;
  await vi.dynamicImportSettled();

  for (const el of root.querySelectorAll('*'))
    for (const { name, value } of [...el.attributes]) {
      const match = MARKED.exec(value);
      if (!match) continue;
      const target = WORD_ATTRIBUTES[name];
      if (!target || value !== match[0]) throw new Error(`A word in the ${name} attribute cannot be filled in: ${value}`);
      el.removeAttribute(name);
      el.setAttribute(target, match[1]!);
    }
  const walker = document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  for (const text of texts) {
    const match = MARKED.exec(text.data);
    if (!match) continue;
    if (text.data !== match[0]) throw new Error(`A word is glued to other text: "${text.data}"`);
    const parent = text.parentElement!;
    if (parent.childNodes.length === 1) {
      parent.setAttribute('data-word', match[1]!);
      text.remove();
    } else {
      const span = document.createElement('span');
      span.setAttribute('data-word', match[1]!);
      text.replaceWith(span);
    }
  }
  // One line: whitespace between elements would be laid out, and the first screen must not move.
  return `${root.innerHTML}\n`;
}

describe('the first screen in index.html', () => {
  it('is the title screen as the app draws it, words left to fill in (npm run shell writes it anew)', async () => {
    const rendered = await renderShell();
    if (process.env.UPDATE_SHELL) writeFileSync(SHELL_FILE, rendered);
    expect(rendered).toContain('data-word="title.play"');
    expect(readFileSync(SHELL_FILE, 'utf8'), 'src/shell/titleShell.html is out of date: run npm run shell').toBe(rendered);
  });
});
