// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/content';
import { contactGiftsVoiceChat } from '../../../src/content/scenarios/contact/giftsVoiceChat';
import { contactMeetUp } from '../../../src/content/scenarios/contact/meetUp';
import { contactPersonalDetails } from '../../../src/content/scenarios/contact/personalDetails';
import { contactPhotoRequest } from '../../../src/content/scenarios/contact/photoRequest';
import { startScenario, type RunnerAction, type RunnerState } from '../../../src/engine/scenarioRunner';
import type { PracticeAction } from '../../../src/engine/steps';
import { practiceHarness } from './practiceHarness';

const harness = (scenario: Scenario, start: RunnerState, help?: { contacts: object; trustedAdult: object }) =>
  practiceHarness(scenario, start, { help });

const app = (action: PracticeAction): RunnerAction => ({ type: 'practice', action });
const control = <T extends HTMLElement = HTMLButtonElement>(focusId: string) => document.querySelector<T>(`[data-focus-id="${focusId}"]`)!;
const panelTitle = () => document.querySelector('.panel h2')?.textContent;
const status = () => document.querySelector('.pretend-app [role="status"]')?.textContent ?? '';
const k = (s: string) => `contact:${s}`;

describe('say no with phrase tiles: the pretend chat', () => {
  afterEach(() => document.body.replaceChildren());

  it('builds the message from tiles, moving focus on, and sends it', () => {
    const h = practiceHarness(contactPhotoRequest, 'no');
    expect(control('pc-send').disabled).toBe(true);
    control('pc-tile-no').click();
    expect(h.acted.at(-1)).toEqual(app({ type: 'addTile', tileId: 'no' }));
    expect(control('pc-tile-no').disabled).toBe(true);
    expect(document.querySelector('.pc-draft')?.textContent).toContain(k('photoRequest.no.tiles.no'));
    expect(document.activeElement).toBe(control('pc-tile-play'));
    control('pc-tile-photos').click();
    control('pc-undo').click();
    expect(h.acted.at(-1)).toEqual(app({ type: 'removeTile' }));
    control('pc-send').click();
    expect(document.querySelector('.chat-bubble.me')?.textContent).toContain(k('photoRequest.no.tiles.no'));
    expect(document.querySelector('.chat-bubble.arriving')?.textContent).toContain(k('photoRequest.no.pushBack'));
    expect(document.activeElement).toBe(control('pc-screenshot'));
    expect(status()).toContain('practiceContact.sentNote');
  });

  it('plays a "maybe later" out, then rewinds to the same draft', () => {
    const h = practiceHarness(contactPhotoRequest, 'no');
    control('pc-tile-later').click();
    control('pc-send').click();
    expect(document.querySelector('.chat-bubble.arriving')?.textContent).toContain(k('photoRequest.no.later.answer'));
    expect(panelTitle()).toBe('scenario.letsThink');
    expect(document.querySelector('.pc-composer')).toBeNull();
    expect(document.activeElement).toBe(control('practice-heading'));
    control('rewind').click();
    expect(h.acted.at(-1)).toEqual({ type: 'rewind' });
    expect(document.querySelector('.pc-draft')?.textContent).toContain(k('photoRequest.no.tiles.later'));
  });

  it('empties the chat when Block comes before the screenshot, and finishes with screenshot then Block', () => {
    const h = practiceHarness(contactPhotoRequest, 'no');
    control('pc-tile-no').click();
    control('pc-send').click();
    control('pc-block').click();
    expect(document.querySelector('.pc-empty-chat')?.textContent).toBe('practiceContact.chatGone');
    control('rewind').click();
    control('pc-screenshot').click();
    expect(status()).toContain('practiceContact.screenshotSaved');
    expect(document.activeElement).toBe(control('pc-block'));
    control('pc-block').click();
    expect(panelTitle()).toBe('practice.done');
    expect(status()).toContain('practice.blockedNote');
    control('continue').click();
    expect(h.runner.phase).toBe('keyMessage');
  });
});

describe('tell a grown-up: the share sheet', () => {
  afterEach(() => document.body.replaceChildren());

  it('ticks what to show and picks an opener with real checkboxes and radio buttons, then shows', () => {
    const h = practiceHarness(contactMeetUp, 'tell');
    expect(control('pc-show').disabled).toBe(true);
    control<HTMLInputElement>('pc-item-chat').click();
    expect(h.acted.at(-1)).toEqual(app({ type: 'toggleItem', itemId: 'chat' }));
    expect(control<HTMLInputElement>('pc-item-chat').checked).toBe(true);
    control<HTMLInputElement>('pc-opener-worried').click();
    expect(control<HTMLInputElement>('pc-opener-worried').checked).toBe(true);
    for (const input of document.querySelectorAll('.pretend-app input')) expect(input.closest('label')).not.toBeNull();
    control('pc-show').click();
    expect(h.acted.at(-1)).toEqual(app({ type: 'show' }));
    expect(document.querySelector('.pc-shown')?.textContent).toContain(k('meetUp.tell.items.chat'));
    expect(document.querySelector('.chat-bubble.them')?.textContent).toContain(k('meetUp.tell.reply'));
    expect(panelTitle()).toBe('practice.done');
  });

  it('plays out showing without the chat, and a "never mind"', () => {
    practiceHarness(contactMeetUp, 'tell');
    control<HTMLInputElement>('pc-opener-worried').click();
    control('pc-show').click();
    expect(document.querySelector('.arriving')?.textContent).toContain(k('meetUp.tell.missing.answer'));
    expect(panelTitle()).toBe('scenario.letsThink');
    control('rewind').click();
    control<HTMLInputElement>('pc-item-chat').click();
    control<HTMLInputElement>('pc-opener-never-mind').click();
    control('pc-show').click();
    expect(document.querySelector('.arriving')?.textContent).toContain(k('meetUp.tell.neverMind.answer'));
  });
});

describe('privacy settings', () => {
  afterEach(() => document.body.replaceChildren());

  it('opens a row, picks an option, and comes back to the row with its new value', () => {
    const h = practiceHarness(contactPersonalDetails, 'settings');
    expect(control('pc-row-messages').textContent).toContain(k('personalDetails.settings.messages.everyone'));
    control('pc-row-messages').click();
    expect(h.acted.at(-1)).toEqual(app({ type: 'openRow', rowId: 'messages' }));
    expect(document.activeElement).toBe(control('pc-option-everyone'));
    expect(control('pc-option-everyone').getAttribute('aria-pressed')).toBe('true');
    control('pc-option-friends').click();
    expect(document.activeElement).toBe(control('pc-row-messages'));
    expect(control('pc-row-messages').textContent).toContain(k('personalDetails.settings.messages.friends'));
    control('pc-row-name').click();
    control('pc-option-nickname').click();
    expect(panelTitle()).toBe('practice.done');
    expect(status()).toContain('practiceContact.settingsSaved');
  });

  it('shows what a less safe option lets happen, then keeps the setting as it was', () => {
    practiceHarness(contactPersonalDetails, 'settings');
    control('pc-row-town').click();
    control('pc-option-shown').click();
    expect(document.querySelector('.pc-beat')?.textContent).toContain(k('personalDetails.settings.town.notice'));
    expect(control('pc-option-shown').classList.contains('playing')).toBe(true);
    expect(control('pc-back').disabled).toBe(true);
    control('rewind').click();
    expect(document.querySelector('.pc-beat')).toBeNull();
    expect(control('pc-option-hidden').getAttribute('aria-pressed')).toBe('true');
    control('pc-back').click();
    expect(control('pc-row-town').textContent).toContain(k('personalDetails.settings.town.hidden'));
  });
});

describe('voice chat with captions', () => {
  afterEach(() => document.body.replaceChildren());

  it('mutes a player (a toggle button), hides their captions, and reports them with a reason', () => {
    const h = practiceHarness(contactGiftsVoiceChat, 'lobby');
    expect(document.querySelector('.pc-captions')?.textContent).toContain(k('giftsVoiceChat.owe.voice'));
    control('pc-mute-wolf').click();
    expect(h.acted.at(-1)).toEqual(app({ type: 'toggleMute', playerId: 'wolf' }));
    expect(control('pc-mute-wolf').getAttribute('aria-pressed')).toBe('true');
    expect(control('pc-mute-wolf').getAttribute('aria-label')).toBe(`practiceContact.mute(${k('giftsVoiceChat.player')})`);
    expect(document.querySelector('.pc-captions')?.textContent).not.toContain(k('giftsVoiceChat.owe.voice'));
    expect(status()).toContain('practiceContact.mutedNote');
    control('pc-report-wolf').click();
    expect(document.activeElement).toBe(control('pc-reason-pressure'));
    expect(control('pc-send-report').disabled).toBe(true);
    control<HTMLInputElement>('pc-reason-pressure').click();
    control('pc-send-report').click();
    expect(panelTitle()).toBe('practice.done');
    expect(status()).toContain('practice.reportedNote');
    expect(document.querySelector('[data-focus-id="pc-gift"]')).toBeNull();
  });

  it('plays out the gift and talking back, each with a way back', () => {
    practiceHarness(contactGiftsVoiceChat, 'lobby');
    control('pc-gift').click();
    expect(document.querySelector('.pc-caption.arriving')?.textContent).toContain(k('giftsVoiceChat.lobby.gift.answer'));
    expect(control('pc-mute-wolf').disabled).toBe(true);
    control('rewind').click();
    control('pc-talk').click();
    expect(document.querySelector('.pc-caption.arriving')?.textContent).toContain(k('giftsVoiceChat.lobby.talk.answer'));
    control('rewind').click();
    expect(document.querySelector('.pc-caption.arriving')).toBeNull();
  });
});

describe('the help card', () => {
  afterEach(() => document.body.replaceChildren());
  const atHelp = (scenario: Scenario) => ({ ...startScenario(scenario), phase: 'help' as const });

  it('shows who fits the story best, what to say first, then the others and the place’s contacts', () => {
    harness(contactPersonalDetails, atHelp(contactPersonalDetails), {
      contacts: { en: [{ name: 'School nurse', detail: 'Room 12' }] },
      trustedAdult: {},
    });
    expect(document.querySelector('.hc-first')?.textContent).toBe('common:help.reportButton');
    expect(document.querySelector('.hc-say-text')?.textContent).toBe(k('personalDetails.helpSay'));
    expect([...document.querySelectorAll('.hc-list li')].map((li) => li.textContent)).toEqual(['common:help.trustedAdult']);
    expect(document.querySelector('.local-help')?.textContent).toContain('School nurse');
  });

  it('differs from story to story', () => {
    const cards = [contactPhotoRequest, contactMeetUp, contactPersonalDetails, contactGiftsVoiceChat].map((s) => {
      harness(s, atHelp(s));
      return document.querySelector('.help-card')?.textContent;
    });
    expect(new Set(cards).size).toBe(cards.length);
  });

  it('uses the place’s own words for a trusted adult', () => {
    harness(contactMeetUp, atHelp(contactMeetUp), { contacts: {}, trustedAdult: { en: 'A volunteer in a green T-shirt' } });
    expect(document.querySelector('.hc-first')?.textContent).toBe('A volunteer in a green T-shirt');
  });
});
