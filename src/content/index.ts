import type { MiniGame, RiskFamily, Scenario } from './types';
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

/** The worlds in the order they open. */
export const WORLDS: World[] = [
  { family: 'contact', name: 'common:world.contact', scenarios: contactScenarios, game: contactGame },
  { family: 'content', name: 'common:world.content', scenarios: contentScenarios, game: contentGame },
  { family: 'conduct', name: 'common:world.conduct', scenarios: conductScenarios, game: conductGame },
  { family: 'contract', name: 'common:world.contract', scenarios: contractScenarios, game: contractGame },
];

/** The world a child meets first: where a tour ends and the grown-ups' guide opens. */
export const FIRST_WORLD: World = WORLDS[0]!;

export const ALL_SCENARIOS: Scenario[] = WORLDS.flatMap((w) => w.scenarios);

export function findGame(id: string): MiniGame | undefined {
  return WORLDS.find((w) => w.game.id === id)?.game;
}

export function findScenario(id: string): Scenario | undefined {
  return ALL_SCENARIOS.find((s) => s.id === id);
}
