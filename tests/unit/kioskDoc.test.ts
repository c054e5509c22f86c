/**
 * docs/KIOSK.md gives organisers a managed policy to copy into their browser: it must be valid
 * JSON, and hold the policies the guide's lockdown table relies on.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DOC = readFileSync(fileURLToPath(new URL('../../docs/KIOSK.md', import.meta.url)), 'utf8');

function policyBlock(): string {
  const match = /<!-- kiosk-policy -->\s*```json\n([\s\S]*?)\n```/.exec(DOC);
  if (!match) throw new Error('docs/KIOSK.md has no policy block after <!-- kiosk-policy -->');
  return match[1]!;
}

describe('the kiosk guide', () => {
  it('gives a managed policy that is valid JSON with the lockdown’s keys', () => {
    const policy = JSON.parse(policyBlock()) as Record<string, unknown>;
    expect(policy).toMatchObject({
      DeveloperToolsAvailability: 2,
      IncognitoModeAvailability: 1,
      BrowserGuestModeEnabled: false,
      PrintingEnabled: false,
      TaskManagerEndProcessEnabled: false,
    });
    expect(policy.URLBlocklist).toEqual(expect.arrayContaining(['*', 'chrome://*']));
    expect(Array.isArray(policy.URLAllowlist) && policy.URLAllowlist.length).toBeTruthy();
    // Every policy named in the guide's prose is one the block sets.
    for (const name of DOC.matchAll(/`([A-Z][A-Za-z]+)(?:: [^`]+)?`/g))
      if (/^(Developer|Incognito|Browser|URL|Printing|Download|Prompt|TaskManager|SavingBrowser)/.test(name[1]!))
        expect(policy, name[1]).toHaveProperty(name[1]!);
  });

  it('gives a launch command in kiosk mode, autostart on Linux and Windows, and the lockdown table', () => {
    expect(DOC).toMatch(/chromium \\\n\s+--kiosk "http:\/\/127\.0\.0\.1:8080\/\?mode=kiosk"/);
    expect(DOC).toContain('systemctl --user enable');
    expect(DOC).toContain('shell:startup');
    expect(DOC).toContain('| Escape route | The page blocks it (kiosk mode) | The policy / `--kiosk` blocks it | What remains |');
  });
});
