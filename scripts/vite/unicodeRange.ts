/** CSS `unicode-range` values, read and written as plain code point lists. */

export type CodePointRange = readonly [first: number, last: number];

/** `U+4e00-4e01,U+20,U+4??` → ranges. */
export function parseUnicodeRange(value: string): CodePointRange[] {
  return value
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((part) => {
      if (part.includes('?')) return [parseInt(part.replace(/\?/g, '0'), 16), parseInt(part.replace(/\?/g, 'f'), 16)] as const;
      const [first, last = first] = part.split('-');
      return [parseInt(first, 16), parseInt(last, 16)] as const;
    });
}

export function inRanges(codePoint: number, ranges: readonly CodePointRange[]): boolean {
  return ranges.some(([first, last]) => codePoint >= first && codePoint <= last);
}

export function formatRanges(ranges: readonly CodePointRange[]): string {
  return ranges
    .map(([first, last]) => (first === last ? `U+${first.toString(16)}` : `U+${first.toString(16)}-${last.toString(16)}`))
    .join(',');
}

/** The shortest `unicode-range` for exactly these code points (runs become ranges). */
export function formatUnicodeRange(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const runs: CodePointRange[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i];
    while (i + 1 < sorted.length && sorted[i + 1] === sorted[i] + 1) i++;
    runs.push([first, sorted[i]]);
  }
  return formatRanges(runs);
}

export function codePointsOf(text: string): Set<number> {
  const set = new Set<number>();
  for (const char of text) set.add(char.codePointAt(0)!);
  return set;
}
