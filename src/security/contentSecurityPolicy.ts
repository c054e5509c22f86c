/**
 * The game's Content-Security-Policy and the other headers a host should send,
 * in one place: vite.config.ts writes the `<meta>` tag from it, docs/DEPLOY.md
 * quotes the header form, and a unit test keeps the three identical.
 * Nothing in the running game imports this file.
 */

/** Each source is here for a reason; anything not listed is refused. */
const DIRECTIVES: [directive: string, sources: string][] = [
  ['default-src', "'none'"],
  // Vite's build has no inline script and Phaser 4 needs no eval: no 'unsafe-*' anywhere.
  ['script-src', "'self'"],
  // Styles come from the CSS file and the CSSOM (src/ui/dom.ts), never from style attributes.
  ['style-src', "'self'"],
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
export const META_CSP = DIRECTIVES.map(([d, s]) => `${d} ${s}`).join('; ');

/**
 * The policy as an HTTP header: the same, plus `frame-ancestors`, which browsers
 * ignore in a meta tag. No page may frame the game (clickjacking of a child's clicks).
 */
export const HEADER_CSP = `${META_CSP}; frame-ancestors 'none'`;

/** Every header docs/DEPLOY.md asks a host to send with every response. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': HEADER_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'geolocation=(), camera=(), microphone=()',
};
