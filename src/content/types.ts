/**
 * The curriculum as typed data. Everything a child reads is a text key into the
 * locale files: content never holds words of any language, so every language is
 * first class and the whole curriculum can be checked without a browser.
 */

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

/** Every pretend-app task; a new one adds a member here, a rules module and a view. */
export type PracticeTask = ChatReportBlockTask;
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
  /** Who can help; the help card adds the place's own contacts when set up. */
  help: TextKey[];
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
