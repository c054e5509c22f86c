import type { Scenario } from '../../types';

const k = (key: string) => `contract:inGameShop.${key}`;

/**
 * An in-game shop pushes a "limited offer, only 2 minutes left!" bundle while
 * a parent's card is saved on the device; the next day the same "last chance"
 * is back, with a push to play for hours. The countdown is only described:
 * the game itself never times the child. The safe path is to stop, ask the
 * grown-up first, and choose one's own playtime.
 */
export const contractInGameShop: Scenario = {
  id: 'contract-in-game-shop',
  family: 'contract',
  setting: 'in-game-shop',
  messages: ['scams', 'balance'],
  title: k('title'),
  start: 'shop',
  steps: [
    {
      id: 'shop',
      mood: 'talking',
      lines: [k('shop.line1'), k('shop.line2')],
      situation: [{ text: k('shop.message'), style: 'request' }],
      prompt: k('shop.prompt'),
      choices: [
        {
          id: 'buy-now',
          label: k('shop.buyNow.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('shop.buyNow.outcome1'), k('shop.buyNow.outcome2')],
        },
        {
          id: 'tell-later',
          label: k('shop.tellLater.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('shop.tellLater.outcome1'), k('shop.tellLater.outcome2')],
        },
        {
          id: 'ask-first',
          label: k('shop.askFirst.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('shop.askFirst.outcome1'), k('shop.askFirst.outcome2')],
          next: 'break',
        },
      ],
    },
    {
      id: 'break',
      mood: 'thinking',
      lines: [k('break.line1'), k('break.line2')],
      situation: [{ text: k('break.message'), style: 'request' }],
      prompt: k('break.prompt'),
      choices: [
        {
          id: 'keep-playing',
          label: k('break.keepPlaying.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('break.keepPlaying.outcome1'), k('break.keepPlaying.outcome2')],
        },
        {
          id: 'take-break',
          label: k('break.takeBreak.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('break.takeBreak.outcome1'), k('break.takeBreak.outcome2')],
          next: 'end',
        },
        {
          id: 'bedtime',
          label: k('break.bedtime.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('break.bedtime.outcome1'), k('break.bedtime.outcome2')],
        },
      ],
    },
  ],
  keyMessage: k('keyMessage'),
  help: ['common:help.trustedAdult'],
  discussion: k('discussion'),
};
