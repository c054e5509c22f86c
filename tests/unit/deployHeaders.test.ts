/**
 * The policy in the build's meta tag and the headers the docs ask hosts to send
 * come from one module; this keeps every copy quoted in the docs identical, so a
 * host configured from docs/DEPLOY.md or the README gets the policy the game was tested under.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HEADER_CSP, META_CSP, SECURITY_HEADERS, headerCsp, metaCsp } from '../../src/security/contentSecurityPolicy';

const read = (path: string) => readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');

/** Every value given to `name` in a doc: `Name: value` lines, nginx `add_header Name "value"`. */
function quoted(doc: string, name: string): string[] {
  const header = new RegExp(`^\\s*${name}: (.+)$`, 'gm');
  const nginx = new RegExp(`^\\s*add_header ${name} "([^"]+)"`, 'gm');
  return [...doc.matchAll(header), ...doc.matchAll(nginx)].map((m) => m[1]!.trim());
}

describe('deployment headers', () => {
  // Written out in full on purpose: a source added to the policy must be added here too, by a
  // person who has read why each one is there (src/security/contentSecurityPolicy.ts).
  // The build's hashes of the inline first screen stand as a marker where the docs quote it.
  const EXPECTED_META =
    "default-src 'none'; script-src 'self' 'sha256-FROM-DIST-HEADERS'; style-src 'self' 'sha256-FROM-DIST-HEADERS'; img-src 'self' data: blob:; media-src 'self' data:; " +
    "connect-src 'self'; font-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

  it('the meta policy is exactly the reviewed one, and the header adds frame-ancestors', () => {
    expect(META_CSP).toBe(EXPECTED_META);
    expect(HEADER_CSP).toBe(`${EXPECTED_META}; frame-ancestors 'none'`);
  });

  it('the other headers are exactly the reviewed ones', () => {
    expect(SECURITY_HEADERS).toEqual({
      'Content-Security-Policy': `${EXPECTED_META}; frame-ancestors 'none'`,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Permissions-Policy': 'geolocation=(), camera=(), microphone=()',
    });
  });

  it('allows the inline first screen by its hashes only, never by unsafe-inline', () => {
    const hashes = { script: ['sha256-aaa='], style: ['sha256-bbb=', 'sha256-ccc='] };
    expect(metaCsp(hashes)).toContain("script-src 'self' 'sha256-aaa=';");
    expect(metaCsp(hashes)).toContain("style-src 'self' 'sha256-bbb=' 'sha256-ccc=';");
    expect(headerCsp(hashes)).toBe(`${metaCsp(hashes)}; frame-ancestors 'none'`);
    expect(metaCsp(hashes)).not.toMatch(/unsafe/);
  });

  it("the build writes the meta tag and the hosts' header files from the shared policy", () => {
    const plugin = read('scripts/vite/firstScreen.ts');
    expect(plugin).toMatch(/import \{[^}]*\bmetaCsp\b[^}]*\bheaderCsp\b|import \{[^}]*\bheaderCsp\b[^}]*\bmetaCsp\b/);
    expect(plugin).toMatch(/content="\$\{metaCsp\(hashes\)/);
    expect(plugin).toMatch(/'_headers'/);
    expect(read('vite.config.ts')).toMatch(/firstScreen\(\)/);
  });

  it.each(['docs/DEPLOY.md', 'README.md'])('%s quotes exactly the shared headers', (path) => {
    const doc = read(path);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      const copies = quoted(doc, name);
      if (path === 'docs/DEPLOY.md') expect(copies.length, `${name} in ${path}`).toBeGreaterThanOrEqual(3);
      for (const copy of copies) expect(copy, `${name} in ${path}`).toBe(value);
    }
  });
});
