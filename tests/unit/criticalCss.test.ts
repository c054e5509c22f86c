/**
 * The first screen's inline stylesheet keeps only the rules its markup can use
 * (scripts/vite/criticalCss.ts): what it drops must be unable to match before the game arrives.
 */
import { describe, expect, it } from 'vitest';
import { criticalCss, rangeHolds } from '../../scripts/vite/criticalCss';

const input = {
  markups: ['<main><button class="play" aria-pressed="false">Play</button><p class="note"></p></main>'],
  htmlStates: [
    { lang: 'en', dir: 'ltr', 'data-contrast': 'normal' },
    { lang: 'ar', dir: 'rtl', 'data-contrast': 'high' },
  ],
};
const kept = (css: string) => criticalCss(css, input).replace(/\s+/g, ' ').trim();

describe('the first screen’s critical rules', () => {
  it('keeps the rules that match the markup and drops the others', () => {
    expect(kept('.play{color:red}.map-tile{color:blue}')).toBe('.play{color:red}');
  });

  it('keeps only the selectors of a list that can match', () => {
    expect(kept('.play,.map-tile{color:red}')).toBe('.play{color:red}');
  });

  it('counts states the child can bring about, and pseudo-elements, as met', () => {
    const css = '.play:hover{a:1}.play:focus-visible{b:2}.play::after{c:3}:focus-visible{d:4}.map-tile:hover{e:5}';
    expect(kept(css)).toBe('.play:hover{a:1}.play:focus-visible{b:2}.play::after{c:3}:focus-visible{d:4}');
  });

  it('keeps the rules of every language, direction and setting the page can start in', () => {
    const css =
      ':root:lang(ar){--font:x}:root:lang(zh){--font:y}[dir=rtl] .play{e:1}html[data-contrast=high] .note{f:2}html[data-contrast=high] .map{g:3}';
    expect(kept(css)).toBe(':root:lang(ar){--font:x}[dir=rtl] .play{e:1}html[data-contrast=high] .note{f:2}');
  });

  it('keeps a selector it cannot judge', () => {
    expect(kept('.play:not(:hover){a:1}')).toBe('.play:not(:hover){a:1}');
  });

  it('keeps a face without a range, the keyframes kept rules name, and no empty media query', () => {
    const css =
      '@font-face{font-family:A;src:url(a.woff2)}@keyframes used{to{opacity:1}}@keyframes unused{to{opacity:0}}' +
      '.play{animation:.2s used}@media (max-width:400px){.map{a:1}}@media (min-width:1px){.note{b:2}}';
    expect(kept(css)).toBe(
      '@font-face{font-family:A;src:url(a.woff2)}@keyframes used{to{opacity:1}}.play{animation:.2s used}@media (min-width:1px){.note{b:2}}',
    );
  });

  it('drops a face whose range holds none of the first screen’s letters (emoji), and keeps one that does', () => {
    const css =
      '@font-face{font-family:E;src:url(e.woff2);unicode-range:U+1F600-1F64F}@font-face{font-family:L;src:url(l.woff2);unicode-range:U+0000-00FF}';
    expect(kept(css)).toBe('@font-face{font-family:L;src:url(l.woff2);unicode-range:U+0000-00FF}');
  });

  it('reads single code points, ranges and wildcards in a unicode-range', () => {
    const play = new Set([...'Play'].map((c) => c.codePointAt(0)!));
    expect(rangeHolds('U+50', play)).toBe(true);
    expect(rangeHolds('U+1F600-1F64F, U+2600', play)).toBe(false);
    expect(rangeHolds('U+6?', play)).toBe(true);
    expect(rangeHolds('U+3?', play)).toBe(false);
    expect(rangeHolds(undefined, play)).toBe(true);
  });
});
