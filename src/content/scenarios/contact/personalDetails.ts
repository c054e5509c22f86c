import { END, type PracticeStep } from '../../types';
import { choose, message, safe, scenario, thinkAgain, type ScenarioKey } from '../scenarioBuilder';

/**
 * Practice: in the game's privacy settings, "Who can message me" goes to Friends
 * only and the full name comes off the profile. Showing his town, or letting
 * everyone message him again, plays out for a beat.
 */
const privacySettings = (k: ScenarioKey): PracticeStep => ({
  kind: 'practice',
  id: 'settings',
  mood: 'talking',
  lines: [k('settings.line1')],
  situation: [],
  task: {
    task: 'settings',
    app: 'settings',
    instruction: k('settings.instruction'),
    rows: [
      {
        id: 'messages',
        label: k('settings.messages.label'),
        start: 'everyone',
        targets: ['friends', 'nobody'],
        options: [
          {
            id: 'everyone',
            label: k('settings.messages.everyone'),
            lessSafe: { id: 'everyone', notice: k('settings.messages.notice'), outcome: [k('settings.messages.outcome')] },
          },
          { id: 'friends', label: k('settings.messages.friends') },
          { id: 'nobody', label: k('settings.messages.nobody') },
        ],
      },
      {
        id: 'name',
        label: k('settings.name.label'),
        start: 'full',
        targets: ['nickname'],
        options: [
          {
            id: 'full',
            label: k('settings.name.full'),
            lessSafe: { id: 'full-name', notice: k('settings.name.notice'), outcome: [k('settings.name.outcome')] },
          },
          { id: 'nickname', label: k('settings.name.nickname') },
        ],
      },
      {
        id: 'town',
        label: k('settings.town.label'),
        start: 'hidden',
        options: [
          { id: 'hidden', label: k('settings.town.hidden') },
          {
            id: 'shown',
            label: k('settings.town.shown'),
            lessSafe: { id: 'town', notice: k('settings.town.notice'), outcome: [k('settings.town.outcome')] },
          },
        ],
      },
    ],
  },
  outcome: [k('settings.outcome')],
  next: END,
});

/**
 * Someone in a game chat asks for the character's full name, school and
 * address "to send a prize", then asks for less. Personal details stay
 * private, whatever the reason given; the settings keep strangers out.
 */
export const contactPersonalDetails = scenario(
  {
    family: 'contact',
    id: 'contact-personal-details',
    setting: 'game-lobby',
    messages: ['private'],
    help: ['reportButton', 'trustedAdult'],
  },
  [
    choose('prize', { mood: 'talking', lines: 2, situation: [message('sender')] }, [
      thinkAgain('only-school', 'thinking'),
      safe('keep-private', 'again'),
      thinkAgain('send-all', 'concerned'),
    ]),
    choose('again', { mood: 'thinking', lines: 1, situation: [message('sender')] }, [
      thinkAgain('phone', 'concerned'),
      thinkAgain('fake-address', 'thinking'),
      safe('report-tell', 'settings'),
    ]),
    privacySettings,
  ],
);
