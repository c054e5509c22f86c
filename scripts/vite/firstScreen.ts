import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { LANG_CODES } from '../../src/i18n/languages.ts';
import { typeset } from '../../src/i18n/typography.ts';
import { SECURITY_HEADERS, headerCsp, metaCsp, type InlineHashes } from '../../src/security/contentSecurityPolicy.ts';
import { FALLBACK_STYLES, SHELL_WORDS_ID } from '../../src/shell/shellContract.ts';

/**
 * The first screen arrives with the HTML itself (issue 16): index.html carries the title
 * screen's markup (src/shell/titleShell.html), the stylesheet inline, the title's words in all
 * six languages, and a small inline script (src/shell/firstScreen.ts) that fills them in before
 * the first paint. Nothing on the way to the first usable control waits for a second download.
 * The inline script and style are allowed by their hashes in the Content-Security-Policy, which
 * this plugin writes into the page and into `_headers` / `nginx-headers.conf` for hosts.
 * Only in the build: the dev server draws the title from main.ts as before.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BOOT_APP = '<div id="app"><div class="boot-placeholder" aria-hidden="true"></div></div>';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** src/shell/firstScreen.ts as one small classic script, built on its own. */
async function shellScript(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      target: 'es2020',
      lib: { entry: join(ROOT, 'src/shell/firstScreen.ts'), formats: ['iife'], name: 'tikoFirstScreen' },
    },
  });
  const chunk = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : [])).find((c) => c.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('first screen script did not build');
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

export function firstScreen(): Plugin {
  let config: ResolvedConfig;
  let script = '';
  let hashes: InlineHashes | null = null;
  return {
    name: 'first-screen',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async buildStart() {
      script = await shellScript();
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
        const markup = readFileSync(join(ROOT, 'src/shell/titleShell.html'), 'utf8').trim();
        if (!html.includes(BOOT_APP)) throw new Error('index.html no longer has the boot placeholder the first screen replaces');
        // The entry's stylesheets, inline and in their order (the shared chunk's and main.ts's own: a link
        // left in the head would hold the first paint back for a second download). Their url()s are
        // relative to assets/, the page is one folder up.
        const cssLinks = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)"[^>]*>/g)];
        if (cssLinks.length === 0) throw new Error('no entry stylesheet in index.html');
        const css = cssLinks
          .map(([, file]) => {
            const asset = bundle[file!];
            if (!asset || asset.type !== 'asset') throw new Error(`${file} is not in the bundle`);
            return String(asset.source).replace(/url\((['"]?)\.\//g, 'url($1./assets/');
          })
          .join('\n');
        hashes = { script: [sha256(script)], style: [sha256(css)] };
        const words = `<script type="application/json" id="${SHELL_WORDS_ID}">${scriptSafeJson(shellWords(markup))}</script>`;
        const [first, ...others] = cssLinks.map(([link]) => link);
        const fallbacks = cssLinks.map(([link]) => link.replace('<link ', `<link ${FALLBACK_STYLES} disabled `)).join('\n    ');
        return others
          .reduce((page, link) => page.replace(link, ''), html.replace(first!, `<style>${css}</style>`))
          .replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${metaCsp(hashes).replace(/'/g, '&#39;')}">`)
          .replace(
            BOOT_APP,
            // The stylesheets' files stay linked, switched off: a host that still sends an older policy
            // (without these hashes) blocks the inline copy, and main.ts then switches the files on
            // (src/ui/shellHandover.ts), so the page keeps its looks. Off, they are not even downloaded.
            `<div id="app">${markup}</div>\n    ${words}\n    <script>${script}</script>\n    ${fallbacks}`,
          );
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
