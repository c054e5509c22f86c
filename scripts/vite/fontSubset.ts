import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import type { BuiltFace } from './fontBuild.ts';
import { FAMILIES, planFonts } from './fontPlan.ts';
import { ARABIC_STYLESHEETS, EMOJI_DEV_STYLESHEET, SC_STYLESHEET, type SourceFace, fontsourceFaces, nunitoFaces } from './fontSources.ts';
import { type CodePointRange, formatRanges, formatUnicodeRange } from './unicodeRange.ts';

/** The stylesheet line this plugin replaces with the generated `@font-face` rules. */
export const FONTS_IMPORT = /@import\s+['"]tiko:fonts['"]\s*;/;
/**
 * The Chinese text faces' rules go in a stylesheet of their own (src/ui/fonts-zh.css), loaded
 * only when the game speaks Chinese: 75 rules with long unicode-ranges would otherwise make
 * every player's first download about 4.5 KB heavier. The pickers' 中文 faces stay in the main one.
 */
export const FONTS_ZH_IMPORT = /@import\s+['"]tiko:fonts-zh['"]\s*;/;
const isChineseText = (face: BuiltFace) => face.family === FAMILIES.sc && !face.name.startsWith('tiko-sc-name-');

interface FaceRule {
  family: string;
  weight: string;
  file: string;
  unicodeRange?: string;
}

function fontFaceCss(rules: FaceRule[], cssFile: string): string {
  return rules
    .map((rule) => {
      let url = relative(dirname(cssFile), rule.file).split(sep).join('/');
      if (!url.startsWith('.')) url = `./${url}`;
      return [
        '@font-face {',
        `  font-family: '${rule.family}';`,
        '  font-style: normal;',
        '  font-display: swap;',
        `  font-weight: ${rule.weight};`,
        `  src: url('${url}') format('woff2');`,
        rule.unicodeRange ? `  unicode-range: ${rule.unicodeRange};` : '',
        '}',
      ]
        .filter(Boolean)
        .join('\n');
    })
    .join('\n');
}

const wholeFile =
  (family: string, weight: string) =>
  (face: SourceFace): FaceRule => ({
    family,
    weight,
    file: face.file,
    unicodeRange: face.ranges ? formatRanges(face.ranges) : undefined,
  });

/** Nunito, as the package ships it (Latin and Cyrillic, each with its range), in dev and build alike. */
function nunitoRules(): FaceRule[] {
  return ([400, 800] as const).flatMap((weight) => nunitoFaces(weight).map(wholeFile('Nunito', String(weight))));
}

/**
 * Dev server: the packages' whole slices under our family names, so the stacks in styles.css work
 * unchanged without waiting for subsetting, and new text shows at once. The Chinese slices keep
 * their own unicode-ranges (the browser fetches only those it needs); Arabic is fetched whole.
 */
function devRules(): FaceRule[] {
  const sc = fontsourceFaces(SC_STYLESHEET).map(wholeFile(FAMILIES.sc, '100 900'));
  const arabic = ([400, 700] as const).map((weight) =>
    wholeFile(FAMILIES.arabic, String(weight))(fontsourceFaces(ARABIC_STYLESHEETS[weight])[0]),
  );
  // The emoji slices without their ASCII (keycaps' digits, '#', '*'), which stay Nunito's text.
  const emoji = fontsourceFaces(EMOJI_DEV_STYLESHEET).map((face) => ({ ...face, ranges: withoutAscii(face.ranges) }));
  return [
    ...sc,
    ...arabic,
    { ...arabic[0], family: FAMILIES.arabicName },
    ...emoji.filter((face) => face.ranges.length).map(wholeFile(FAMILIES.emoji, '400')),
  ];
}

function withoutAscii(ranges: CodePointRange[] | null): CodePointRange[] {
  return (ranges ?? [[0, 0x10ffff]]).flatMap(([first, last]): CodePointRange[] => (last < 0x80 ? [] : [[Math.max(first, 0x80), last]]));
}

function describe(faces: BuiltFace[]): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const byFamily = new Map<string, BuiltFace[]>();
  for (const face of faces) byFamily.set(face.family, [...(byFamily.get(face.family) ?? []), face]);
  return [...byFamily]
    .map(([family, list]) => `${family}: ${list.length} file(s), ${kb(list.reduce((sum, f) => sum + f.bytes, 0))}`)
    .join('; ');
}

/**
 * Self-hosted Chinese, Arabic and emoji fonts, cut at build time to the characters the locales use
 * (and the language pickers show). Replaces `@import 'tiko:fonts';` in a stylesheet with
 * `@font-face` rules whose unicode-range is exactly each file's characters, so a browser
 * downloads a file only when a page draws one of them. Vite then hashes and emits the files
 * (and the service worker precaches them, so their size counts for every player).
 *
 * Made files are cached in node_modules/.cache/tiko-fonts by content, so a rebuild with unchanged
 * texts takes no time. `vite` (dev) does not subset: see devRules.
 * Text nobody wrote in a locale (a school's help contacts in public/help.json, a typed name) is
 * drawn by the device's fonts, which stay last in the stacks.
 */
export function fontSubset(options: { localesDir?: string; cacheDir?: string } = {}): Plugin {
  let config: ResolvedConfig;
  let built: Promise<BuiltFace[]> | undefined;
  let userInlineLimit: number | ((file: string, content: Buffer) => boolean | undefined) | undefined;
  const cacheDir = () => options.cacheDir ?? join(config.root, 'node_modules', '.cache', 'tiko-fonts');
  const realCacheDir = () => (existsSync(cacheDir()) ? realpathSync(cacheDir()) : cacheDir());
  return {
    name: 'tiko-font-subset',
    enforce: 'pre',
    config(user) {
      userInlineLimit = user.build?.assetsInlineLimit;
      return {
        build: {
          // A small face inlined as a data: URL would be blocked by the CSP's font-src 'self'.
          assetsInlineLimit: (file: string, content: Buffer) => {
            // The bundler names files by their real path: node_modules may be a symlink (worktrees, pnpm).
            if (file.startsWith(cacheDir()) || file.startsWith(realCacheDir())) return false;
            if (typeof userInlineLimit === 'function') return userInlineLimit(file, content);
            return content.length < (userInlineLimit ?? 4096);
          },
        },
      };
    },
    configResolved(resolved) {
      config = resolved;
    },
    transform: {
      // Filtered natively, so the bundler doesn't call into JavaScript for every module.
      filter: { id: /\.css(?:$|\?)/, code: 'tiko:fonts' },
      async handler(code, id) {
        const file = id.split('?')[0];
        if (!FONTS_IMPORT.test(code) && !FONTS_ZH_IMPORT.test(code)) return null;
        if (config.command === 'serve') {
          // Dev keeps every face in the main stylesheet.
          return {
            code: code.replace(FONTS_ZH_IMPORT, '').replace(FONTS_IMPORT, fontFaceCss([...nunitoRules(), ...devRules()], file)),
            map: null,
          };
        }
        built ??= (async () => {
          const plan = planFonts(options.localesDir ?? join(config.root, 'locales'));
          for (const { lang, codePoints } of plan.missing) {
            this.warn(
              `no ${lang} font has ${codePoints.map((cp) => String.fromCodePoint(cp)).join(' ')}: the device's fonts will draw them`,
            );
          }
          // Loaded only here: HarfBuzz's wasm has no business in `vite` or `vite preview`.
          const { buildFaces } = await import('./fontBuild.ts');
          const faces = await buildFaces(plan.faces, cacheDir());
          config.logger.info(`fonts subset: ${describe(faces)}`);
          return faces;
        })();
        const faces = (await built).filter((face) => face.codePoints.length);
        const rule = (face: BuiltFace) => ({
          family: face.family,
          weight: face.weight,
          file: face.file,
          unicodeRange: formatUnicodeRange(face.codePoints),
        });
        const main = fontFaceCss([...nunitoRules(), ...faces.filter((f) => !isChineseText(f)).map(rule)], file);
        const chinese = fontFaceCss(faces.filter(isChineseText).map(rule), file);
        return { code: code.replace(FONTS_IMPORT, main).replace(FONTS_ZH_IMPORT, chinese), map: null };
      },
    },
  };
}
