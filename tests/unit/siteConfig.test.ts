import { describe, expect, it } from 'vitest';
import { DEFAULT_KIOSK, parseHelpConfig, parseKioskConfig } from '../../src/engine/siteConfig';
import { idleState } from '../../src/engine/idle';
import { LANG_CODES } from '../../src/i18n/languages';

describe('kiosk configuration', () => {
  it('uses the defaults when there is no file', () => {
    expect(parseKioskConfig(undefined, LANG_CODES)).toEqual({ config: DEFAULT_KIOSK, problems: [] });
  });

  it('reads a good file', () => {
    const { config, problems } = parseKioskConfig(
      {
        languages: ['fr', 'ar'],
        idleSeconds: 90,
        countdownSeconds: 30,
        tour: { scenarios: ['contact-meet-up'], game: 'conduct-game' },
        pin: '9753',
        help: {
          contacts: { fr: [{ name: 'Ligne enfance', detail: 'Appel gratuit, numéro affiché au stand' }] },
          trustedAdult: { fr: 'Une personne en t-shirt vert' },
        },
      },
      LANG_CODES,
    );
    expect(problems).toEqual([]);
    expect(config).toMatchObject({
      languages: ['fr', 'ar'],
      idleSeconds: 90,
      countdownSeconds: 30,
      pin: '9753',
      tour: { scenarios: ['contact-meet-up'], game: 'conduct-game' },
    });
    expect(config.help.contacts.fr).toHaveLength(1);
    expect(config.help.trustedAdult.fr).toBe('Une personne en t-shirt vert');
  });

  it('keeps the countdown at 20 seconds or more, and says so', () => {
    const { config, problems } = parseKioskConfig({ countdownSeconds: 5, idleSeconds: 'soon' }, LANG_CODES);
    expect(config.countdownSeconds).toBe(20);
    expect(config.idleSeconds).toBe(DEFAULT_KIOSK.idleSeconds);
    expect(problems).toHaveLength(2);
  });

  it.each([
    [[]],
    ['text'],
    [42],
    [{ languages: 'en' }],
    [{ languages: ['xx'] }],
    [{ tour: { scenarios: ['nope'], game: 'nope' } }],
    [{ pin: 1234 }],
    [{ help: { contacts: { en: 'call us' } } }],
  ])('falls back on junk: %j', (raw) => {
    const { config, problems } = parseKioskConfig(raw, LANG_CODES);
    expect(config.languages.length).toBeGreaterThan(0);
    expect(config.countdownSeconds).toBeGreaterThanOrEqual(20);
    expect(config.tour.scenarios.length).toBeGreaterThan(0);
    expect(config.pin).toMatch(/^\d{4,8}$/);
    expect(problems.length).toBeGreaterThan(0);
  });
});

describe('kiosk attract sound', () => {
  it('the jingle and the spoken invitation are on unless the event turns them off; a wrong value keeps the default', () => {
    expect(DEFAULT_KIOSK).toMatchObject({ attractJingle: true, attractVoice: true });
    expect(parseKioskConfig({ attractJingle: false, attractVoice: false }, LANG_CODES).config).toMatchObject({
      attractJingle: false,
      attractVoice: false,
    });
    const { config, problems } = parseKioskConfig({ attractJingle: 'quiet' }, LANG_CODES);
    expect(config.attractJingle).toBe(true);
    expect(problems).toEqual(['attractJingle: expected true or false']);
  });
});

describe('kiosk voices kept for offline', () => {
  it('a stand keeps its voices unless the event says not to; a wrong value keeps the default', () => {
    expect(DEFAULT_KIOSK.keepVoices).toBe(true);
    expect(parseKioskConfig({ keepVoices: false }, LANG_CODES).config.keepVoices).toBe(false);
    const { config, problems } = parseKioskConfig({ keepVoices: 'yes' }, LANG_CODES);
    expect(config.keepVoices).toBe(true);
    expect(problems).toEqual(['keepVoices: expected true or false']);
  });
});

describe('help configuration', () => {
  it('keeps good contacts and drops the rest', () => {
    const { config, problems } = parseHelpConfig(
      { contacts: { en: [{ name: 'Helpline', detail: 'Free call' }, { name: '' }, 'x'], xx: [] }, trustedAdult: { en: 42 } },
      LANG_CODES,
    );
    expect(config.contacts).toEqual({ en: [{ name: 'Helpline', detail: 'Free call' }] });
    expect(config.trustedAdult).toEqual({});
    expect(problems.length).toBe(3);
  });
});

describe('idle timer', () => {
  it('warns after the idle time, counts down, then resets', () => {
    expect(idleState(0, 59_000, 60, 20)).toEqual({ kind: 'active' });
    expect(idleState(0, 60_000, 60, 20)).toEqual({ kind: 'warning', secondsLeft: 20 });
    expect(idleState(0, 79_500, 60, 20)).toEqual({ kind: 'warning', secondsLeft: 1 });
    expect(idleState(0, 80_000, 60, 20)).toEqual({ kind: 'reset' });
  });
});
