import { END, type PracticeStep } from '../../types';
import { choose, notice, safe, scenario, thinkAgain, type ScenarioKey } from '../scenarioBuilder';

/**
 * Practice: Nina's answer sits above the draft in Adam's photo app. Deleting
 * the draft or keeping it to "only me" respects her no; posting to everyone
 * or to friends plays out: comments and shares arrive.
 */
const theDraft = (k: ScenarioKey): PracticeStep => ({
  kind: 'practice',
  id: 'draft',
  mood: 'talking',
  lines: [k('draft.line1')],
  situation: [],
  task: {
    task: 'post-draft',
    app: 'photos',
    friend: k('friend'),
    reply: k('draft.reply'),
    caption: k('draft.caption'),
    instruction: k('draft.instruction'),
    audiences: [
      { id: 'everyone', label: k('draft.everyone'), lessSafe: 'public' },
      { id: 'friends', label: k('draft.friends'), lessSafe: 'friends' },
      { id: 'only-me', label: k('draft.onlyMe') },
    ],
    audience: 'everyone',
    lessSafe: [
      {
        id: 'public',
        reactions: [k('draft.public.reaction1'), k('draft.public.reaction2'), k('draft.public.reaction3')],
        outcome: [k('draft.public.outcome1'), k('draft.public.outcome2')],
      },
      {
        id: 'friends',
        reactions: [k('draft.friendsOnly.reaction1'), k('draft.friendsOnly.reaction2')],
        outcome: [k('draft.friendsOnly.outcome1'), k('draft.friendsOnly.outcome2')],
      },
    ],
  },
  outcome: [k('draft.outcome1'), k('draft.outcome2')],
  next: END,
});

/**
 * The child wants to post a funny photo of a friend. The safe path: ask the
 * friend first, then respect her no in the photo app. Other people's pictures
 * and details (like their school) are private too.
 */
export const conductFriendPhoto = scenario(
  {
    family: 'conduct',
    id: 'conduct-friend-photo',
    setting: 'photo-sharing',
    messages: ['private', 'kind'],
    help: ['trustedAdult', 'reportButton'],
  },
  [
    choose('photo', { mood: 'talking', lines: 2, situation: [notice()] }, [
      thinkAgain('post-now', 'thinking', 2),
      thinkAgain('add-school', 'concerned', 2),
      safe('ask', 'draft', { outcomes: 2 }),
    ]),
    theDraft,
  ],
);
