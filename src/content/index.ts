import type { RiskFamily, Scenario } from './types';
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
}

/** The worlds in the order they open. */
export const WORLDS: World[] = [
  { family: 'contact', name: 'common:world.contact', scenarios: contactScenarios },
  { family: 'content', name: 'common:world.content', scenarios: contentScenarios },
  { family: 'conduct', name: 'common:world.conduct', scenarios: conductScenarios },
  { family: 'contract', name: 'common:world.contract', scenarios: contractScenarios },
];

export const ALL_SCENARIOS: Scenario[] = WORLDS.flatMap((w) => w.scenarios);

export function findScenario(id: string): Scenario | undefined {
  return ALL_SCENARIOS.find((s) => s.id === id);
}
