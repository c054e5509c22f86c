/**
 * The order the worlds open in, as plain data with no imports: the build's font subsetting
 * (scripts/vite/fontText.ts) reads it without loading the curriculum, and `WORLDS` in index.ts
 * is built in this order. Every risk family has its place (tests/unit/content.test.ts checks).
 */
import type { RiskFamily } from './types';

export const WORLD_ORDER = ['contact', 'content', 'conduct', 'contract'] as const satisfies readonly RiskFamily[];
