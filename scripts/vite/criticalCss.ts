import { Window } from 'happy-dom';
import postcss, { type AtRule, type Container, type Rule } from 'postcss';
import { codePointsOf, inRanges, parseUnicodeRange } from './unicodeRange.ts';

/**
 * The rules the first screen can use, out of the whole game's stylesheet (issue 16): matching
 * the whole sheet against a few dozen elements cost the first paint more than laying them out.
 * A rule is kept when one of its selectors matches the first screen's markup in some state the
 * page can be in before the game arrives: any language and direction, any of the settings kept on
 * `<html>`, a button pressed (aria-busy), with states such as :hover or :focus-visible counted as
 * met. An @font-face is kept when its unicode-range holds a letter of the first screen (so a face
 * for emoji, which it has none of, is declared once, by the full stylesheet), and the @keyframes
 * that kept rules name. The full stylesheet follows without blocking the first paint; where it
 * matches, it says the same.
 */

/** Pseudo-classes that depend on what the child does or on the form's state: assumed to match. */
const DYNAMIC =
  /:(?:hover|focus-visible|focus-within|focus|active|visited|link|any-link|target|checked|disabled|enabled|indeterminate|placeholder-shown|popover-open|modal|open|autofill|user-invalid|invalid|valid|default|read-only|read-write|required|optional|fullscreen)(?![\w-])/g;
/** Pseudo-elements (and their legacy one-colon forms): the element they belong to decides. */
const PSEUDO_ELEMENT =
  /::?(?:before|after|first-letter|first-line|marker|placeholder|selection|backdrop|file-selector-button|-webkit-[\w-]+|-moz-[\w-]+)(?:\([^)]*\))?/g;

export interface CriticalInput {
  /** The first screen's markup (the inside of #app), each variant it can take. */
  markups: string[];
  /** The attribute sets `<html>` can carry before the game arrives. */
  htmlStates: Record<string, string>[];
  /** What else is in the body beside #app. */
  body?: string;
}

function documents({ markups, htmlStates, body = '' }: CriticalInput): Document[] {
  const docs: Document[] = [];
  for (const state of htmlStates)
    for (const markup of markups) {
      const window = new Window();
      const { document } = window;
      for (const [name, value] of Object.entries(state)) document.documentElement.setAttribute(name, value);
      document.body.innerHTML = `${body}<div id="app">${markup}</div>`;
      docs.push(document as unknown as Document);
    }
  return docs;
}

/** True when the selector, with its state pseudo-classes taken as met, matches in one of the documents (or cannot be judged). */
function mayMatch(selector: string, docs: Document[]): boolean {
  // happy-dom knows neither :lang() nor :dir(): read as "has the attribute, or is inside one that has",
  // which can only say yes too often, except under :not(), where such a rule is simply kept.
  if (/:not\([^)]*:(?:lang|dir)\(/.test(selector)) return true;
  const inherited = (attribute: string, op: string) => (_: string, args: string) =>
    `:is(${args
      .split(',')
      .map((arg) => arg.trim().replace(/^["']|["']$/g, ''))
      .flatMap((value) => [`[${attribute}${op}="${value}"]`, `[${attribute}${op}="${value}"] *`])
      .join(',')})`;
  const bare = selector
    .replace(PSEUDO_ELEMENT, '')
    .replace(DYNAMIC, '')
    .replace(/:lang\(([^)]*)\)/g, inherited('lang', '|'))
    .replace(/:dir\(([^)]*)\)/g, inherited('dir', ''))
    .trim();
  // Only a state or a pseudo-element was left (":focus-visible", "::backdrop"): it is any element.
  const target = bare === '' || /[\s>+~(,]$/.test(bare) ? `${bare}*` : bare;
  try {
    return docs.some((doc) => doc.querySelector(target) !== null);
  } catch {
    return true;
  }
}

/** Does a face's unicode-range (none: every code point) hold one of these code points? */
export function rangeHolds(unicodeRange: string | undefined, codePoints: Set<number>): boolean {
  if (!unicodeRange) return true;
  const ranges = parseUnicodeRange(unicodeRange);
  // A range it cannot read keeps the face: the full stylesheet declares it the same.
  if (ranges.some(([first, last]) => Number.isNaN(first) || Number.isNaN(last))) return true;
  return [...codePoints].some((cp) => inRanges(cp, ranges));
}

const inKeyframes = (rule: Rule) => rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as AtRule).name);

export function criticalCss(css: string, input: CriticalInput): string {
  const docs = documents(input);
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    if (inKeyframes(rule)) return;
    const kept = rule.selectors.filter((selector) => mayMatch(selector, docs));
    if (kept.length === 0) rule.remove();
    else rule.selectors = kept;
  });
  // Faces for letters the first screen never shows.
  const letters = codePointsOf(
    docs
      .slice(0, input.markups.length)
      .map((doc) => doc.body.textContent ?? '')
      .join(''),
  );
  root.walkAtRules(/^font-face$/i, (face) => {
    let range: string | undefined;
    face.walkDecls(/^unicode-range$/i, (decl) => {
      range = decl.value;
    });
    if (!rangeHolds(range, letters)) face.remove();
  });
  // Animations the kept rules still name.
  const named = new Set<string>();
  root.walkDecls(/^(?:-webkit-)?animation(?:-name)?$/i, (decl) => {
    for (const word of decl.value.split(/[\s,]+/)) named.add(word);
  });
  root.walkAtRules(/keyframes$/i, (atRule) => {
    if (!named.has(atRule.params.trim())) atRule.remove();
  });
  // Media queries and the like left empty.
  const prune = (container: Container) => {
    container.each((node) => {
      if (node.type !== 'atrule' || !node.nodes) return;
      prune(node);
      if (node.nodes.length === 0) node.remove();
    });
  };
  prune(root);
  return root.toString();
}
