import { CHOICE_PICTURE_OF } from '../choicePictures';
import type { ChoiceKind, Choice, MessageId, Mood, RiskFamily, Scenario, SettingKind, SituationItem, Step, TextKey } from '../types';

/**
 * Every scenario keeps its text in `locales/<lang>/<family>.json` under one
 * object named after its id, laid out the same way each time:
 *
 *   title, keyMessage, discussion, and a speaker's name such as `stranger`
 *   <step>.line1..n, <step>.prompt, <step>.<item> (`message`, `request`, `notice`, or its own name)
 *   <step>.<choice>.label, <step>.<choice>.outcome1..n
 *
 * with kebab-case ids written in camelCase (`keep-secret` → `keepSecret`).
 * So a scenario file states only its shape, the moods and where each safe
 * choice leads; the keys follow, and a typo in one cannot break a single line.
 */

/** `keep-secret` → `keepSecret`: ids are kebab-case, locale keys camelCase. */
export const camel = (id: string): string => id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** A key of this scenario's text: `contact:friendRequest.` + `path`. */
export type ScenarioKey = (path: string) => TextKey;

/**
 * A step as the scenario lists it: a ready-made `Step` goes in unchanged (any
 * kind, also one the builder does not know), or a function that builds one
 * from the scenario's keys, as `choose()` returns.
 */
export type StepSource = Step | ((key: ScenarioKey) => Step);

export interface ChoiceSpec {
  id: string;
  kind: ChoiceKind;
  mood: Mood;
  /** How many outcome lines the locale file has. */
  outcomes: number;
  next?: string;
}

/** A choice that moves the story on to `next` (or to `END`); Tiko is happy by default. */
export function safe(id: string, next: string, options: { mood?: Mood; outcomes?: number } = {}): ChoiceSpec {
  return { id, kind: 'safe', mood: options.mood ?? 'happy', outcomes: options.outcomes ?? 2, next };
}

/** A choice that shows an honest consequence and brings the child back to the same choices. */
export function thinkAgain(id: string, mood: Mood, outcomes = 2): ChoiceSpec {
  return { id, kind: 'think-again', mood, outcomes };
}

export interface SituationSpec {
  style: SituationItem['style'];
  /** The speaker's key, shared by the whole scenario: `stranger` → `<scenario>.stranger`. */
  from?: string;
  /** The item's own key within its step. */
  text: string;
}

/** A chat message, at `<step>.message` unless it has its own name. */
export const message = (from?: string, text = 'message'): SituationSpec => ({ style: 'message', from, text });

/** An incoming request or pop-up, at `<step>.request` unless it has its own name. */
export const request = (from?: string, text = 'request'): SituationSpec => ({ style: 'request', from, text });

/** A note from the narrator, at `<step>.notice` unless it has its own name. */
export const notice = (text = 'notice'): SituationSpec => ({ style: 'notice', text });

export interface SceneSpec {
  mood: Mood;
  /** How many lines Tiko says to set the scene. */
  lines: number;
  situation: SituationSpec[];
}

const numbered = (count: number, key: (n: number) => TextKey): TextKey[] => Array.from({ length: count }, (_, i) => key(i + 1));

/** A step where the child picks one of a few choices. */
export function choose(id: string, scene: SceneSpec, choices: ChoiceSpec[]): (key: ScenarioKey) => Step {
  return (key) => {
    const at = (path: string) => key(`${camel(id)}.${path}`);
    return {
      id,
      mood: scene.mood,
      lines: numbered(scene.lines, (n) => at(`line${n}`)),
      situation: scene.situation.map(({ style, from, text }) => ({
        ...(from === undefined ? {} : { from: key(from) }),
        text: at(text),
        style,
      })),
      prompt: at('prompt'),
      choices: choices.map(({ id: choiceId, kind, mood, outcomes, next }): Choice => {
        const of = (path: string) => at(`${camel(choiceId)}.${path}`);
        return {
          id: choiceId,
          label: of('label'),
          kind,
          mood,
          outcome: numbered(outcomes, (n) => of(`outcome${n}`)),
          ...(next === undefined ? {} : { next }),
        };
      }),
    };
  };
}

/** Who can help, from `common:help`: everyone unless the scenario names fewer. */
export const HELP = ['trustedAdult', 'reportButton', 'helpline'] as const;
export type HelpId = (typeof HELP)[number];

export interface ScenarioSpec<F extends RiskFamily> {
  family: F;
  /** Also names the scenario's text: `contact-friend-request` → `contact:friendRequest.…`. */
  id: `${NoInfer<F>}-${string}`;
  setting: SettingKind;
  messages: MessageId[];
  help?: readonly HelpId[];
  /** The first step listed, unless the story starts elsewhere. */
  start?: string;
}

export function scenario<F extends RiskFamily>(spec: ScenarioSpec<F>, steps: StepSource[]): Scenario {
  const { id, family, setting, messages } = spec;
  const key: ScenarioKey = (path) => `${family}:${camel(id.slice(family.length + 1))}.${path}`;
  const pictures = CHOICE_PICTURE_OF[id] ?? {};
  const built = steps
    .map((step) => (typeof step === 'function' ? step(key) : step))
    .map((step): Step => {
      const pictured = (c: Choice) => pictures[`${step.id}/${c.id}`];
      if (step.kind === 'practice' || !step.choices.some(pictured)) return step;
      return { ...step, choices: step.choices.map((c) => (pictured(c) ? { ...c, picture: pictured(c) } : c)) };
    });
  const start = spec.start ?? built[0]?.id;
  if (start === undefined) throw new Error(`scenario ${id} has no steps`);
  return {
    id,
    family,
    setting,
    messages,
    title: key('title'),
    start,
    steps: built,
    keyMessage: key('keyMessage'),
    help: (spec.help ?? HELP).map((h) => `common:help.${h}`),
    helpSay: key('helpSay'),
    discussion: key('discussion'),
  };
}
