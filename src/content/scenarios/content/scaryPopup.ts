import type { Scenario } from '../../types';

const k = (key: string) => `content:scaryPopup.${key}`;

/**
 * While searching for homework, a flashing pop-up claims the device has a
 * virus. The safe path: don't click, let a grown-up close it, and keep the
 * device updated through its own settings, never through a pop-up.
 */
export const contentScaryPopup: Scenario = {
  id: 'content-scary-popup',
  family: 'content',
  setting: 'pop-up',
  messages: ['devices', 'trust'],
  title: k('title'),
  start: 'popup',
  steps: [
    {
      id: 'popup',
      mood: 'talking',
      lines: [k('popup.line1'), k('popup.line2')],
      situation: [{ from: k('sender'), text: k('popup.request'), style: 'request' }],
      prompt: k('popup.prompt'),
      choices: [
        {
          id: 'click-fix',
          label: k('popup.clickFix.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('popup.clickFix.outcome1'), k('popup.clickFix.outcome2')],
        },
        {
          id: 'hide',
          label: k('popup.hide.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('popup.hide.outcome1'), k('popup.hide.outcome2')],
        },
        {
          id: 'ask-dad',
          label: k('popup.askDad.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('popup.askDad.outcome1'), k('popup.askDad.outcome2')],
          next: 'update',
        },
      ],
    },
    {
      id: 'update',
      mood: 'thinking',
      lines: [k('update.line1')],
      situation: [{ text: k('update.notice'), style: 'notice' }],
      prompt: k('update.prompt'),
      choices: [
        {
          id: 'skip',
          label: k('update.skip.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('update.skip.outcome1'), k('update.skip.outcome2')],
        },
        {
          id: 'install',
          label: k('update.install.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('update.install.outcome1'), k('update.install.outcome2')],
          next: 'end',
        },
        {
          id: 'popup-update',
          label: k('update.popupUpdate.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('update.popupUpdate.outcome1'), k('update.popupUpdate.outcome2')],
        },
      ],
    },
  ],
  keyMessage: k('keyMessage'),
  help: ['common:help.trustedAdult'],
  discussion: k('discussion'),
};
