import type { Scenario } from '../../types';

const k = (key: string) => `contract:freeCoins.${key}`;

/**
 * A player in a game lobby posts a "free coins generator" link that asks for
 * the game login. Then a classmate who used it has lost his account. The safe
 * path is to never log in through a link, report it, keep passwords private,
 * and tell a grown-up; it is never too late, and never the target's fault.
 */
export const contractFreeCoins: Scenario = {
  id: 'contract-free-coins',
  family: 'contract',
  setting: 'game-lobby',
  messages: ['scams', 'devices'],
  title: k('title'),
  start: 'lobby',
  steps: [
    {
      id: 'lobby',
      mood: 'talking',
      lines: [k('lobby.line1'), k('lobby.line2')],
      situation: [{ from: k('player'), text: k('lobby.message'), style: 'message' }],
      prompt: k('lobby.prompt'),
      choices: [
        {
          id: 'login',
          label: k('lobby.login.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('lobby.login.outcome1'), k('lobby.login.outcome2')],
        },
        {
          id: 'report',
          label: k('lobby.report.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('lobby.report.outcome1'), k('lobby.report.outcome2')],
          next: 'friend',
        },
        {
          id: 'ask',
          label: k('lobby.ask.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('lobby.ask.outcome1'), k('lobby.ask.outcome2')],
        },
      ],
    },
    {
      id: 'friend',
      mood: 'thinking',
      lines: [k('friend.line1')],
      situation: [{ from: k('classmate'), text: k('friend.message'), style: 'message' }],
      prompt: k('friend.prompt'),
      choices: [
        {
          id: 'blame',
          label: k('friend.blame.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('friend.blame.outcome1'), k('friend.blame.outcome2')],
        },
        {
          id: 'share',
          label: k('friend.share.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('friend.share.outcome1'), k('friend.share.outcome2')],
        },
        {
          id: 'tell-adult',
          label: k('friend.tellAdult.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('friend.tellAdult.outcome1'), k('friend.tellAdult.outcome2')],
          next: 'end',
        },
      ],
    },
  ],
  keyMessage: k('keyMessage'),
  help: ['common:help.trustedAdult', 'common:help.reportButton', 'common:help.helpline'],
  discussion: k('discussion'),
};
