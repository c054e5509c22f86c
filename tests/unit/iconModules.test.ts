import { describe, expect, it } from 'vitest';
import { iconSvg } from '../../scripts/vite/iconModules';
import shield from 'virtual:icon/lucide/shield';

describe('icon modules', () => {
  it('gives one icon of an open set as hidden, font-sized SVG markup', () => {
    expect(shield).toMatch(/^<svg [^>]*aria-hidden="true"/);
    expect(shield).toContain('height="1em"');
    expect(shield).toContain('currentColor');
  });

  it('names what is missing instead of shipping an empty icon', () => {
    expect(() => iconSvg('lucide', 'no-such-icon')).toThrow(/no-such-icon/);
    expect(() => iconSvg('brands', 'x')).toThrow(/Unknown icon set/);
  });

  it('gives multi-colour emoji their own ids, so two on a page keep their gradients', () => {
    const svg = iconSvg('fluent-emoji-flat', 'airplane-arrival');
    const ids = [...svg.matchAll(/id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^fluent-emoji-flat-airplane-arrival-/);
    expect(svg).not.toMatch(/url\(#(?!fluent-emoji-flat-airplane-arrival-)/);
    expect(iconSvg('fluent-emoji-flat', 'airplane-arrival')).toBe(svg);
  });
});
