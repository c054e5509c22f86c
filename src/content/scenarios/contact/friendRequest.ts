import { END, type PracticeStep } from '../../types';
import { choose, message, request, safe, scenario, thinkAgain, type ScenarioKey } from '../scenarioBuilder';

/**
 * Practice: after choosing to block and report, the child does it in a
 * pretend lobby chat: the ⋯ menu, Report with a reason, then Block. Replying
 * instead brings one more pushy message, and Tiko rewinds.
 */
const reportInTheChat = (k: ScenarioKey): PracticeStep => ({
  kind: 'practice',
  id: 'report',
  mood: 'talking',
  lines: [k('report.line1')],
  situation: [],
  task: {
    task: 'chat-report-block',
    app: 'chat',
    contact: k('stranger'),
    messages: [k('secret.message')],
    instruction: k('report.instruction'),
    reasons: [
      { id: 'secret', label: k('report.reasons.secret') },
      { id: 'private', label: k('report.reasons.private') },
      { id: 'uneasy', label: k('report.reasons.uneasy') },
    ],
    reply: {
      id: 'reply',
      text: k('report.reply.text'),
      answer: k('report.reply.answer'),
      outcome: [k('report.reply.outcome1'), k('report.reply.outcome2')],
    },
  },
  outcome: [k('report.outcome1'), k('report.outcome2')],
  next: END,
});

/**
 * A stranger sends a friend request in a game lobby, then pushes for a
 * private, secret chat. Warning signs are shown as signs; the safe path is
 * to check, not reply, block, report and tell, and then to do it in the app.
 */
export const contactFriendRequest = scenario(
  { family: 'contact', id: 'contact-friend-request', setting: 'game-lobby', messages: ['warning', 'respond', 'help', 'private'] },
  [
    choose('request', { mood: 'talking', lines: 2, situation: [request('stranger', 'notification')] }, [
      thinkAgain('accept', 'concerned'),
      safe('check', 'secret'),
      thinkAgain('school', 'concerned'),
    ]),
    choose('secret', { mood: 'thinking', lines: 1, situation: [message('stranger')] }, [
      thinkAgain('private-chat', 'concerned'),
      thinkAgain('keep-secret', 'thinking'),
      safe('block-tell', 'report'),
    ]),
    reportInTheChat,
  ],
);
