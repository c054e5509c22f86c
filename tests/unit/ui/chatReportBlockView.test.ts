// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { contactFriendRequest as scenario } from '../../../src/content/scenarios/contact/friendRequest';
import type { RunnerAction } from '../../../src/engine/scenarioRunner';
import type { PracticeAction } from '../../../src/engine/steps';
import { practiceHarness } from './practiceHarness';

const app = (action: PracticeAction): RunnerAction => ({ type: 'practice', action });
const button = (focusId: string) => document.querySelector<HTMLButtonElement>(`[data-focus-id="${focusId}"]`)!;

describe('the pretend chat view (report and block)', () => {
  afterEach(() => document.body.replaceChildren());

  it('draws the pretend app in the stage and Tiko’s task in the panel', () => {
    practiceHarness(scenario, 'report');
    expect(document.querySelector('.stage .pretend-app')).not.toBeNull();
    expect(document.querySelector('.stage .chat-text')?.textContent).toBe('contact:friendRequest.secret.message');
    expect(document.querySelector('.panel h2')?.textContent).toBe('practice.yourTurn');
    expect(document.querySelector('.panel .practice-instruction')?.textContent).toBe('contact:friendRequest.report.instruction');
    expect(button('app-menu').getAttribute('aria-expanded')).toBe('false');
    expect(button('app-menu').getAttribute('aria-label')).toBe('practice.optionsFor(contact:friendRequest.stranger)');
  });

  it('sends the right actions through the menu, the report form and Block, moving focus along', () => {
    const h = practiceHarness(scenario, 'report');
    button('app-menu').click();
    expect(h.acted.at(-1)).toEqual(app({ type: 'openMenu' }));
    expect(button('app-menu').getAttribute('aria-expanded')).toBe('true');
    expect(document.querySelectorAll('[role="menu"] [role="menuitem"]')).toHaveLength(3);
    expect(document.activeElement).toBe(button('app-menu-report'));

    button('app-menu-report').click();
    expect(h.acted.at(-1)).toEqual(app({ type: 'report' }));
    expect(button('app-send').disabled).toBe(true);
    const reason = document.querySelector<HTMLInputElement>('input[value="private"]')!;
    reason.click();
    expect(h.acted.at(-1)).toEqual(app({ type: 'pickReason', reasonId: 'private' }));
    expect(document.querySelector<HTMLInputElement>('input[value="private"]')!.checked).toBe(true);

    button('app-send').click();
    expect(h.acted.at(-1)).toEqual(app({ type: 'sendReport' }));
    expect(document.activeElement).toBe(button('app-reported'));
    expect(document.querySelector('.app-status')?.textContent).toContain('practice.reportedNote');

    button('app-block').click();
    expect(h.acted.at(-1)).toEqual(app({ type: 'block' }));
    expect(document.querySelector('.panel h2')?.textContent).toBe('practice.done');
    expect(document.activeElement).toBe(button('practice-heading'));
    expect(document.querySelector('.app-reply')).toBeNull();

    button('continue').click();
    expect(h.acted.at(-1)).toEqual({ type: 'next' });
    expect(h.runner.phase).toBe('keyMessage');
  });

  it('closes the menu with Escape or Cancel, handing focus back to ⋯', () => {
    const h = practiceHarness(scenario, 'report');
    button('app-menu').click();
    button('app-menu-report').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(h.acted.at(-1)).toEqual(app({ type: 'closeMenu' }));
    expect(document.querySelector('[role="menu"]')).toBeNull();
    expect(document.activeElement).toBe(button('app-menu'));
    button('app-menu').click();
    button('app-menu-cancel').click();
    expect(h.acted.at(-1)).toEqual(app({ type: 'closeMenu' }));
  });

  it('plays Reply out for a beat, then rewinds with the button', () => {
    const h = practiceHarness(scenario, 'report');
    button('app-reply').click();
    expect(h.acted.at(-1)).toEqual(app({ type: 'reply' }));
    // The pushy answer arrives in the app; Tiko explains beside it; the app waits.
    expect(document.querySelector('.chat-bubble.arriving .chat-text')?.textContent).toBe('contact:friendRequest.report.reply.answer');
    expect(document.querySelector('.panel h2')?.textContent).toBe('scenario.letsThink');
    expect(button('app-menu').disabled).toBe(true);
    expect(document.querySelector('.app-reply')).toBeNull();
    expect(document.activeElement).toBe(button('practice-heading'));

    button('rewind').click();
    expect(h.acted.at(-1)).toEqual({ type: 'rewind' });
    expect(document.querySelector('.chat-bubble.arriving')).toBeNull();
    expect(document.querySelector('.panel h2')?.textContent).toBe('practice.yourTurn');
  });

  it('uses real buttons and radio buttons for every control', () => {
    practiceHarness(scenario, 'report');
    button('app-menu').click();
    button('app-menu-report').click();
    for (const el of document.querySelectorAll('.pretend-app [data-focus-id]')) {
      expect(['BUTTON', 'INPUT', 'P']).toContain(el.tagName);
      if (el.tagName === 'INPUT') expect(el.closest('label')).not.toBeNull();
    }
  });
});
