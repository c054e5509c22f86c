/**
 * What the stage draws at each moment of each story: who is in the room and how they feel,
 * the device and what is on its screen, and what Tiko points at. Pure data and one pure
 * function, so a test can hold every picture against its text (tests/unit/storyPictures.test.ts).
 *
 * A step's picture holds while Tiko sets the scene and the child chooses; a choice's outcome may
 * change it (`outcomes`, keyed `<step>.<choice>`). Feelings not given follow the story: worried or
 * thinking after a less safe choice, relieved after a safe one, proud at the end.
 */
import type { Choice, Mood, Scenario, Step } from '../content/types';
import type { CastId, Feeling } from './cast';
import type { PropId } from './props';

export type Device = 'phone' | 'tablet' | 'laptop';
/** A box over the screen: a red one that shouts, a bright "you won" one, or a plain question. */
export type Alert = 'red' | 'bright' | 'plain';

export interface PictureSpec {
  /** The story's child; by default from the step's mood. */
  feeling?: Feeling;
  /** What the device shows; an empty list is a closed app. */
  screen?: PropId[];
  /** Someone the child knows, writing on the screen. */
  from?: CastId;
  /** null takes a step's box away in an outcome. */
  alert?: Alert | null;
  /** Others in the room. */
  with?: CastId[];
  /** Things in the room, beside the people. */
  props?: PropId[];
  /** What Tiko points at; by default the box, else the first thing on screen. */
  focus?: PropId;
}

export interface StoryArt {
  child: CastId;
  device: Device;
  steps: Record<string, PictureSpec>;
  outcomes?: Record<string, PictureSpec>;
}

export interface Figure {
  who: CastId;
  feeling: Feeling;
}

export interface Picture {
  device: Device;
  screen: PropId[];
  from?: CastId;
  alert?: Alert;
  cast: Figure[];
  props: PropId[];
  focus?: PropId;
}

/** Where the story is: the runner's step, and the choice whose outcome is on screen. */
export interface StoryMoment {
  stepId: string;
  phase: 'scene' | 'outcome' | 'practice' | 'end';
  choiceId?: string | null;
  /** Everyone proud: the story's end. */
  proud?: boolean;
}

export const STORY_ART: Record<string, StoryArt> = {
  'contact-friend-request': {
    child: 'maya',
    device: 'tablet',
    steps: {
      request: { feeling: 'thinking', screen: ['game', 'stranger', 'friendRequest'], focus: 'friendRequest' },
      secret: { feeling: 'worried', screen: ['stranger', 'chat', 'secret'], focus: 'secret' },
    },
    outcomes: {
      'request.check': { screen: ['game', 'stranger', 'cross'] },
      'request.school': { screen: ['game', 'stranger', 'school'], focus: 'school' },
      'secret.block-tell': { feeling: 'proud', screen: ['lock', 'flag'], with: ['mayaDad'] },
    },
  },
  'contact-photo-request': {
    child: 'omar',
    device: 'tablet',
    steps: {
      flattery: { feeling: 'calm', screen: ['stranger', 'compliment', 'photo'], focus: 'photo' },
      pressure: { feeling: 'worried', screen: ['stranger', 'photo', 'secret'], focus: 'secret' },
    },
    outcomes: {
      'flattery.say-no': { screen: ['stranger', 'cross'] },
      'pressure.stop-tell': { feeling: 'proud', screen: ['chat', 'lock'], with: ['omarMum'], focus: 'chat' },
    },
  },
  'contact-meet-up': {
    child: 'nina',
    device: 'phone',
    steps: {
      invite: { feeling: 'thinking', screen: ['stranger', 'chat', 'park'], focus: 'park' },
      'just-us': { feeling: 'worried', screen: ['stranger', 'chat', 'secret'], focus: 'secret' },
    },
    outcomes: {
      // "Nina's answer is kind and clear."
      'invite.not-alone': { screen: ['chat', 'hug'] },
      'just-us.tell-gran': { feeling: 'proud', screen: ['chat'], with: ['ninaGran'] },
    },
  },
  'contact-personal-details': {
    child: 'leo',
    device: 'tablet',
    steps: {
      prize: { feeling: 'thinking', screen: ['trophy', 'stranger', 'house', 'school'], focus: 'house' },
      again: { feeling: 'worried', screen: ['stranger', 'school', 'phoneNumber'], focus: 'phoneNumber' },
    },
    outcomes: {
      'prize.keep-private': { screen: ['trophy', 'lock'] },
      'again.report-tell': { feeling: 'proud', screen: ['chat', 'gear'], with: ['leoDad'], focus: 'gear' },
    },
  },
  'contact-gifts-voice-chat': {
    child: 'sara',
    device: 'laptop',
    steps: {
      gifts: { feeling: 'thinking', screen: ['stranger', 'gift', 'wings'], props: ['headphone'], focus: 'gift' },
      owe: { feeling: 'worried', screen: ['stranger', 'gift', 'secret'], props: ['headphone'], focus: 'secret' },
    },
    outcomes: {
      'gifts.decline': { screen: ['stranger', 'cross'] },
      'owe.leave-tell': { feeling: 'proud', screen: ['stranger', 'mute', 'flag'], with: ['saraAunt'], focus: 'mute' },
    },
  },
  'content-upsetting-video': {
    child: 'leo',
    device: 'tablet',
    steps: {
      autoplay: { feeling: 'worried', screen: ['video'], focus: 'video' },
      // "The video is gone": the app is closed.
      after: { feeling: 'thinking', screen: [] },
    },
    outcomes: {
      'autoplay.close': { screen: [] },
      'after.tell-mum': { feeling: 'proud', with: ['leoMum'], props: ['hug'] },
    },
  },
  'content-fake-news': {
    child: 'nora',
    device: 'phone',
    steps: {
      post: { feeling: 'thinking', from: 'tom', screen: ['newspaper', 'shocked', 'chat'], focus: 'newspaper' },
      check: { feeling: 'thinking', screen: ['newspaper', 'school'], focus: 'newspaper' },
    },
    outcomes: {
      'post.pause': { screen: ['newspaper', 'magnifier'] },
      'check.other-sources': { feeling: 'proud', screen: ['newspaper', 'sun', 'chat'], focus: 'sun' },
    },
  },
  'content-viral-challenge': {
    child: 'adam',
    device: 'phone',
    steps: {
      dare: { feeling: 'thinking', from: 'jay', screen: ['video', 'stairs'], focus: 'stairs' },
      share: { feeling: 'thinking', from: 'mia', screen: ['chat', 'movieCamera'], focus: 'movieCamera' },
    },
    outcomes: {
      'dare.say-no': { screen: ['cross'] },
      'share.talk': { feeling: 'proud', screen: ['flag'], with: ['adamDad'] },
    },
  },
  'content-ad-as-video': {
    child: 'lina',
    device: 'tablet',
    steps: {
      review: { feeling: 'calm', screen: ['stranger', 'dragon', 'compliment'], focus: 'compliment' },
      link: { feeling: 'thinking', screen: ['stranger', 'link', 'key'], focus: 'link' },
    },
    outcomes: {
      'review.look-closer': { screen: ['video', 'magnifier'], focus: 'magnifier' },
      'link.ask-mum': { feeling: 'proud', screen: ['key', 'shield'], with: ['linaMum'] },
    },
  },
  'content-scary-popup': {
    child: 'zara',
    device: 'laptop',
    steps: {
      popup: { feeling: 'worried', screen: ['volcano', 'warning'], alert: 'red', focus: 'warning' },
      update: { feeling: 'thinking', screen: ['gear', 'shield'], with: ['zaraDad'], focus: 'gear' },
    },
    outcomes: {
      // "The red box is gone!"
      'popup.ask-dad': { screen: ['volcano'], alert: null, with: ['zaraDad'] },
      'update.install': { feeling: 'proud', screen: ['gear', 'shield'], focus: 'shield' },
    },
  },
  'conduct-bullied': {
    child: 'omar',
    device: 'phone',
    steps: {
      messages: { feeling: 'worried', screen: ['stranger', 'chat'], focus: 'chat' },
      tell: { feeling: 'thinking', screen: ['stranger', 'lock', 'camera'], focus: 'camera' },
    },
    outcomes: {
      'messages.evidence': { screen: ['chat'] },
      'tell.tell-mum': { feeling: 'proud', screen: ['camera'], with: ['omarMum'] },
    },
  },
  'conduct-bystander': {
    child: 'lina',
    device: 'phone',
    steps: {
      photo: { feeling: 'thinking', screen: ['stranger', 'photo', 'laughing'], focus: 'photo' },
      tell: { feeling: 'thinking', screen: ['stranger', 'photo', 'chat'], focus: 'photo' },
    },
    outcomes: {
      'photo.support': { screen: ['chat'] },
      'tell.tell-teacher': { feeling: 'proud', screen: ['flag'], with: ['linaTeacher'] },
    },
  },
  'conduct-friend-photo': {
    child: 'adam',
    device: 'phone',
    steps: {
      photo: { feeling: 'thinking', from: 'nina', screen: ['photo', 'laughing'], focus: 'photo' },
    },
    outcomes: {
      'photo.ask': { screen: ['photo'] },
    },
  },
  'conduct-password': {
    child: 'sofia',
    device: 'tablet',
    steps: {
      ask: { feeling: 'thinking', from: 'max', screen: ['game', 'key'], focus: 'key' },
    },
    outcomes: {
      'ask.say-no': { screen: ['game', 'cross'] },
    },
  },
  'conduct-screen-time': {
    child: 'tom',
    device: 'laptop',
    steps: {
      late: { feeling: 'thinking', screen: ['game', 'stranger'], props: ['moon'], focus: 'moon' },
      plan: { feeling: 'calm', screen: ['game', 'alarm'], focus: 'alarm' },
    },
    outcomes: {
      'late.stop': { feeling: 'relieved', screen: [], props: ['moon', 'bed'] },
      'plan.agree': { feeling: 'proud', screen: ['alarm'], with: ['tomDad'] },
    },
  },
  'contract-you-won': {
    child: 'leo',
    device: 'laptop',
    steps: {
      popup: { feeling: 'thinking', screen: ['dino', 'trophy'], alert: 'bright', focus: 'trophy' },
      again: { feeling: 'thinking', screen: ['trophy', 'secret'], alert: 'bright', focus: 'secret' },
    },
    outcomes: {
      'popup.close': { screen: ['dino'], alert: null },
      'again.close-tell': { feeling: 'proud', screen: [], alert: null, with: ['leoMum'] },
    },
  },
  'contract-free-coins': {
    child: 'nora',
    device: 'tablet',
    steps: {
      lobby: { feeling: 'thinking', screen: ['stranger', 'coins', 'link', 'key'], focus: 'link' },
      friend: { feeling: 'thinking', from: 'ben', screen: ['chat', 'key'], focus: 'key' },
    },
    outcomes: {
      'lobby.report': { screen: ['game', 'flag'] },
      // "...get his account back through the game's help page."
      'friend.tell-adult': { feeling: 'proud', screen: ['game', 'page', 'key'], focus: 'key' },
    },
  },
  'contract-in-game-shop': {
    child: 'sami',
    device: 'tablet',
    steps: {
      shop: { feeling: 'worried', screen: ['castle', 'dragon', 'hourglass'], alert: 'bright', props: ['card'], focus: 'card' },
      break: { feeling: 'thinking', screen: ['dragon', 'hourglass'], alert: 'bright', focus: 'hourglass' },
    },
    outcomes: {
      'shop.ask-first': { feeling: 'relieved', screen: ['castle'], alert: null, with: ['samiMum'] },
      'break.take-break': { feeling: 'proud', screen: [], alert: null, props: ['bike'] },
    },
  },
  'contract-app-permissions': {
    child: 'anna',
    device: 'tablet',
    steps: {
      ask: { feeling: 'thinking', screen: ['palette', 'pin', 'contacts'], alert: 'plain', focus: 'pin' },
      mic: { feeling: 'thinking', screen: ['cat', 'mic'], alert: 'plain', focus: 'mic' },
    },
    outcomes: {
      'ask.needs': { screen: ['palette', 'cross'], alert: null },
      'mic.ask-adult': { feeling: 'proud', screen: ['cat', 'cross'], alert: null, with: ['annaDad'] },
    },
  },
  'contract-rights-terms': {
    child: 'adam',
    device: 'laptop',
    steps: {
      terms: { feeling: 'thinking', screen: ['movieCamera', 'page', 'check'], focus: 'page' },
      share: { feeling: 'thinking', screen: ['page'], with: ['adamGrandpa'], focus: 'page' },
    },
    outcomes: {
      'terms.ask-adult': { feeling: 'relieved', screen: ['page'], with: ['adamGrandpa'] },
      'share.say-no': { feeling: 'proud', screen: ['cross'] },
    },
  },
};

const FEELING_OF_MOOD: Record<Mood, Feeling> = {
  idle: 'calm',
  talking: 'calm',
  waving: 'calm',
  happy: 'relieved',
  thinking: 'thinking',
  concerned: 'worried',
};

function picture(art: StoryArt, spec: PictureSpec, feeling: Feeling): Picture {
  const alert = spec.alert ?? undefined; // null: an outcome took the step's box away
  const screen = spec.screen ?? [];
  const focus = spec.focus && (screen.includes(spec.focus) || spec.props?.includes(spec.focus)) ? spec.focus : screen[0];
  return {
    device: art.device,
    screen,
    ...(spec.from ? { from: spec.from } : {}),
    ...(alert ? { alert } : {}),
    cast: [{ who: art.child, feeling }, ...(spec.with ?? []).map((who) => ({ who, feeling: 'relieved' as const }))],
    props: spec.props ?? [],
    ...(focus ? { focus } : {}),
  };
}

/** A step the table does not know yet (a story still being written) shows its child and device. */
const fallback = (step: Step | undefined): PictureSpec => ({ feeling: step ? FEELING_OF_MOOD[step.mood] : 'calm' });

/** The safe choice that led to a step, with the step it belongs to. */
function wayInto(scenario: Scenario, stepId: string): { step: Step; choice: Choice } | undefined {
  for (const step of scenario.steps) {
    if (step.kind === 'practice') continue;
    const choice = step.choices.find((c) => c.kind === 'safe' && c.next === stepId);
    if (choice) return { step, choice };
  }
  return undefined;
}

/**
 * The picture for a moment of a story; null while the child practises in a pretend app, which
 * the DOM draws in the stage's place.
 */
export function storyPicture(scenario: Scenario, moment: StoryMoment): Picture | null {
  const art = STORY_ART[scenario.id];
  const step = scenario.steps.find((s) => s.id === moment.stepId);
  if (!art || !step) return null;
  if (step.kind === 'practice') {
    if (moment.phase !== 'end') return null;
    // The story ends in a pretend app: the picture of the choice that led there, everyone proud.
    const into = wayInto(scenario, step.id);
    return into ? storyPicture(scenario, { stepId: into.step.id, phase: 'outcome', choiceId: into.choice.id, proud: true }) : null;
  }
  const base = art.steps[step.id] ?? fallback(step);
  if (moment.phase === 'scene' || moment.phase === 'practice') return picture(art, base, base.feeling ?? 'calm');

  const shown = step.choices.find((c) => (moment.phase === 'end' ? c.kind === 'safe' : c.id === moment.choiceId));
  if (!shown) return picture(art, base, base.feeling ?? 'calm');
  const change = art.outcomes?.[`${step.id}.${shown.id}`];
  if (shown.kind !== 'safe') {
    // A less safe choice is only imagined: the scene stays, the child's face answers it.
    return picture(art, { ...base, ...change }, change?.feeling ?? (shown.mood === 'concerned' ? 'worried' : 'thinking'));
  }
  const spec: PictureSpec = { ...base, ...change };
  const proud = moment.phase === 'end' || moment.proud;
  return picture(art, spec, proud ? 'proud' : (change?.feeling ?? 'relieved'));
}
