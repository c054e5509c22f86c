/**
 * The curriculum as typed data. Everything a child reads is a text key into the
 * locale files: content never holds words of any language, so every language is
 * first class and the whole curriculum can be checked without a browser.
 */

import type { ChoicePicture } from './choicePictures';

export type { ChoicePicture } from './choicePictures';

/** The ITU risk families, plus the commercial one we add. */
export const RISK_FAMILIES = ['content', 'contact', 'conduct', 'contract'] as const;
export type RiskFamily = (typeof RISK_FAMILIES)[number];

/** The messages of CONTENT.md: every scenario teaches at least one. */
export const MESSAGE_IDS = [
  'rights',
  'private',
  'trust',
  'kind',
  'respond',
  'help',
  'warning',
  'devices',
  'balance',
  'meet',
  'no',
  'upsetting',
  'bullying',
  'scams',
] as const;
export type MessageId = (typeof MESSAGE_IDS)[number];

/** Places children of this age meet online; the canvas draws one per setting. */
export const SETTINGS = ['game-lobby', 'group-chat', 'video-app', 'search-results', 'photo-sharing', 'in-game-shop', 'pop-up'] as const;
export type SettingKind = (typeof SETTINGS)[number];

/** How the mascot looks while a line is on screen. */
export const MOODS = ['idle', 'talking', 'happy', 'thinking', 'concerned', 'waving'] as const;
export type Mood = (typeof MOODS)[number];

/** A key into the locale files, written `namespace:path.to.key`. */
export type TextKey = string;

/**
 * `safe` moves the story on; `think-again` shows an honest consequence and
 * brings the child back to the same choices: a chance to rethink, never a loss.
 */
export type ChoiceKind = 'safe' | 'think-again';

export interface Choice {
  id: string;
  label: TextKey;
  kind: ChoiceKind;
  /** What happens next and why: one or two short lines. */
  outcome: TextKey[];
  mood: Mood;
  /** For a safe choice: the step that follows, or the end of the scenario. */
  next?: string;
  /** What the choice does, as a picture (content/choicePictures.ts): shown large when playing together. */
  picture?: ChoicePicture;
}

/** What is happening on screen: a notification, a chat message, a pop-up. */
export interface SituationItem {
  /** Who is speaking; a text key so names can fit each language. */
  from?: TextKey;
  text: TextKey;
  /** Drawn as an incoming request or message, or as a note from the narrator. */
  style: 'request' | 'message' | 'notice';
}

/** What every step has, whatever the child does in it. */
interface StepBase {
  id: string;
  /** The mascot sets the scene: at most two sentences per line. */
  lines: TextKey[];
  situation: SituationItem[];
  mood: Mood;
}

/** The child picks one of a few answers; `kind` may be left out, as every step was one once. */
export interface ChooseStep extends StepBase {
  kind?: 'choose';
  prompt: TextKey;
  choices: Choice[];
}

/**
 * The child performs the safe action with their own hands in a pretend app on
 * Tiko's screen. A less safe action plays out for a beat, then Tiko rewinds.
 */
export interface PracticeStep extends StepBase {
  kind: 'practice';
  task: PracticeTask;
  /** Tiko's words once the task is done: consequence first, reason second. */
  outcome: TextKey[];
  /** The step that follows, or the end of the scenario. */
  next: string;
}

export type Step = ChooseStep | PracticeStep;
export type StepKindName = NonNullable<Step['kind']>;

/** A tempting action in a pretend app: it plays out for a beat, then Tiko rewinds. */
export interface LessSafeAction {
  id: string;
  /** Tiko's honest words while it plays out: consequence first, reason second. */
  outcome: TextKey[];
}

/** What every pretend-app task has. */
interface PracticeTaskBase {
  /** Tiko's instruction beside the pretend app: one action per sentence. */
  instruction: TextKey;
}

/** An honest reason a pretend app offers when reporting someone: any of them is accepted. */
export interface ReportReason {
  id: string;
  label: TextKey;
}

/**
 * In a pretend chat: open a contact's message menu, report them with a reason,
 * and block them. Replying is the less safe action: the contact answers with
 * one more pushy message.
 */
export interface ChatReportBlockTask extends PracticeTaskBase {
  task: 'chat-report-block';
  app: 'chat';
  /** The contact's name, as in the story. */
  contact: TextKey;
  /** The contact's messages already on screen. */
  messages: TextKey[];
  reasons: ReportReason[];
  /** What the child would send with Reply instead, and the pushy answer it brings. */
  reply: LessSafeAction & { text: TextKey; answer: TextKey };
}

/** A line already in a pretend chat: who wrote it and what. */
export interface ChatLine {
  from: TextKey;
  text: TextKey;
}

/**
 * In a pretend group chat: keep a screenshot as evidence, then report and block
 * the unkind sender from their ⋯ menu. Answering back is less safe: the pile-on grows.
 */
export interface EvidenceBlockTask extends PracticeTaskBase {
  task: 'evidence-block';
  app: 'group-chat';
  /** The group's name in the app bar. */
  group: TextKey;
  /** Whose messages are unkind: the one to report and block. */
  sender: TextKey;
  messages: ChatLine[];
  /** What the child would send by "Answer back", and the messages that pile on after it. */
  answerBack: LessSafeAction & { text: TextKey; pileOn: ChatLine[] };
  /** Deleting the chat before keeping a screenshot: the proof is gone. */
  deleteChat: LessSafeAction & { result: TextKey };
}

/** A phrase to build a message from; one that is unkind or shares too much names the less safe action it plays out. */
export interface MessageTile {
  id: string;
  label: TextKey;
  lessSafe?: string;
}

/** Another tempting button in the app (Forward the photo): it plays out as `result` says. */
export interface AppShortcut extends LessSafeAction {
  label: TextKey;
  result: TextKey;
}

/**
 * Build a message from phrase tiles, in order, and send it: never free typing.
 * Sending a tile that is unkind or shares too much plays out (the answer that arrives).
 */
export interface PhraseTilesTask extends PracticeTaskBase {
  task: 'phrase-tiles';
  app: 'chat';
  /** Who the message goes to. */
  contact: TextKey;
  /** What is already in the chat. */
  messages: ChatLine[];
  tiles: MessageTile[];
  /** Fewest and most tiles in one message. */
  minTiles: number;
  maxTiles: number;
  /** What each less safe tile brings when sent: the contact's answer, and Tiko's words. */
  lessSafe: (LessSafeAction & { answer: TextKey })[];
  /** The contact's answer to a kind, safe message. */
  answer: TextKey;
  /** A notification from another chat above this one (the photo in the group), holding the shortcuts. */
  banner?: ChatLine;
  shortcuts?: AppShortcut[];
}

/** A word for a passphrase; a guessable one (a name, a birthday, 1234) names the less safe action it plays out. */
export interface WordTile {
  id: string;
  label: TextKey;
  weak?: string;
}

/**
 * Build a passphrase from word tiles in a pretend account page, with a strength
 * meter. Saving with a guessable tile plays out: someone who knows you guesses it.
 */
export interface PassphraseTask extends PracticeTaskBase {
  task: 'passphrase';
  app: 'account';
  /** The account's name in the app bar. */
  account: TextKey;
  /** Who guesses a weak passphrase when it plays out. */
  guesser: TextKey;
  tiles: WordTile[];
  /** How many words a strong passphrase needs (also the fewest Save accepts). */
  words: number;
  maxTiles: number;
  /** Each guessable tile's beat: who guesses it, and Tiko's words. */
  weak: (LessSafeAction & { guess: TextKey })[];
}

/** Who a post is shared with; an audience that spreads the photo names the less safe action it plays out. */
export interface PostAudience {
  id: string;
  label: TextKey;
  lessSafe?: string;
}

/**
 * A photo app's post screen, with the friend's answer above the draft: delete
 * the draft or keep it to "only me". Posting to a wider audience plays out: the
 * photo gets comments and is shared on.
 */
export interface PostDraftTask extends PracticeTaskBase {
  task: 'post-draft';
  app: 'photos';
  friend: TextKey;
  /** The friend's message about the photo, above the draft. */
  reply: TextKey;
  caption: TextKey;
  audiences: PostAudience[];
  /** The audience chosen at the start. */
  audience: string;
  /** What posting to each wide audience brings: the comments and shares that appear, and Tiko's words. */
  lessSafe: (LessSafeAction & { reactions: TextKey[] })[];
}

/** A row of a game's settings; any of its `safe` values counts as set. */
export interface BreakSettingRow {
  id: string;
  label: TextKey;
  options: { id: string; label: TextKey }[];
  initial: string;
  safe: string[];
}

/**
 * A game's break settings after a round: set a break reminder and "stop after
 * this round". The big "Next round" button plays out: one more round becomes many.
 */
export interface BreakReminderTask extends PracticeTaskBase {
  task: 'break-reminder';
  app: 'game-settings';
  /** The game's name in the app bar. */
  game: TextKey;
  rows: BreakSettingRow[];
  playOn: AppShortcut;
}

/** One tappable part of a post or a video page: a clue to how far to trust it, or a part that looks fine. */
export interface CluePart {
  id: string;
  text: TextKey;
  /** Above the headline (who posted it, when) or below it (labels, links, codes). */
  place: 'top' | 'bottom';
  /** For a clue: what it tells, shown once it is found. A part without one looks fine. */
  clue?: TextKey;
}

/** What the child can do with the post once it is read: one safe way, and tempting ones that play out. */
export type CluesDecision =
  | { id: string; kind: 'safe'; label: TextKey; /** What the app shows once it is done. */ result: TextKey }
  | (LessSafeAction & { kind: 'less-safe'; label: TextKey; /** What the app shows while it plays out. */ playout: TextKey[] });

/**
 * In a pretend post or video page: tap the clues (a look-alike name, no date,
 * "Paid partnership", a shop code) before deciding. The safe decision unlocks
 * once every clue is found; a tempting one plays out at any time.
 */
export interface SpotCluesTask extends PracticeTaskBase {
  task: 'spot-clues';
  /** A post in a group chat, or a video page. */
  app: 'chat' | 'video';
  /** The app bar's title: the group's or the channel's name. */
  place: TextKey;
  /** The post's big words: read, not tapped. */
  headline: TextKey;
  parts: CluePart[];
  decisions: CluesDecision[];
}

/**
 * In a pretend video app: stop an upsetting video and make it go away, by
 * "Don't show me this" or by reporting it with a reason. Playing the next one
 * or sending it to a friend plays out.
 */
export interface VideoReportTask extends PracticeTaskBase {
  task: 'video-report';
  app: 'video';
  channel: TextKey;
  /** The video's title; the video itself is never shown. */
  title: TextKey;
  reasons: ReportReason[];
  /** The app's "Up next": one more video like it starts. */
  upNext: LessSafeAction & { title: TextKey };
  /** Sending it to a friend, and what the friend answers. */
  share: LessSafeAction & { friend: TextKey; answer: TextKey };
}

/** A tempting button whose result shows in the pretend app for a beat: `playsOut` is what the app shows. */
export type PlaysOut = LessSafeAction & { playsOut: TextKey };

/** One pop-up: a big bright button that is the trap, and a small real ✕. */
export interface PopupToClose {
  id: string;
  /** How it looks: a prize that glitters or an alarm that shouts. */
  tone: 'prize' | 'alarm';
  title: TextKey;
  body: TextKey;
  /** The big button ("Claim", "Scan now") and what it brings: a form wanting an address, an "install". */
  trap: PlaysOut & { label: TextKey };
}

/**
 * Pop-ups over a pretend page, one after another: each is closed by its small
 * ✕, while its big button plays out the trick.
 */
export interface PopupCloseTask extends PracticeTaskBase {
  task: 'popup-close';
  /** What the page behind shows, so the child sees what they were doing. */
  page: TextKey;
  popups: PopupToClose[];
}

/** One system permission request; `fits` is the answer that suits what the app is for. */
export interface PermissionRequest {
  id: string;
  /** What is asked for, which picks the icon. */
  kind: 'camera' | 'location' | 'contacts' | 'microphone';
  question: TextKey;
  fits: 'allow' | 'deny';
  /** The other answer, played out in the app. */
  otherwise: PlaysOut;
}

/** The system's permission dialogs, one after another: allow what the app needs, "Don't allow" the rest. */
export interface PermissionsTask extends PracticeTaskBase {
  task: 'permissions';
  /** The app's name, as in the story. */
  app: TextKey;
  requests: PermissionRequest[];
}

/**
 * A pretend browser on a look-alike page that asks for a game password:
 * check the address, then leave. Logging in plays out.
 */
export interface FakeLoginTask extends PracticeTaskBase {
  task: 'fake-login';
  /** The look-alike address in the bar, and the game's real one it imitates: invented (`.example`), the same in every language. */
  address: string;
  realAddress: string;
  /** The page's big promise, and the game name filled in for the child. */
  promise: TextKey;
  username: TextKey;
  login: PlaysOut;
}

/**
 * A game shop with a countdown that never really ends: close it, or ask a
 * grown-up. Buying plays out, and the timer starts again.
 */
export interface ShopOfferTask extends PracticeTaskBase {
  task: 'shop-offer';
  offer: TextKey;
  price: TextKey;
  /** The countdown as shown: it is only a picture and never times the child. */
  timer: string;
  /** Who the "Ask a grown-up" request goes to, as in the story. */
  grownUp: TextKey;
  buy: PlaysOut;
}

/** A setting the terms screen offers; `risky` ones are on at first and should be switched off. */
export interface TermsSwitch {
  id: string;
  label: TextKey;
  risky: boolean;
}

/**
 * An app's terms before "I agree": switch off what shares data, and ask a
 * grown-up to read them with you. "Accept all" plays out.
 */
export interface TermsAgreeTask extends PracticeTaskBase {
  task: 'terms-agree';
  app: TextKey;
  summary: TextKey;
  switches: TermsSwitch[];
  /** Who the child asks, as in the story. */
  grownUp: TextKey;
  acceptAll: PlaysOut;
}

/** Every pretend-app task; a new one adds a member here, a rules module and a view. */
/** A phrase tile: a piece of a message the child builds; a less safe one plays out when sent. */
export interface PhraseTile {
  id: string;
  label: TextKey;
  /** A tile that says no clearly: the message needs at least one. */
  no?: boolean;
  /** A tile that sounds polite but leaves the door open: sending it brings the contact's answer. */
  lessSafe?: LessSafeAction & { answer: TextKey };
}

/**
 * In a pretend chat: put together a clear "no" from phrase tiles (never free typing) and send it;
 * then, when the contact pushes again, take a screenshot as evidence and block. Blocking before the
 * screenshot is the less safe order: the chat is gone, with nothing left to show a grown-up.
 */
export interface SayNoTilesTask extends PracticeTaskBase {
  task: 'say-no-tiles';
  app: 'chat';
  contact: TextKey;
  messages: TextKey[];
  tiles: PhraseTile[];
  /** A message with no clear "no" in it: the contact reads it as a maybe. */
  unclear: LessSafeAction & { answer: TextKey };
  /** The contact's pushy answer to the "no", when the task goes on to a screenshot and Block. */
  pushBack?: TextKey;
  /** Block before the screenshot: the chat and its evidence vanish. */
  blockFirst?: LessSafeAction;
}

/** Something the child may show a grown-up; the story is clear only with every `needed` one. */
export interface ShowItem {
  id: string;
  label: TextKey;
  needed?: boolean;
}

/** A way to start talking to the grown-up; a less safe one plays out with the grown-up's answer. */
export interface Opener {
  id: string;
  label: TextKey;
  lessSafe?: LessSafeAction & { answer: TextKey };
}

/**
 * "Tell" step: on the phone's share sheet, choose what to show a trusted grown-up and what to say
 * first, then show them. Missing a needed item, or a less safe opener, plays out.
 */
export interface TellGrownUpTask extends PracticeTaskBase {
  task: 'tell-grown-up';
  app: 'share';
  /** Who the child tells, as in the story ("Gran"). */
  adult: TextKey;
  items: ShowItem[];
  openers: Opener[];
  /** Showing without every needed item: the grown-up can only guess. */
  missing: LessSafeAction & { answer: TextKey };
  /** The grown-up's answer once shown everything with a good opener. */
  reply: TextKey;
}

/** One choice in a settings row; a less safe one plays out, and the setting stays as it was. */
export interface SettingOption {
  id: string;
  label: TextKey;
  lessSafe?: LessSafeAction & { notice: TextKey };
}

/** A row of privacy settings: its options, where it starts, and the options that are safe enough. */
export interface SettingRow {
  id: string;
  label: TextKey;
  options: SettingOption[];
  start: string;
  /** The options that finish this row; a row without targets may stay as it is. */
  targets?: string[];
}

/** Account and privacy settings: open a row, pick an option; done when every row with targets meets one. */
export interface SettingsTask extends PracticeTaskBase {
  task: 'settings';
  app: 'settings';
  rows: SettingRow[];
}

/** A player in a game lobby's voice chat. */
export interface LobbyPlayer {
  id: string;
  name: TextKey;
}

/**
 * A game lobby with voice chat and live captions: mute a player, then report them with a reason.
 * Taking the player's gift, or talking back, plays out.
 */
export interface VoiceChatTask extends PracticeTaskBase {
  task: 'voice-chat';
  app: 'lobby';
  players: LobbyPlayer[];
  /** The player to mute and report. */
  target: string;
  /** What the lobby's captions show, in order: who speaks and what. */
  captions: { from: string; text: TextKey }[];
  reasons: ReportReason[];
  /** A gift waiting in the lobby: accepting it plays out. */
  gift?: LessSafeAction & { label: TextKey; answer: TextKey };
  /** Talking back on the microphone: the player answers. */
  talk?: LessSafeAction & { text: TextKey; answer: TextKey };
}

/** Every pretend-app task; a new one adds a member here, a rules module and a view. */
export type PracticeTask =
  | ChatReportBlockTask
  | EvidenceBlockTask
  | PhraseTilesTask
  | PassphraseTask
  | PostDraftTask
  | BreakReminderTask
  | SpotCluesTask
  | VideoReportTask
  | PopupCloseTask
  | PermissionsTask
  | FakeLoginTask
  | ShopOfferTask
  | TermsAgreeTask
  | SayNoTilesTask
  | TellGrownUpTask
  | SettingsTask
  | VoiceChatTask;
export type PracticeTaskName = PracticeTask['task'];

export interface Scenario {
  id: string;
  family: RiskFamily;
  setting: SettingKind;
  messages: MessageId[];
  title: TextKey;
  start: string;
  steps: Step[];
  keyMessage: TextKey;
  /** Who can help, best fit first; the help card adds the place's own contacts when set up. */
  help: TextKey[];
  /** Who fits this story best and what to say to them first: one or two sentences. */
  helpSay: TextKey;
  discussion: TextKey;
}

/** The id a safe choice uses to end the scenario. */
export const END = 'end';

/** The mechanics a mini-game can have; each has its rules in `src/engine/minigames/` and its view in `src/ui/minigames/`. */
export const MINI_GAME_TYPES = ['chat-triage', 'detective', 'kindness-remix', 'popup-patrol'] as const;
export type MiniGameType = (typeof MINI_GAME_TYPES)[number];

/** What every mini-game has, whatever its mechanic. */
interface MiniGameBase {
  id: string;
  family: RiskFamily;
  title: TextKey;
  /** Tiko explains the game: at most two sentences. */
  intro: TextKey;
  messages: MessageId[];
  /** What to remember, shown with the results. */
  wrapUp: TextKey;
}

/**
 * An item only in the optional challenge: the challenge adds items and drops
 * hints, never a clock.
 */
interface MaybeChallenge {
  challengeOnly?: boolean;
}

/** What a child can do with a message in the chat list. */
export const TRIAGE_ACTIONS = ['answer', 'ignore', 'block', 'report'] as const;
export type TriageAction = (typeof TRIAGE_ACTIONS)[number];

/** One message arriving in the pretend chat list. */
export interface ChatMessage extends MaybeChallenge {
  id: string;
  from: TextKey;
  text: TextKey;
  /** Someone the child knows from real life, marked as a friend in the list. */
  friend: boolean;
  /** The safe answers; any one of them is right. */
  best: TriageAction[];
  /** What answering plays out when answering is not safe: the sender's next message, then a rewind. */
  playOut?: TextKey;
  /** Why: one short sentence, shown after answering and in the results. */
  why: TextKey;
  /** Tiko's hint in relaxed play; the challenge shows none. */
  hint: TextKey;
}

/** Block, report, ignore or answer each message as it arrives. */
export interface ChatTriageGame extends MiniGameBase {
  type: 'chat-triage';
  chats: ChatMessage[];
}

/** The parts of a post a detective can zoom into. */
export const POST_PARTS = ['sender', 'date', 'label', 'address'] as const;
export type PostPartId = (typeof POST_PARTS)[number];

export interface PostPart {
  id: PostPartId;
  text: TextKey;
  /** A reason to check first (a look-alike address, an old date, "Sponsored"). */
  clue: boolean;
  /** What a closer look shows: one short sentence. */
  note: TextKey;
}

export type PostVerdict = 'real' | 'check';

export interface DetectivePost extends MaybeChallenge {
  id: string;
  parts: PostPart[];
  body: TextKey;
  verdict: PostVerdict;
  why: TextKey;
}

/** Zoom into a post's parts to find the clues, then judge it: real, or check first. */
export interface DetectiveGame extends MiniGameBase {
  type: 'detective';
  posts: DetectivePost[];
}

/** A phrase that can take the place of a hurtful line, or a message to the person left out. */
export interface RemixTile {
  id: string;
  text: TextKey;
  kind: boolean;
}

/** One hurtful line of a group-chat message and the tiles that could replace it. */
export interface RemixLine {
  id: string;
  mean: TextKey;
  tiles: RemixTile[];
  /** Why the hurtful line hurts: one short sentence, shown when a tile that still hurts is sent. */
  why: TextKey;
}

export interface RemixRound extends MaybeChallenge {
  id: string;
  /** Who wrote the message, in the class group chat. */
  from: TextKey;
  /** Who it is about. */
  target: TextKey;
  lines: RemixLine[];
  /** A private message to the one it was about: one tile is kind and helps. */
  support: RemixTile[];
  why: TextKey;
}

/** Turn a mean group-chat message around, line by line, then support the one it was about. */
export interface KindnessRemixGame extends MiniGameBase {
  type: 'kindness-remix';
  rounds: RemixRound[];
}

/** How a child can answer a pop-up: its big button, its plain option, or its real ✕. */
export type PopupAnswer = 'accept' | 'decline' | 'close';

/** One pop-up over a pretend app. */
export interface Popup extends MaybeChallenge {
  id: string;
  from: TextKey;
  text: TextKey;
  /** The big, tempting button ("CLAIM!", "Allow"). */
  accept: TextKey;
  /** A plainly labelled way out ("Don't allow", "Not now"), where the pop-up has one. */
  decline?: TextKey;
  /** A trick is answered by its ✕ (or its plain way out); a fine pop-up may be accepted. */
  trick: boolean;
  /** For a trick: what its big button does, played out for one beat before the pop-up comes back. */
  trap?: TextKey;
  /** Why it is a trick or fine: one short sentence. */
  why: TextKey;
}

/** A word tile for the passphrase; a weak one says why (a name, a birthday, a word everyone tries). */
export interface PassphraseTile {
  id: string;
  text: TextKey;
  weak?: TextKey;
}

/** Close the tricks by their real ✕, accept the fine ones, then build a passphrase from word tiles. */
export interface PopupPatrolGame extends MiniGameBase {
  type: 'popup-patrol';
  popups: Popup[];
  passphrase: {
    tiles: PassphraseTile[];
    /** How many words a passphrase needs, relaxed and in the challenge. */
    words: { relaxed: number; challenge: number };
  };
}

/** Each world's mini-game: one of the mechanics above, told apart by `type`. */
export type MiniGame = ChatTriageGame | DetectiveGame | KindnessRemixGame | PopupPatrolGame;
