import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { IconifyJSON } from '@iconify/types';
import { getIconData, iconToHTML, iconToSVG } from '@iconify/utils';
import type { Plugin } from 'vite';

/**
 * Icons from open sets on the npm registry, one module per icon:
 * `import shield from 'virtual:icon/lucide/shield'` gives that icon's SVG as a string.
 * Only the icons some module imports reach the build, and nothing is fetched from another host.
 * The sets and their licences are credited in the README and on the credits screen.
 */
export const ICON_SETS = {
  /** Lucide, ISC licence: line icons for the pretend apps' controls. */
  lucide: '@iconify-json/lucide/icons.json',
  /** Fluent Emoji Flat (Microsoft), MIT licence: objects and props. */
  'fluent-emoji-flat': '@iconify-json/fluent-emoji-flat/icons.json',
} as const;

type SetName = keyof typeof ICON_SETS;
const PREFIX = 'virtual:icon/';
const RESOLVED = '\0virtual-icon/';
const require = createRequire(import.meta.url);
const loaded = new Map<SetName, IconifyJSON>();

function iconSet(name: SetName): IconifyJSON {
  let set = loaded.get(name);
  if (!set) {
    set = JSON.parse(readFileSync(require.resolve(ICON_SETS[name]), 'utf8')) as IconifyJSON;
    loaded.set(name, set);
  }
  return set;
}

/** Ids made unique per icon and the same in every build (the library's own helper numbers them per run). */
function prefixIds(body: string, prefix: string): string {
  return body.replace(/\bid="([^"]+)"/g, `id="${prefix}$1"`).replace(/(url\(#|href="#)([^)"]+)/g, `$1${prefix}$2`);
}

/** The SVG markup of one icon, sized by the font (1em) and hidden from screen readers: its button names it. */
export function iconSvg(setName: string, iconName: string): string {
  if (!(setName in ICON_SETS)) throw new Error(`Unknown icon set "${setName}" (known: ${Object.keys(ICON_SETS).join(', ')})`);
  const data = getIconData(iconSet(setName as SetName), iconName);
  if (!data) throw new Error(`No icon "${iconName}" in ${setName}`);
  const { attributes, body } = iconToSVG(data, { height: '1em' });
  // Unique ids, so two copies of a multi-colour emoji on one page keep their own gradients.
  return iconToHTML(prefixIds(body, `${setName}-${iconName}-`), { ...attributes, 'aria-hidden': 'true', focusable: 'false' });
}

export function iconModules(): Plugin {
  return {
    name: 'icon-modules',
    resolveId: (source) => (source.startsWith(PREFIX) ? RESOLVED + source.slice(PREFIX.length) : undefined),
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      const [setName = '', iconName = ''] = id.slice(RESOLVED.length).split('/');
      return `export default ${JSON.stringify(iconSvg(setName, iconName))};`;
    },
  };
}
