import type { Scenario } from '../types';

/** Contract and commercial: scams, purchases, data and terms. In the order a child meets them. */
export const contractScenarios: Scenario[] = [];
