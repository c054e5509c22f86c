/**
 * One entry per screen: how it draws, where Back goes, what the stage shows and which music
 * plays. Typed by the session's `Screen`, so a screen without an entry does not compile.
 */
import { FIRST_WORLD } from '../../content';
import { mascotMood } from '../../engine/mood';
import type { Screen } from '../../state/session';
import type { StoryPhase } from '../../state/stage';
import type { Phase } from '../../engine/scenarioRunner';
import { miniGameMood, miniGameViewKey } from '../../engine/miniGame';
import type { UiContext } from '../context';
import type { BackLink, ScreenEntry } from './screenEntry';
import { titleEntry } from './titleEntry';
import { albumScreen } from './albumScreen';
import { attractScreen, attractStage } from './attractScreen';
import { creditsScreen } from './creditsScreen';
import { certificateScreen } from './certificateScreen';
import { guideScreen } from './guideScreen';
import { mapScreen } from './mapScreen';
import { miniGameScreen } from './miniGameScreen';
import { rewardScreen } from './rewardScreen';
import { scenarioScreen } from './scenarioScreen';
import { tourEndScreen } from './tourEndScreen';
import { worldScreen } from './worldScreen';

const toStart: BackLink = { label: 'nav.backToStart', go: (ctx) => ctx.session.toTitle() };
const toMap: BackLink = { label: 'nav.backToMap', go: (ctx) => ctx.session.toMap() };
const toWorld: BackLink = {
  label: 'nav.backToWorld',
  go: (ctx) => {
    const { world } = ctx.session.getState();
    if (world) ctx.session.openWorld(world);
    else ctx.session.toMap();
  },
};

const none = () => ({ kind: 'none' }) as const;

/** The runner's phase as the story picture sees it. */
function storyPhase(phase: Phase): StoryPhase {
  if (phase === 'intro' || phase === 'choose') return 'scene';
  if (phase === 'outcome' || phase === 'practice') return phase;
  return 'end';
}
const silence = () => null;
const worldMusic = (ctx: UiContext) => ctx.session.getState().world;
const firstWorld = () => FIRST_WORLD.family;

export const SCREENS: Record<Screen, ScreenEntry> = {
  title: titleEntry,

  map: {
    instance: () => 'map',
    render: (ctx) => ({ el: mapScreen(ctx) }),
    back: toStart,
    stage: () => ({ kind: 'map', mood: 'waving' }),
    music: () => 'map',
  },

  world: {
    instance: (ctx) => {
      const { world } = ctx.session.getState();
      return world && `world:${world}`;
    },
    render: (ctx) => ({ el: worldScreen(ctx, ctx.session.getState().world!) }),
    back: toMap,
    stage: (ctx) => ({ kind: 'world', family: ctx.session.getState().world!, mood: 'talking' }),
    music: worldMusic,
  },

  scenario: {
    instance: (ctx) => {
      const { runner } = ctx.session.getState();
      return runner && ctx.session.scenario() ? `scenario:${runner.scenarioId}:${runner.stepId}:${runner.phase}:${runner.line}` : null;
    },
    render: (ctx) => {
      const scenario = ctx.session.scenario()!;
      const runner = ctx.session.getState().runner!;
      const line = scenario.steps.find((s) => s.id === runner.stepId)?.lines[runner.line];
      return { el: scenarioScreen(ctx, scenario, runner), spoken: runner.phase === 'intro' && line ? ctx.i18n.t(line) : '' };
    },
    back: toWorld,
    stage: (ctx) => {
      const scenario = ctx.session.scenario()!;
      const runner = ctx.session.getState().runner!;
      return {
        kind: 'story',
        family: scenario.family,
        scenarioId: scenario.id,
        stepId: runner.stepId,
        phase: storyPhase(runner.phase),
        choiceId: runner.phase === 'outcome' ? runner.choiceId : null,
        mood: mascotMood(scenario, runner),
      };
    },
    music: worldMusic,
  },

  reward: {
    instance: (ctx) => {
      const { reward } = ctx.session.getState();
      return reward && `reward:${reward}`;
    },
    render: (ctx) => ({ el: rewardScreen(ctx, ctx.session.getState().reward!) }),
    back: toMap,
    stage: (ctx) => ({ kind: 'reward', family: ctx.session.getState().reward!, mood: 'happy' }),
    music: (ctx) => ctx.session.getState().reward,
  },

  game: {
    instance: (ctx) => {
      const { game } = ctx.session.getState();
      return game && miniGameViewKey(game);
    },
    render: (ctx, scope) => ({ el: miniGameScreen(ctx, ctx.session.getState().game!, scope) }),
    back: toWorld,
    stage: (ctx) => {
      const { game } = ctx.session.getState();
      return { kind: 'game', gameId: game!.gameId, gameType: game!.type, mood: miniGameMood(game!) };
    },
    music: worldMusic,
  },

  certificate: {
    instance: () => 'certificate',
    render: (ctx) => ({ el: certificateScreen(ctx) }),
    back: toMap,
    stage: none,
    music: silence,
  },

  guide: {
    instance: (ctx) => `guide:${ctx.session.getState().world ?? firstWorld()}`,
    render: (ctx) => ({ el: guideScreen(ctx, ctx.session.getState().world ?? firstWorld()) }),
    back: toStart,
    stage: none,
    music: silence,
  },

  attract: {
    // A kiosk's reset brings its first language back after the screen shows: the invitation then
    // starts over from that language, not from the last visitor's.
    instance: (ctx) => `attract:${ctx.i18n.language}`,
    render: (ctx, scope) => ({ el: attractScreen(ctx, (lang) => ctx.startVisit(lang), scope) }),
    back: null,
    stage: attractStage,
    music: silence,
  },

  tourEnd: {
    instance: () => 'tourEnd',
    render: (ctx, scope) => ({ el: tourEndScreen(ctx, scope) }),
    back: null,
    stage: () => ({ kind: 'reward', family: firstWorld(), mood: 'waving' }),
    music: silence,
  },

  album: {
    instance: () => 'album',
    render: (ctx) => ({ el: albumScreen(ctx) }),
    back: toMap,
    stage: none,
    music: silence,
  },

  credits: {
    instance: () => 'credits',
    render: (ctx) => ({ el: creditsScreen(ctx) }),
    back: toStart,
    stage: none,
    music: silence,
  },
};
