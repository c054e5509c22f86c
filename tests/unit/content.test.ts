import { describe, expect, it } from 'vitest';
import {
  ALL_SCENARIOS,
  END,
  MESSAGE_IDS,
  RISK_FAMILIES,
  SETTINGS,
  WORLDS,
  type PracticeTask,
  type Scenario,
  type Step,
} from '../../src/content';
import { WORLD_ORDER } from '../../src/content/worldOrder';
import { miniGameTextKeys } from '../../src/engine/miniGame';
import { runnerReducer, startScenario, type RunnerState } from '../../src/engine/scenarioRunner';
import { isChooseStep, practiceDone, taskRules } from '../../src/engine/steps';
import { LANGS, flatten } from '../support/locales';

/** A pretend app's words, and which of them are messages in the app (not Tiko's dialogue boxes). */
function taskTextKeys(task: PracticeTask): { all: string[]; messages: string[] } {
  switch (task.task) {
    case 'chat-report-block': {
      const messages = [...task.messages, task.reply.text, task.reply.answer];
      return { all: [task.contact, task.instruction, ...task.reasons.map((r) => r.label), ...task.reply.outcome, ...messages], messages };
    }
    case 'evidence-block': {
      const lines = [...task.messages, ...task.answerBack.pileOn];
      const messages = [...lines.map((l) => l.text), task.answerBack.text, task.deleteChat.result];
      const lessSafe = [...task.answerBack.outcome, ...task.deleteChat.outcome];
      return { all: [task.group, task.sender, task.instruction, ...lines.map((l) => l.from), ...lessSafe, ...messages], messages };
    }
    case 'phrase-tiles': {
      const shortcuts = task.shortcuts ?? [];
      const messages = [
        ...task.messages.map((l) => l.text),
        ...task.tiles.map((t) => t.label),
        ...task.lessSafe.map((a) => a.answer),
        task.answer,
        ...shortcuts.flatMap((s) => [s.label, s.result]),
        ...(task.banner ? [task.banner.text] : []),
      ];
      const outcomes = [...task.lessSafe, ...shortcuts].flatMap((a) => a.outcome);
      const names = [task.contact, ...task.messages.map((l) => l.from), ...(task.banner ? [task.banner.from] : [])];
      return { all: [...names, task.instruction, ...outcomes, ...messages], messages };
    }
    case 'passphrase': {
      const messages = [...task.tiles.map((t) => t.label), ...task.weak.map((w) => w.guess)];
      return { all: [task.account, task.guesser, task.instruction, ...task.weak.flatMap((w) => w.outcome), ...messages], messages };
    }
    case 'post-draft': {
      const messages = [task.reply, task.caption, ...task.audiences.map((a) => a.label), ...task.lessSafe.flatMap((a) => a.reactions)];
      return { all: [task.friend, task.instruction, ...task.lessSafe.flatMap((a) => a.outcome), ...messages], messages };
    }
    case 'break-reminder': {
      const messages = [...task.rows.flatMap((r) => [r.label, ...r.options.map((o) => o.label)]), task.playOn.label, task.playOn.result];
      return { all: [task.game, task.instruction, ...task.playOn.outcome, ...messages], messages };
    }
    case 'spot-clues': {
      const messages = [task.headline, ...task.parts.map((p) => p.text)];
      const decisions = task.decisions.flatMap((d) => (d.kind === 'safe' ? [d.label, d.result] : [d.label, ...d.outcome, ...d.playout]));
      const notes = task.parts.flatMap((p) => (p.clue ? [p.clue] : []));
      return {
        all: [task.place, task.instruction, ...messages, ...notes, ...decisions],
        messages: [...messages, ...task.decisions.flatMap((d) => (d.kind === 'safe' ? [] : d.playout))],
      };
    }
    case 'video-report': {
      const messages = [task.title, task.upNext.title, task.share.answer];
      return {
        all: [
          task.channel,
          task.instruction,
          task.share.friend,
          ...task.reasons.map((r) => r.label),
          ...task.upNext.outcome,
          ...task.share.outcome,
          ...messages,
        ],
        messages,
      };
    }
    case 'popup-close': {
      const messages = [task.page, ...task.popups.flatMap((p) => [p.title, p.body, p.trap.label, p.trap.playsOut])];
      return { all: [task.instruction, ...task.popups.flatMap((p) => p.trap.outcome), ...messages], messages };
    }
    case 'permissions': {
      const messages = [task.app, ...task.requests.flatMap((r) => [r.question, r.otherwise.playsOut])];
      return { all: [task.instruction, ...task.requests.flatMap((r) => r.otherwise.outcome), ...messages], messages };
    }
    case 'fake-login': {
      const messages = [task.promise, task.username, task.login.playsOut];
      return { all: [task.instruction, ...task.login.outcome, ...messages], messages };
    }
    case 'shop-offer': {
      const messages = [task.offer, task.price, task.grownUp, task.buy.playsOut];
      return { all: [task.instruction, ...task.buy.outcome, ...messages], messages };
    }
    case 'terms-agree': {
      const messages = [task.app, task.summary, task.grownUp, ...task.switches.map((s) => s.label), task.acceptAll.playsOut];
      return { all: [task.instruction, ...task.acceptAll.outcome, ...messages], messages };
    }
    case 'say-no-tiles': {
      const messages = [
        ...task.messages,
        ...task.tiles.flatMap((x) => [x.label, ...(x.lessSafe ? [x.lessSafe.answer] : [])]),
        task.unclear.answer,
        ...(task.pushBack ? [task.pushBack] : []),
      ];
      const outcomes = [
        ...task.tiles.flatMap((x) => x.lessSafe?.outcome ?? []),
        ...task.unclear.outcome,
        ...(task.blockFirst?.outcome ?? []),
      ];
      return { all: [task.contact, task.instruction, ...outcomes, ...messages], messages };
    }
    case 'tell-grown-up': {
      const messages = [
        ...task.items.map((i) => i.label),
        ...task.openers.flatMap((o) => [o.label, ...(o.lessSafe ? [o.lessSafe.answer] : [])]),
        task.missing.answer,
        task.reply,
      ];
      const outcomes = [...task.openers.flatMap((o) => o.lessSafe?.outcome ?? []), ...task.missing.outcome];
      return { all: [task.adult, task.instruction, ...outcomes, ...messages], messages };
    }
    case 'settings': {
      const messages = task.rows.flatMap((r) => [
        r.label,
        ...r.options.flatMap((o) => [o.label, ...(o.lessSafe ? [o.lessSafe.notice] : [])]),
      ]);
      const outcomes = task.rows.flatMap((r) => r.options.flatMap((o) => o.lessSafe?.outcome ?? []));
      return { all: [task.instruction, ...outcomes, ...messages], messages };
    }
    case 'voice-chat': {
      const messages = [
        ...task.captions.map((c) => c.text),
        ...(task.gift ? [task.gift.label, task.gift.answer] : []),
        ...(task.talk ? [task.talk.text, task.talk.answer] : []),
      ];
      const outcomes = [...(task.gift?.outcome ?? []), ...(task.talk?.outcome ?? [])];
      return {
        all: [task.instruction, ...task.players.map((p) => p.name), ...task.reasons.map((r) => r.label), ...outcomes, ...messages],
        messages,
      };
    }
  }
}

function stepTextKeys(step: Step): string[] {
  const common = [...step.lines, ...step.situation.flatMap((i) => [i.text, ...(i.from ? [i.from] : [])])];
  if (isChooseStep(step)) return [...common, step.prompt, ...step.choices.flatMap((c) => [c.label, ...c.outcome])];
  return [...common, ...step.outcome, ...taskTextKeys(step.task).all];
}

function textKeys(s: Scenario): string[] {
  return [s.title, s.keyMessage, s.discussion, ...s.help, ...s.steps.flatMap(stepTextKeys)];
}

/** Messages on screen (a situation, a chat in a pretend app): not held to Tiko's two sentences. */
function messageKeys(s: Scenario): string[] {
  return s.steps.flatMap((st) => [...st.situation.map((i) => i.text), ...(isChooseStep(st) ? [] : taskTextKeys(st.task).messages)]);
}

/**
 * Every state a practice step's pretend app can reach, by every action it offers: each less
 * safe action rewinds to just where it was, and the task can still be done from every state.
 * Returns the state after "next" on the task done.
 */
function practiseEveryWay(s: Scenario, entered: RunnerState): RunnerState {
  const step = s.steps.find((x) => x.id === entered.stepId)!;
  if (isChooseStep(step)) throw new Error('not a practice step');
  const rules = taskRules(step.task);
  const key = (st: RunnerState) => JSON.stringify(st.practice);
  const seen = new Map([[key(entered), entered]]);
  const queue = [entered];
  let finished: RunnerState | undefined;
  while (queue.length) {
    const state = queue.shift()!;
    if (practiceDone(step, state)) finished ??= state;
    for (const action of rules.actions(step.task, state.practice!.task)) {
      const after = runnerReducer(s, state, { type: 'practice', action });
      if (after.practice?.lessSafe) {
        expect(
          rules.lessSafe(step.task).some((a) => a.id === after.practice!.lessSafe),
          `${s.id}/${step.id} less safe action has words`,
        ).toBe(true);
        expect(runnerReducer(s, after, { type: 'rewind' }).practice, `${s.id}/${step.id} rewinds`).toEqual(state.practice);
        continue;
      }
      if (!seen.has(key(after))) {
        seen.set(key(after), after);
        queue.push(after);
      }
    }
  }
  expect(finished, `${s.id}/${step.id} can be done`).toBeDefined();
  return runnerReducer(s, finished!, { type: 'next' });
}

/** Every way a child can play: all choices at every step, think-again ones first or not at all. */
function allEndings(s: Scenario): { reached: Set<string>; ended: boolean[] } {
  const reached = new Set<string>();
  const ended: boolean[] = [];
  const finish = (after: RunnerState, depth: number) => {
    if (after.phase === 'keyMessage') {
      const help = runnerReducer(s, after, { type: 'next' });
      ended.push(help.phase === 'help' && runnerReducer(s, help, { type: 'next' }).phase === 'done');
    } else explore(after, depth + 1);
  };
  const explore = (state: RunnerState, depth: number) => {
    reached.add(state.stepId);
    if (depth > 50) return void ended.push(false);
    let st = state;
    while (st.phase === 'intro') st = runnerReducer(s, st, { type: 'next' });
    const step = s.steps.find((x) => x.id === st.stepId)!;
    if (!isChooseStep(step)) return finish(practiseEveryWay(s, st), depth);
    for (const choice of step.choices) {
      let after = runnerReducer(s, st, { type: 'choose', choiceId: choice.id });
      after = runnerReducer(s, after, { type: 'next' });
      if (choice.kind === 'think-again') {
        expect(after.phase, `${s.id}/${step.id}/${choice.id} gives a second chance`).toBe('choose');
        expect(after.stepId).toBe(step.id);
        continue;
      }
      finish(after, depth);
    }
  };
  explore(startScenario(s), 0);
  return { reached, ended };
}

describe('content', () => {
  const en = flatten('en');

  it('has unique scenario ids and known families, settings and messages', () => {
    const ids = ALL_SCENARIOS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of ALL_SCENARIOS) {
      expect(RISK_FAMILIES).toContain(s.family);
      expect(SETTINGS).toContain(s.setting);
      expect(s.messages.length).toBeGreaterThan(0);
      for (const m of s.messages) expect(MESSAGE_IDS).toContain(m);
      expect(s.help.length).toBeGreaterThan(0);
    }
    for (const w of WORLDS) for (const s of w.scenarios) expect(s.family).toBe(w.family);
  });

  it.each(ALL_SCENARIOS.map((s) => [s.id, s] as const))('%s: steps connect and every choice has an outcome', (_, s) => {
    const stepIds = new Set(s.steps.map((x) => x.id));
    expect(stepIds.size).toBe(s.steps.length);
    expect(stepIds.has(s.start)).toBe(true);
    for (const step of s.steps) {
      expect(step.lines.length, `${step.id} lines`).toBeGreaterThanOrEqual(1);
      expect(step.lines.length).toBeLessThanOrEqual(2);
      if (!isChooseStep(step)) {
        expect(step.next === END || stepIds.has(step.next), `${step.id} → ${step.next}`).toBe(true);
        expect(step.outcome.length, `${step.id} outcome`).toBeGreaterThan(0);
        expect(step.outcome.length).toBeLessThanOrEqual(2);
        continue;
      }
      expect(step.choices.length, `${step.id} has 2 to 4 choices`).toBeGreaterThanOrEqual(2);
      expect(step.choices.length).toBeLessThanOrEqual(4);
      expect(
        step.choices.some((c) => c.kind === 'safe'),
        `${step.id} has a safe way on`,
      ).toBe(true);
      expect(new Set(step.choices.map((c) => c.id)).size).toBe(step.choices.length);
      for (const c of step.choices) {
        expect(c.outcome.length, `${step.id}/${c.id} outcome`).toBeGreaterThan(0);
        expect(c.outcome.length).toBeLessThanOrEqual(2);
        if (c.kind === 'safe') expect(c.next === END || stepIds.has(c.next ?? ''), `${c.id} → ${c.next}`).toBe(true);
        else expect(c.next).toBeUndefined();
      }
    }
  });

  it.each(ALL_SCENARIOS.map((s) => [s.id, s] as const))('%s: every path reaches the key message and every step is reachable', (_, s) => {
    const { reached, ended } = allEndings(s);
    expect([...reached].sort()).toEqual(s.steps.map((x) => x.id).sort());
    expect(ended.length).toBeGreaterThan(0);
    expect(ended.every(Boolean)).toBe(true);
  });

  it.each(ALL_SCENARIOS.map((s) => [s.id, s] as const))('%s: every text key exists in all six languages', (_, s) => {
    for (const lang of LANGS) {
      const all = flatten(lang);
      for (const key of textKeys(s)) expect(all.has(key), `${lang} ${key}`).toBe(true);
    }
    for (const key of textKeys(s)) expect(en.get(key)?.trim()).toBeTruthy();
  });

  it('keeps English lines short: about 12 words on average, none over 20', () => {
    const sentences = ALL_SCENARIOS.flatMap(textKeys)
      .map((k) => en.get(k) ?? '')
      .flatMap((text) => text.split(/(?<=[.!?…])\s+|[“”]/))
      .map((s) => s.trim())
      .filter((s) => /\w/.test(s));
    const words = sentences.map((s) => s.split(/\s+/).length);
    for (const [i, n] of words.entries()) expect(n, sentences[i]).toBeLessThanOrEqual(20);
    expect(words.reduce((a, b) => a + b, 0) / words.length).toBeLessThanOrEqual(12);
  });

  it('has at most two sentences in any dialogue box (chat messages in the situation aside)', () => {
    const situationKeys = new Set(ALL_SCENARIOS.flatMap(messageKeys));
    for (const key of ALL_SCENARIOS.flatMap(textKeys).filter((k) => !situationKeys.has(k))) {
      const sentences = (en.get(key) ?? '')
        .replace(/“[^”]*”/g, 'Q')
        .split(/(?<=[.!?])\s+/)
        .filter(Boolean);
      expect(sentences.length, key).toBeLessThanOrEqual(2);
    }
  });
});

describe('curriculum coverage', () => {
  it('has four worlds with at least five scenarios each, twenty in all', () => {
    expect(WORLDS.map((w) => w.family)).toEqual(['contact', 'content', 'conduct', 'contract']);
    // Every family has a world, once (worldOrder.ts is the one list of the order).
    expect([...WORLD_ORDER].sort()).toEqual([...RISK_FAMILIES].sort());
    for (const w of WORLDS) expect(w.scenarios.length, w.family).toBeGreaterThanOrEqual(5);
    expect(ALL_SCENARIOS.length).toBeGreaterThanOrEqual(20);
  });

  it('teaches every message of CONTENT.md in some scenario', () => {
    const taught = new Set(ALL_SCENARIOS.flatMap((s) => s.messages));
    expect(MESSAGE_IDS.filter((m) => !taught.has(m))).toEqual([]);
  });

  it('gives every step a think-again choice or more than one way on, so choosing means something', () => {
    for (const s of ALL_SCENARIOS)
      for (const step of s.steps.filter(isChooseStep)) expect(step.choices.length, `${s.id}/${step.id}`).toBeGreaterThanOrEqual(2);
  });

  it('gives every practice step a less safe action to try, so doing it means something', () => {
    for (const s of ALL_SCENARIOS) {
      for (const step of s.steps)
        if (!isChooseStep(step)) expect(taskRules(step.task).lessSafe(step.task).length, `${s.id}/${step.id}`).toBeGreaterThan(0);
    }
  });

  it('has at least one practice step, so the extension point is walked', () => {
    expect(ALL_SCENARIOS.flatMap((s) => s.steps).some((step) => !isChooseStep(step))).toBe(true);
  });

  it('ends every scenario with help that names a trusted adult', () => {
    for (const s of ALL_SCENARIOS) expect(s.help, s.id).toContain('common:help.trustedAdult');
  });

  it.each(WORLDS.map((w) => [w.family, w] as const))(
    '%s: its mini-game has a relaxed set and a challenge that adds more, each item safe to get wrong, with text in all six languages',
    (_, w) => {
      const game = w.game;
      expect(game.family).toBe(w.family);
      expect(game.messages.length).toBeGreaterThan(0);
      const keys = miniGameTextKeys(game);
      const items: { id: string; challengeOnly?: boolean }[] = (() => {
        switch (game.type) {
          case 'chat-triage':
            // Some to answer, some to block: the safe answer is not always the same button.
            expect(game.chats.some((c) => c.best.includes('answer'))).toBe(true);
            expect(game.chats.some((c) => c.best.includes('block'))).toBe(true);
            for (const c of game.chats) if (c.playOut) expect(c.best, c.id).not.toContain('answer');
            return game.chats;
          case 'detective':
            expect(game.posts.some((p) => p.verdict === 'real')).toBe(true);
            for (const p of game.posts)
              expect(
                p.parts.some((part) => part.clue),
                p.id,
              ).toBe(p.verdict === 'check');
            return game.posts;
          case 'kindness-remix':
            for (const r of game.rounds) {
              for (const l of r.lines) expect(l.tiles.filter((t) => t.kind).length, `${r.id}/${l.id}`).toBe(1);
              expect(r.support.filter((t) => t.kind).length, r.id).toBe(1);
            }
            return game.rounds;
          case 'popup-patrol':
            expect(game.popups.some((p) => p.trick) && game.popups.some((p) => !p.trick)).toBe(true);
            expect(game.passphrase.tiles.filter((t) => !t.weak).length).toBeGreaterThanOrEqual(game.passphrase.words.challenge);
            expect(game.passphrase.tiles.some((t) => t.weak)).toBe(true);
            return game.popups;
          default: {
            const unknown: never = game;
            throw new Error(`Unchecked mini-game type: ${JSON.stringify(unknown)}`);
          }
        }
      })();
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
      expect(items.filter((i) => !i.challengeOnly).length).toBeGreaterThanOrEqual(2);
      expect(items.some((i) => i.challengeOnly)).toBe(true);
      for (const lang of LANGS) {
        const all = flatten(lang);
        for (const key of keys) expect(all.get(key)?.trim(), `${lang} ${key}`).toBeTruthy();
      }
    },
  );
});
