import type { Scenario } from '../types';

/** Conduct: what the child and peers do online. In the order a child meets them. */
export const conductScenarios: Scenario[] = [];
