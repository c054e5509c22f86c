import { describe, expect, it } from 'vitest';
import { ALL_SCENARIOS, END, RISK_FAMILIES, type Step } from '../../src/content';
import { camel, choose, message, notice, request, safe, scenario, thinkAgain } from '../../src/content/scenarios/scenarioBuilder';
import { flatten } from '../support/locales';

const lostPet = () =>
  scenario({ family: 'contact', id: 'contact-lost-pet', setting: 'group-chat', messages: ['private'] }, [
    choose('ask', { mood: 'talking', lines: 2, situation: [message('stranger'), notice()] }, [
      thinkAgain('send-address', 'concerned'),
      safe('ask-grown-up', 'pop-up'),
    ]),
    choose('pop-up', { mood: 'thinking', lines: 1, situation: [request(undefined, 'reward')] }, [
      safe('close', END, { mood: 'waving', outcomes: 1 }),
      thinkAgain('click', 'thinking', 1),
    ]),
  ]);

describe('scenarioBuilder', () => {
  it('derives every text key from the scenario id, the step ids and the choice ids', () => {
    const k = (path: string) => `contact:lostPet.${path}`;
    expect(lostPet()).toStrictEqual({
      id: 'contact-lost-pet',
      family: 'contact',
      setting: 'group-chat',
      messages: ['private'],
      title: k('title'),
      start: 'ask',
      steps: [
        {
          id: 'ask',
          mood: 'talking',
          lines: [k('ask.line1'), k('ask.line2')],
          situation: [
            { from: k('stranger'), text: k('ask.message'), style: 'message' },
            { text: k('ask.notice'), style: 'notice' },
          ],
          prompt: k('ask.prompt'),
          choices: [
            {
              id: 'send-address',
              label: k('ask.sendAddress.label'),
              kind: 'think-again',
              mood: 'concerned',
              outcome: [k('ask.sendAddress.outcome1'), k('ask.sendAddress.outcome2')],
            },
            {
              id: 'ask-grown-up',
              label: k('ask.askGrownUp.label'),
              kind: 'safe',
              mood: 'happy',
              outcome: [k('ask.askGrownUp.outcome1'), k('ask.askGrownUp.outcome2')],
              next: 'pop-up',
            },
          ],
        },
        {
          id: 'pop-up',
          mood: 'thinking',
          lines: [k('popUp.line1')],
          situation: [{ text: k('popUp.reward'), style: 'request' }],
          prompt: k('popUp.prompt'),
          choices: [
            { id: 'close', label: k('popUp.close.label'), kind: 'safe', mood: 'waving', outcome: [k('popUp.close.outcome1')], next: END },
            { id: 'click', label: k('popUp.click.label'), kind: 'think-again', mood: 'thinking', outcome: [k('popUp.click.outcome1')] },
          ],
        },
      ],
      keyMessage: k('keyMessage'),
      help: ['common:help.trustedAdult', 'common:help.reportButton', 'common:help.helpline'],
      helpSay: 'contact:lostPet.helpSay',
      discussion: k('discussion'),
    });
  });

  it('names fewer helpers and another start when the scenario says so', () => {
    const s = scenario(
      { family: 'contract', id: 'contract-shop', setting: 'in-game-shop', messages: ['scams'], help: ['trustedAdult'], start: 'b' },
      [
        choose('a', { mood: 'talking', lines: 1, situation: [] }, [safe('ok', END)]),
        choose('b', { mood: 'talking', lines: 1, situation: [] }, [safe('ok', 'a')]),
      ],
    );
    expect(s.help).toEqual(['common:help.trustedAdult']);
    expect(s.start).toBe('b');
    expect(s.title).toBe('contract:shop.title');
  });

  it('passes a ready-made step through unchanged, and lets a step built elsewhere use the scenario keys', () => {
    const ready: Step = { id: 'ready', mood: 'idle', lines: ['x:y'], situation: [], prompt: 'x:z', choices: [] };
    const s = scenario({ family: 'content', id: 'content-mixed', setting: 'video-app', messages: ['trust'] }, [
      ready,
      (key) => ({ ...ready, id: 'own', prompt: key('own.prompt') }),
    ]);
    expect(s.steps[0]).toBe(ready);
    expect(s.steps[1]).toMatchObject({ id: 'own', prompt: 'content:mixed.own.prompt' });
    expect(s.start).toBe('ready');
  });

  it('writes kebab-case ids in camelCase', () => {
    expect(camel('keep-secret')).toBe('keepSecret');
    expect(camel('ask-grown-up')).toBe('askGrownUp');
    expect(camel('friend2')).toBe('friend2');
  });

  it('leaves no text in the scenario files that no scenario asks for', () => {
    const used = new Set<string>();
    const walk = (v: unknown): void => {
      if (typeof v === 'string') used.add(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(ALL_SCENARIOS);
    const written = [...flatten('en').keys()].filter((key) => (RISK_FAMILIES as readonly string[]).includes(key.split(':')[0]!));
    expect(written.length).toBeGreaterThan(500);
    expect(written.filter((key) => !used.has(key))).toEqual([]);
  });
});
