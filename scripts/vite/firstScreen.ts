import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type IndexHtmlTransformContext, type Plugin, type ResolvedConfig } from 'vite';
import { LANG_CODES, directionOf } from '../../src/i18n/languages.ts';
import { typeset } from '../../src/i18n/typography.ts';
import { SECURITY_HEADERS, headerCsp, metaCsp, type InlineHashes } from '../../src/security/contentSecurityPolicy.ts';
import {
  FULL_STYLES,
  FIRST_SCREEN_ATTRIBUTE,
  SHELL_FACES_ID,
  SHELL_WORDS_ID,
  WORD_LANGUAGE_ATTRIBUTE,
  type ShellFace,
} from '../../src/shell/shellContract.ts';
import { criticalCss } from './criticalCss.ts';

/**
 * The first screen arrives with the HTML itself (issue 16): index.html carries the title
 * screen's markup (src/shell/titleShell.html) with its words in all six languages, the rules it
 * can use inline (scripts/vite/criticalCss.ts), and two small inline scripts: one in the head
 * (src/shell/firstScreenHead.ts) puts the page in the child's language and settings before the
 * markup is laid out, one after it (src/shell/firstScreen.ts) makes it answer. Nothing on the
 * way to the first usable control waits for a second download, and it is laid out once.
 * The inline script and style are allowed by their hashes in the Content-Security-Policy, which
 * this plugin writes into the page and into `_headers` / `nginx-headers.conf` for hosts.
 * Only in the build: the dev server draws the title from main.ts as before.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BOOT_APP = '<div id="app"><div class="boot-placeholder" aria-hidden="true"></div></div>';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** One of src/shell's inline scripts as one small classic script, built on its own. */
async function shellScript(entry: string): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      target: 'es2020',
      lib: { entry: join(ROOT, entry), formats: ['iife'], name: 'tikoFirstScreen' },
    },
  });
  const chunk = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : [])).find((c) => c.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`${entry} did not build`);
  return chunk.code.trim();
}

/** The first screen's words: the keys its markup names, in every language, typeset as the game shows them. */
function shellWords(markup: string): Record<string, Record<string, string>> {
  const keys = [...new Set([...markup.matchAll(/data-word(?:-label)?="([^"]+)"/g)].map((m) => m[1]!))];
  return Object.fromEntries(
    LANG_CODES.map((lang) => {
      const tree = JSON.parse(readFileSync(join(ROOT, 'locales', lang, 'common.json'), 'utf8')) as Record<string, unknown>;
      const word = (key: string) => {
        const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
        if (typeof value !== 'string') throw new Error(`locales/${lang}/common.json has no "${key}" for the first screen`);
        return typeset(lang, value);
      };
      return [lang, Object.fromEntries(keys.map((k) => [k, word(k)]))];
    }),
  );
}

/** JSON inside a <script> element: nothing in it may close the element. */
const scriptSafeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The headers a host should send, for hosts that read `_headers` (Netlify, Cloudflare Pages …) and for nginx. */
function hostFiles(hashes: InlineHashes): { headers: string; nginx: string } {
  const values = { ...SECURITY_HEADERS, 'Content-Security-Policy': headerCsp(hashes) };
  const headers = [
    '/*',
    ...Object.entries(values).map(([name, value]) => `  ${name}: ${value}`),
    '/assets/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '/sw.js',
    '  Cache-Control: no-cache',
    '/index.html',
    '  Cache-Control: no-cache',
  ].join('\n');
  const nginx = Object.entries(values)
    .map(([name, value]) => `add_header ${name} "${value}" always;`)
    .join('\n');
  return { headers: `${headers}\n`, nginx: `${nginx}\n` };
}

/** Text for HTML. */
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Every word of the markup in all six languages, each hidden but the one of `<html lang>`
 * (SHELL_RULES): the page is laid out once, with its words, whatever the head script picks,
 * and a language picked on the first screen needs only `<html lang>` changed.
 */
function markupWithWords(markup: string, words: Record<string, Record<string, string>>): string {
  return markup.replace(
    /(<([a-z][a-z0-9]*)\b[^>]*\sdata-word="([^"]+)"[^>]*>)(<\/\2>)/g,
    (_, open: string, _tag, key: string, close: string) => {
      const spans = LANG_CODES.map((lang) => `<span ${WORD_LANGUAGE_ATTRIBUTE}="${lang}" hidden>${escapeHtml(words[lang]![key]!)}</span>`);
      return `${open}${spans.join('')}${close}`;
    },
  );
}

/** The first screen's own rules, ahead of the critical ones: the words of the page's language, and nothing of the title while another first screen comes. */
const SHELL_RULES = [
  ...LANG_CODES.map((lang) => `html[lang=${lang}] [${WORD_LANGUAGE_ATTRIBUTE}=${lang}]{display:inline}`),
  `html[${FIRST_SCREEN_ATTRIBUTE}] #app>*{display:none}`,
].join('');

/** What `<html>` can carry before the game arrives (src/shell/firstScreenHead.ts writes it). */
function htmlStates(): Record<string, string>[] {
  const states: Record<string, string>[] = [];
  for (const lang of LANG_CODES)
    for (const textSize of ['normal', 'large', 'larger'])
      for (const contrast of ['normal', 'high'])
        for (const reducedMotion of ['false', 'true'])
          states.push({
            lang,
            dir: directionOf(lang),
            'data-text-size': textSize,
            'data-contrast': contrast,
            'data-reduced-motion': reducedMotion,
          });
  return states;
}

/** The picker's own faces (src/shell/shellFaces.ts): the stylesheet's rules for them, with their files' bytes. */
function pickerFaces(css: string, bundle: NonNullable<IndexHtmlTransformContext['bundle']>): ShellFace[] {
  const faces = [...css.matchAll(/@font-face\{([^}]*)\}/g)].flatMap(([, body]) => {
    const family = /font-family:\s*"?([^;"]+)"?/.exec(body!)?.[1]?.trim();
    const file = /src:\s*url\(\.\/(assets\/tiko-(?:arabic-name|sc-name)-[^)]+\.woff2)\)/.exec(body!)?.[1];
    if (!family || !file) return [];
    const asset = bundle[file];
    if (!asset || asset.type !== 'asset' || typeof asset.source === 'string') throw new Error(`${file} is not in the bundle`);
    const weight = /font-weight:\s*([^;]+)/.exec(body!)?.[1]?.trim() ?? '400';
    const unicodeRange = /unicode-range:\s*([^;]+)/.exec(body!)?.[1]?.trim() ?? 'U+0-10FFFF';
    return [{ family, weight, unicodeRange, data: Buffer.from(asset.source).toString('base64') }];
  });
  if (faces.length === 0) throw new Error("the language picker's name faces are not in the stylesheet");
  return faces;
}

export function firstScreen(): Plugin {
  let config: ResolvedConfig;
  let headScript = '';
  let script = '';
  let hashes: InlineHashes | null = null;
  return {
    name: 'first-screen',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async buildStart() {
      [headScript, script] = await Promise.all([shellScript('src/shell/firstScreenHead.ts'), shellScript('src/shell/firstScreen.ts')]);
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        // Another page of the build (the lesson pack, lesson.html) has no inline parts: the policy without hashes.
        if (!ctx.path.endsWith('/index.html'))
          return html.replace(
            '<head>',
            `<head>\n    <meta http-equiv="Content-Security-Policy" content="${metaCsp({ script: [], style: [] }).replace(/'/g, '&#39;')}">`,
          );
        const bundle = ctx.bundle ?? {};
        if (!html.includes(BOOT_APP)) throw new Error('index.html no longer has the boot placeholder the first screen replaces');
        if (!html.includes('</head>')) throw new Error('index.html has no </head>');
        const shellMarkup = readFileSync(join(ROOT, 'src/shell/titleShell.html'), 'utf8').trim();
        const words = shellWords(shellMarkup);
        // The mascot is a file, as the game's own title has it: a data: URL would be an SVG document
        // Blink builds before the first paint.
        const mascot = Object.values(bundle).find((file) => file.type === 'asset' && file.originalFileNames.includes('assets/mascot.svg'));
        if (!mascot) throw new Error('assets/mascot.svg is not in the bundle');
        const titleMarkup = markupWithWords(shellMarkup, words)
          .replace(/src="\/assets\/mascot\.svg(?:\?[^"]*)?"/, `src="./${mascot.fileName}"`)
          .replace('<section class="screen ', '<section data-from-html class="screen ');
        if (!titleMarkup.includes(`./${mascot.fileName}`)) throw new Error('the first screen has no mascot to point at its file');
        // The entry's stylesheets, in their order (the shared chunk's and main.ts's own). Their url()s
        // are relative to assets/, the page is one folder up.
        const cssLinks = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)"[^>]*>/g)];
        if (cssLinks.length === 0) throw new Error('no entry stylesheet in index.html');
        const css = cssLinks
          .map(([, file]) => {
            const asset = bundle[file!];
            if (!asset || asset.type !== 'asset') throw new Error(`${file} is not in the bundle`);
            return String(asset.source).replace(/url\((['"]?)\.\//g, 'url($1./assets/');
          })
          .join('\n');
        const placeholder = '<div class="boot-placeholder" aria-hidden="true"></div>';
        const critical =
          SHELL_RULES +
          criticalCss(css, {
            markups: [titleMarkup, titleMarkup.replace(/<button /g, '<button aria-busy="true" '), placeholder],
            htmlStates: htmlStates(),
            body: '<div id="game" aria-hidden="true"></div><div id="live" class="sr-only" aria-live="polite"></div>',
          });
        hashes = { script: [sha256(headScript), sha256(script)], style: [sha256(critical)] };
        const wordsJson = `<script type="application/json" id="${SHELL_WORDS_ID}">${scriptSafeJson(words)}</script>`;
        const facesJson = `<script type="application/json" id="${SHELL_FACES_ID}">${scriptSafeJson(pickerFaces(css, bundle))}</script>`;
        // The whole stylesheet follows the critical rules in the head, for print only (no paint waits
        // for it) until main.ts switches it on (src/ui/shellHandover.ts): in the head and before
        // them, it keeps its place ahead of each screen's own stylesheet, which Vite appends to the
        // head with the screen's code. A host that still sends an older policy (without these
        // hashes) blocks the inline copy: the files then style the page alone.
        const fullStyles = cssLinks.map(([link]) => link.replace('<link ', `<link ${FULL_STYLES} media="print" `)).join('\n    ');
        return cssLinks
          .reduce((page, [link]) => page.replace(link, ''), html)
          .replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${metaCsp(hashes).replace(/'/g, '&#39;')}">`)
          .replace(
            '</head>',
            `  <style>${critical}</style>\n    ${wordsJson}\n    ${facesJson}\n    <script>${headScript}</script>\n    ${fullStyles}\n  </head>`,
          )
          .replace(BOOT_APP, `<div id="app">${titleMarkup}</div>\n    <script>${script}</script>`);
      },
    },
    closeBundle() {
      if (!hashes) return;
      const { headers, nginx } = hostFiles(hashes);
      const outDir = resolve(config.root, config.build.outDir);
      writeFileSync(join(outDir, '_headers'), headers);
      writeFileSync(join(outDir, 'nginx-headers.conf'), nginx);
    },
  };
}
