import type { MiniGame, RiskFamily, Scenario } from './types';
import { WORLD_ORDER } from './worldOrder';
import { conductGame } from './minigames/conduct';
import { contactGame } from './minigames/contact';
import { contentGame } from './minigames/content';
import { contractGame } from './minigames/contract';
import { conductScenarios } from './worlds/conduct';
import { contactScenarios } from './worlds/contact';
import { contentScenarios } from './worlds/content';
import { contractScenarios } from './worlds/contract';

export * from './types';

export interface World {
  family: RiskFamily;
  /** Text key of the world's short name. */
  name: string;
  scenarios: Scenario[];
  game: MiniGame;
}

/** Each family's stories and game: a family without a world is a type error here. */
const WORLD_CONTENT: Record<RiskFamily, Pick<World, 'scenarios' | 'game'>> = {
  contact: { scenarios: contactScenarios, game: contactGame },
  content: { scenarios: contentScenarios, game: contentGame },
  conduct: { scenarios: conductScenarios, game: conductGame },
  contract: { scenarios: contractScenarios, game: contractGame },
};

/** The worlds in the order they open (`WORLD_ORDER`, the one list of that order). */
export const WORLDS: World[] = WORLD_ORDER.map((family) => ({ family, name: `common:world.${family}`, ...WORLD_CONTENT[family] }));

/** The world a child meets first: where a tour ends and the grown-ups' guide opens. */
export const FIRST_WORLD: World = WORLDS[0]!;

export const ALL_SCENARIOS: Scenario[] = WORLDS.flatMap((w) => w.scenarios);

export function findGame(id: string): MiniGame | undefined {
  return WORLDS.find((w) => w.game.id === id)?.game;
}

export function findScenario(id: string): Scenario | undefined {
  return ALL_SCENARIOS.find((s) => s.id === id);
}
