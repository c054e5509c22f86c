/**
 * The game's Content-Security-Policy and the other headers a host should send,
 * in one place: the build writes the `<meta>` tag and the host files from it
 * (scripts/vite/firstScreen.ts), docs/DEPLOY.md quotes the header form, and a unit
 * test keeps them identical.
 * Nothing in the running game imports this file.
 */

/** The inline first screen's script and style (scripts/vite/firstScreen.ts), by their hashes. */
export interface InlineHashes {
  script: string[];
  style: string[];
}

const quotedHashes = (hashes: string[]) => hashes.map((h) => ` '${h}'`).join('');

/** Each source is here for a reason; anything not listed is refused. */
const directives = (hashes: InlineHashes): [directive: string, sources: string][] => [
  ['default-src', "'none'"],
  // No 'unsafe-*' anywhere, and Phaser 4 needs no eval. The one inline script is the first
  // screen's (src/shell/firstScreen.ts), allowed by its hash and by nothing else.
  ['script-src', `'self'${quotedHashes(hashes.script)}`],
  // The stylesheet, inline on the first screen (allowed by its hash) and as a file; the CSSOM
  // (src/ui/dom.ts) sets the rest. Never style attributes.
  ['style-src', `'self'${quotedHashes(hashes.style)}`],
  // data: Phaser's built-in textures (default, missing, white) are data: PNGs, and Vite inlines
  // icons under 4 KB as data: URLs. blob: Phaser decodes some images through object URLs.
  ['img-src', "'self' data: blob:"],
  // data: Howler unlocks audio on the first tap by playing a tiny silent WAV written as a
  // data: URL. No blob: Howler never makes object URLs, and Phaser, which would for its own
  // audio and video, plays no sound here (FEATURE_SOUND is off in vite.config.ts).
  ['media-src', "'self' data:"],
  // The word files (assets/*.json), help.json and kiosk.json come from the game's own origin only.
  ['connect-src', "'self'"],
  ['font-src', "'self'"],
  ['manifest-src', "'self'"],
  // The offline service worker (sw.js) and nothing else.
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

/** The policy as the build's `<meta http-equiv>` tag carries it. */
export const metaCsp = (hashes: InlineHashes): string =>
  directives(hashes)
    .map(([d, s]) => `${d} ${s}`)
    .join('; ');

/**
 * The policy as an HTTP header: the same, plus `frame-ancestors`, which browsers
 * ignore in a meta tag. No page may frame the game (clickjacking of a child's clicks).
 */
export const headerCsp = (hashes: InlineHashes): string => `${metaCsp(hashes)}; frame-ancestors 'none'`;

/**
 * Where the docs quote the policy, the hashes of this build stand as a marker: they change with
 * the first screen's script and stylesheet, so the build writes the exact headers into
 * `dist/_headers` and `dist/nginx-headers.conf`, and hosts take them from there.
 */
export const DOCUMENTED_HASHES: InlineHashes = { script: ['sha256-FROM-DIST-HEADERS'], style: ['sha256-FROM-DIST-HEADERS'] };
export const META_CSP = metaCsp(DOCUMENTED_HASHES);
export const HEADER_CSP = headerCsp(DOCUMENTED_HASHES);

/** Every header docs/DEPLOY.md asks a host to send with every response. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': HEADER_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'geolocation=(), camera=(), microphone=()',
};
