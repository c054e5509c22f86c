import type { Scenario } from '../types';

/** Content: what a child sees online. In the order a child meets them. */
export const contentScenarios: Scenario[] = [];
