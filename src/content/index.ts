import type { RiskFamily, Scenario } from './types';
import { contactFriendRequest } from './scenarios/contactFriendRequest';

export * from './types';

export interface World {
  family: RiskFamily;
  name: string;
  scenarios: Scenario[];
}

/** The worlds in the order they open. More scenarios join as they are written. */
export const WORLDS: World[] = [
  { family: 'contact', name: 'common:world.contact', scenarios: [contactFriendRequest] },
];

export const ALL_SCENARIOS: Scenario[] = WORLDS.flatMap((w) => w.scenarios);

export function findScenario(id: string): Scenario | undefined {
  return ALL_SCENARIOS.find((s) => s.id === id);
}
