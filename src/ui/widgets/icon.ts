/**
 * An icon imported as `virtual:icon/<set>/<name>` (scripts/vite/iconModules.ts), as an element.
 * Parsed, never assigned as HTML: the markup comes from the build, but the page keeps one rule.
 * The icon is decoration: the control that holds it carries the name a screen reader reads.
 */
export function iconElement(svg: string, className = 'icon'): SVGSVGElement {
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  const element = document.importNode(parsed, true) as unknown as SVGSVGElement;
  element.classList.add(className);
  return element;
}
