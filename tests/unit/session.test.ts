/**
 * The flow between screens, through a real session over real stores: rewards, the kiosk tour,
 * a class's reset, the saved position and a language change mid-story. Stories are played
 * through tests/support/playSession.ts, so these tests stay about the flow, not the steps.
 */
import { describe, expect, it, vi } from 'vitest';
import { WORLDS } from '../../src/content';
import { worldProgress } from '../../src/engine/progress';
import { STORAGE_KEY } from '../../src/state/savedState';
import {
  advance,
  device,
  choicesOf,
  finishStory,
  inMemory,
  playToEnd,
  playToKeyMessage,
  playToStep,
  secondStepOf,
  storyWithSteps,
  worldOfFamily,
} from '../support/playSession';

const contact = worldOfFamily('contact');
const content = worldOfFamily('content');

describe('play together', () => {
  it('ends each story with a turn for the grown-up while it is on, and the story counts as finished before it', () => {
    let together = true;
    const { game, session } = inMemory({ playTogether: () => together });
    const story = contact.scenarios[0]!;
    session.play(story.id);
    playToKeyMessage(session);
    expect(game.getState().progress.completed).toContain(story.id);
    session.act({ type: 'next' });
    session.act({ type: 'next' });
    expect(session.getState().runner?.phase).toBe('grownUp');
    session.act({ type: 'next' });
    expect(session.getState().runner?.phase).toBe('done');
    // Turned off, the story ends after the help card as before.
    together = false;
    session.act({ type: 'restart' });
    playToKeyMessage(session);
    session.act({ type: 'next' });
    session.act({ type: 'next' });
    expect(session.getState().runner?.phase).toBe('done');
  });
});

describe('rewards and badges', () => {
  it('the story that completes a world shows its reward once, and no other story does', () => {
    const { game, session } = inMemory();
    const [last, ...others] = [...contact.scenarios].reverse();
    for (const story of others.reverse()) {
      playToEnd(session, story.id);
      expect(session.getState()).toMatchObject({ screen: 'scenario', reward: null });
    }
    playToEnd(session, last!.id);
    expect(session.getState()).toMatchObject({ screen: 'reward', reward: 'contact' });
    expect(worldProgress(WORLDS, game.getState().progress.completed).find((w) => w.family === 'contact')?.state).toBe('finished');

    // Played again, the same story ends on its last screen: the badge is already won.
    playToEnd(session, last!.id);
    expect(session.getState()).toMatchObject({ screen: 'scenario', reward: null });
    expect(session.getState().runner?.phase).toBe('done');
  });

  it('the reward waits for the story’s last screen, not the key message', () => {
    const { game, session } = inMemory();
    const [last, ...others] = [...contact.scenarios].reverse();
    others.forEach((s) => game.getState().completeScenario(s.id));
    session.play(last!.id);
    playToKeyMessage(session);
    expect(game.getState().progress.completed).toContain(last!.id);
    expect(session.getState()).toMatchObject({ screen: 'scenario', reward: null });
    finishStory(session);
    expect(session.getState()).toMatchObject({ screen: 'reward', reward: 'contact' });
  });

  it('a story left at its key message and finished later does not give the badge twice', () => {
    const { game, session } = inMemory();
    const [last, ...others] = [...contact.scenarios].reverse();
    others.forEach((s) => game.getState().completeScenario(s.id));
    session.play(last!.id);
    playToKeyMessage(session);
    session.toMap();
    playToEnd(session, last!.id);
    expect(session.getState()).toMatchObject({ screen: 'scenario', reward: null });
  });

  it('a tour never shows a reward, even when its story completes a world', () => {
    const { game, session } = inMemory();
    const [last, ...others] = [...contact.scenarios].reverse();
    others.forEach((s) => game.getState().completeScenario(s.id));
    session.startTour([{ kind: 'scenario', id: last!.id }]);
    finishStory(session);
    expect(session.getState()).toMatchObject({ screen: 'scenario', reward: null });
    expect(session.getState().runner?.phase).toBe('done');
  });
});

describe('the kiosk tour', () => {
  const tour = [
    { kind: 'scenario', id: contact.scenarios[0]!.id },
    { kind: 'scenario', id: content.scenarios[0]!.id },
    { kind: 'game', id: contact.game.id },
  ] as const;

  it('goes through its stories and its game to the end of the tour', () => {
    const { session } = inMemory();
    session.toAttract();
    session.startTour([...tour]);
    expect(session.getState()).toMatchObject({ screen: 'scenario', world: 'contact' });
    expect(session.getState().runner).toMatchObject({ scenarioId: tour[0].id, phase: 'intro' });
    finishStory(session);
    session.tourNext();
    expect(session.getState()).toMatchObject({ screen: 'scenario', world: 'content' });
    expect(session.getState().runner?.scenarioId).toBe(tour[1].id);
    session.tourNext();
    expect(session.getState()).toMatchObject({ screen: 'game', world: 'contact', runner: null });
    expect(session.getState().game).toMatchObject({ gameId: contact.game.id });
    session.tourNext();
    expect(session.getState()).toMatchObject({ screen: 'tourEnd', runner: null, game: null, reward: null });
    // The next visitor starts from the attract screen with no tour left over.
    session.toAttract();
    expect(session.getState()).toMatchObject({ screen: 'attract', tour: null, runner: null, game: null });
  });

  it('always starts a story from its beginning, whatever the last visitor did', () => {
    const { game, session } = inMemory();
    const story = storyWithSteps();
    session.play(story.id);
    playToStep(session, secondStepOf(story.id));
    session.toAttract();
    session.startTour([{ kind: 'scenario', id: story.id }]);
    expect(session.getState().runner).toMatchObject({ scenarioId: story.id, stepId: story.start, phase: 'intro', line: 0 });
    expect(game.getState().progress.current).toEqual({ scenarioId: story.id, stepId: story.start });
  });

  it('skips a game it does not know instead of stopping', () => {
    const { session } = inMemory();
    session.startTour([
      { kind: 'game', id: 'no-such-game' },
      { kind: 'scenario', id: tour[0].id },
    ]);
    expect(session.getState()).toMatchObject({ screen: 'scenario' });
    expect(session.getState().runner?.scenarioId).toBe(tour[0].id);
  });

  it('is over at once when it has nothing to show', () => {
    const { session } = inMemory();
    session.toAttract();
    session.startTour([]);
    expect(session.getState().screen).toBe('tourEnd');
  });
});

describe('a class', () => {
  it('a new class clears the last lesson’s progress and keeps the settings', () => {
    const { game, session } = inMemory({ allWorldsOpen: true, classMode: true });
    game.getState().setLanguage('fr');
    game.getState().setTextSize('larger');
    game.getState().setVolume('musicVolume', 0);
    playToEnd(session, contact.scenarios[0]!.id);
    session.play(storyWithSteps('content').id);
    advance(session);
    session.openGame('conduct');
    const settings = game.getState().settings;

    session.newClass();
    expect(game.getState().progress).toEqual({ completed: [], games: [], current: null });
    expect(game.getState().settings).toEqual(settings);
    expect(game.getState().settings).toMatchObject({ language: 'fr', textSize: 'larger', musicVolume: 0 });
    expect(session.getState()).toMatchObject({ screen: 'map', world: null, runner: null, reward: null, game: null, classroom: null });
  });

  it('thinks, then votes, afresh at every step and when the story restarts', () => {
    const { session } = inMemory({ allWorldsOpen: true, classMode: true });
    const story = storyWithSteps();
    const second = secondStepOf(story.id);
    session.play(story.id);
    expect(session.getState().classroom).toEqual({ reveal: 'think', votes: {} });
    playToStep(session, story.start); // already there: a no-op that proves the helper's guard
    advanceToChoices(session);
    const choice = choicesOf(session.scenario()!.steps.find((s) => s.id === story.start))[0]!;
    session.reveal('vote');
    session.vote(choice.id, 7);
    session.reveal('chart');
    expect(session.getState().classroom).toEqual({ reveal: 'chart', votes: { [choice.id]: 7 } });

    playToStep(session, second);
    expect(session.getState().classroom).toEqual({ reveal: 'think', votes: {} });

    session.reveal('vote');
    session.vote('anything', 3);
    session.act({ type: 'restart' });
    expect(session.getState().runner).toMatchObject({ stepId: story.start, phase: 'intro' });
    expect(session.getState().classroom).toEqual({ reveal: 'think', votes: {} });
  });

  it('steps back from the chart to the counts, kept; asks the class size once per class', () => {
    const { session } = inMemory({ allWorldsOpen: true, classMode: true });
    const story = storyWithSteps();
    session.play(story.id);
    advanceToChoices(session);
    const choice = choicesOf(session.scenario()!.steps.find((s) => s.id === story.start))[0]!;
    session.reveal('vote');
    session.setClassSize(28);
    session.setVotes({ [choice.id]: 170 });
    session.reveal('chart');
    session.classBack();
    expect(session.getState().classroom).toEqual({ reveal: 'vote', votes: { [choice.id]: 99 } });
    session.classBack();
    session.classBack();
    expect(session.getState().runner?.phase).toBe('intro');
    expect(session.getState().classSize).toBe(28);
    session.voteAgain();
    expect(session.getState().classroom).toEqual({ reveal: 'think', votes: {} });
    session.newClass();
    expect(session.getState().classSize).toBeNull();
  });

  it('opens every world; at home they open in order', () => {
    const teacher = inMemory({ allWorldsOpen: true, classMode: true }).session;
    const last = WORLDS[WORLDS.length - 1]!.family;
    teacher.openWorld(last);
    expect(teacher.getState()).toMatchObject({ screen: 'world', world: last });

    const { game, session } = inMemory();
    session.toMap();
    session.openWorld('content');
    expect(session.getState()).toMatchObject({ screen: 'map', world: null });
    session.openWorld('contact');
    expect(session.getState()).toMatchObject({ screen: 'world', world: 'contact' });
    contact.scenarios.slice(0, 3).forEach((s) => game.getState().completeScenario(s.id));
    session.openWorld('content');
    expect(session.getState()).toMatchObject({ screen: 'world', world: 'content' });
  });
});

/** On to the step's choices, whatever comes before them. */
function advanceToChoices(session: ReturnType<typeof inMemory>['session']) {
  while (session.getState().runner?.phase === 'intro') advance(session);
}

describe('the saved position', () => {
  it('follows the child through a story and is where Play resumes', () => {
    const { game, session } = inMemory();
    const story = storyWithSteps();
    const second = secondStepOf(story.id);
    session.play(story.id);
    expect(game.getState().progress.current).toEqual({ scenarioId: story.id, stepId: story.start });
    playToStep(session, second);
    expect(game.getState().progress.current).toEqual({ scenarioId: story.id, stepId: second });

    session.toMap();
    session.play(story.id);
    expect(session.getState().runner).toMatchObject({ scenarioId: story.id, stepId: second, phase: 'intro', line: 0 });
  });

  it('is cleared at the key message: a finished story starts from its beginning', () => {
    const { game, session } = inMemory();
    const story = storyWithSteps();
    session.play(story.id);
    playToKeyMessage(session);
    expect(game.getState().progress.current).toBeNull();
    expect(game.getState().progress.completed).toEqual([story.id]);
    // The screens after the key message do not bring the position back.
    finishStory(session);
    expect(game.getState().progress.current).toBeNull();
    session.play(story.id);
    expect(session.getState().runner?.stepId).toBe(story.start);
  });

  it('another story takes the place of the saved one', () => {
    const { game, session } = inMemory();
    const story = storyWithSteps();
    const other = contact.scenarios.find((s) => s.id !== story.id)!;
    session.play(story.id);
    playToStep(session, secondStepOf(story.id));
    session.play(other.id);
    expect(session.getState().runner).toMatchObject({ scenarioId: other.id, stepId: other.start });
    expect(game.getState().progress.current).toEqual({ scenarioId: other.id, stepId: other.start });
  });

  it('survives a reload: a new session on the same stored record resumes at the same step', () => {
    const home = device();
    const story = storyWithSteps();
    const second = secondStepOf(story.id);
    const first = home.open();
    first.session.play(story.id);
    playToStep(first.session, second);
    expect(JSON.parse(home.backend.getItem(STORAGE_KEY)!).state.progress.current).toEqual({ scenarioId: story.id, stepId: second });

    const again = home.open();
    expect(again.session.getState()).toMatchObject({ screen: 'title', runner: null });
    expect(again.game.getState().progress.current).toEqual({ scenarioId: story.id, stepId: second });
    again.session.play(story.id);
    expect(again.session.getState().runner).toMatchObject({ scenarioId: story.id, stepId: second, phase: 'intro' });
  });

  it('after a reload past the key message, the story counts as finished and starts afresh', () => {
    const home = device();
    const story = storyWithSteps();
    const first = home.open();
    first.session.play(story.id);
    playToKeyMessage(first.session);

    const again = home.open();
    expect(again.game.getState().progress).toMatchObject({ completed: [story.id], current: null });
    again.session.play(story.id);
    expect(again.session.getState().runner?.stepId).toBe(story.start);
  });
});

describe('a language change mid-story', () => {
  it('leaves the story and the saved position where they are', () => {
    const home = device();
    const { game, session } = home.open();
    game.getState().setLanguage('en');
    const story = storyWithSteps();
    session.play(story.id);
    playToStep(session, secondStepOf(story.id));
    advance(session);
    const { runner, screen } = session.getState();
    const position = game.getState().progress.current;

    game.getState().setLanguage('ar');
    expect(session.getState().runner).toBe(runner);
    expect(session.getState().screen).toBe(screen);
    expect(game.getState().progress.current).toEqual(position);
    const stored = JSON.parse(home.backend.getItem(STORAGE_KEY)!).state;
    expect(stored.settings.language).toBe('ar');
    expect(stored.progress.current).toEqual(position);
  });
});

describe('actions that no longer fit', () => {
  it('a stale or unknown action changes nothing and tells no one', () => {
    const { game, session } = inMemory();
    const story = storyWithSteps();
    const listener = vi.fn();

    // No story on screen: nothing to act on.
    session.subscribe(listener);
    session.act({ type: 'next' });
    session.act({ type: 'choose', choiceId: 'anything' });
    expect(listener).not.toHaveBeenCalled();

    session.play(story.id);
    advanceToChoices(session);
    const before = session.getState();
    const position = game.getState().progress;
    listener.mockClear();
    session.act({ type: 'choose', choiceId: 'no-such-choice' });
    session.act({ type: 'next' }); // a double tap on the last line's "next"
    // A choice of another step, from a button left over on screen.
    const start = story.steps.find((s) => s.id === story.start)!;
    const elsewhere = story.steps.flatMap(choicesOf).find((c) => !choicesOf(start).some((d) => d.id === c.id));
    if (elsewhere) session.act({ type: 'choose', choiceId: elsewhere.id });
    expect(session.getState()).toBe(before);
    expect(game.getState().progress).toBe(position);
    expect(listener).not.toHaveBeenCalled();
  });

  it('playing or opening what does not exist leaves the screen as it was', () => {
    const { game, session } = inMemory();
    session.toMap();
    const before = session.getState();
    session.play('no-such-story');
    session.openGame('no-such-world' as never);
    session.openWorld('no-such-world' as never);
    expect(session.getState()).toBe(before);
    expect(game.getState().progress.current).toBeNull();
  });

  it('after the last screen, "next" stays on it', () => {
    const { session } = inMemory();
    playToEnd(session, contact.scenarios[0]!.id);
    const done = session.getState();
    session.act({ type: 'next' });
    expect(session.getState()).toBe(done);
  });
});
