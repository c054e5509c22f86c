/**
 * The documented shape of the one `localStorage` record (README "What is
 * stored", src/state/savedState.ts), as a small JSON-schema-like description
 * and a strict validator: every field required, no field more. A test that
 * finds anything else on the device after play fails with the path at fault.
 */
import { ALL_SCENARIOS, WORLDS } from '../../src/content';
import { LANG_CODES } from '../../src/i18n/languages';
import { STORAGE_VERSION, TEXT_SIZES } from '../../src/state/savedState';

export type Schema =
  | { type: 'object'; properties: Record<string, Schema> }
  | { type: 'array'; items: Schema; unique: true }
  | { type: 'string'; enum?: readonly string[] }
  | { type: 'number'; minimum: number; maximum: number }
  | { type: 'boolean' }
  | { const: unknown }
  | { anyOf: Schema[] };

const nullable = (schema: Schema): Schema => ({ anyOf: [{ const: null }, schema] });
const scenarioIds = ALL_SCENARIOS.map((s) => s.id);
const gameIds = WORLDS.map((w) => w.game.id);
const volume: Schema = { type: 'number', minimum: 0, maximum: 1 };

export const SAVED_SCHEMA: Schema = {
  type: 'object',
  properties: {
    version: { const: STORAGE_VERSION },
    state: {
      type: 'object',
      properties: {
        settings: {
          type: 'object',
          properties: {
            language: nullable({ type: 'string', enum: LANG_CODES }),
            sound: { type: 'boolean' },
            musicVolume: volume,
            effectsVolume: volume,
            textSize: { type: 'string', enum: TEXT_SIZES },
            reducedMotion: nullable({ type: 'boolean' }),
            highContrast: nullable({ type: 'boolean' }),
            playTogether: nullable({ type: 'boolean' }),
          },
        },
        progress: {
          type: 'object',
          properties: {
            completed: { type: 'array', items: { type: 'string', enum: scenarioIds }, unique: true },
            games: { type: 'array', items: { type: 'string', enum: gameIds }, unique: true },
            current: nullable({
              type: 'object',
              properties: { scenarioId: { type: 'string', enum: scenarioIds }, stepId: { type: 'string' } },
            }),
          },
        },
      },
    },
  },
};

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every way `value` departs from `schema`, as "path: problem"; empty when it fits. */
export function schemaErrors(value: unknown, schema: Schema = SAVED_SCHEMA, path = '$'): string[] {
  if ('const' in schema) return Object.is(value, schema.const) ? [] : [`${path}: expected ${JSON.stringify(schema.const)}`];
  if ('anyOf' in schema) {
    const tries = schema.anyOf.map((s) => schemaErrors(value, s, path));
    return tries.some((e) => e.length === 0) ? [] : tries.flat();
  }
  switch (schema.type) {
    case 'object': {
      if (!isPlainObject(value)) return [`${path}: expected an object`];
      const errors = Object.keys(value)
        .filter((k) => !(k in schema.properties))
        .map((k) => `${path}.${k}: not in the schema`);
      for (const [k, sub] of Object.entries(schema.properties)) {
        if (!(k in value)) errors.push(`${path}.${k}: missing`);
        else errors.push(...schemaErrors(value[k], sub, `${path}.${k}`));
      }
      return errors;
    }
    case 'array': {
      if (!Array.isArray(value)) return [`${path}: expected an array`];
      const errors = value.flatMap((item, i) => schemaErrors(item, schema.items, `${path}[${i}]`));
      if (new Set(value.map((v) => JSON.stringify(v))).size !== value.length) errors.push(`${path}: repeated items`);
      return errors;
    }
    case 'string':
      if (typeof value !== 'string') return [`${path}: expected a string`];
      return schema.enum && !schema.enum.includes(value) ? [`${path}: ${JSON.stringify(value)} is not one of the known values`] : [];
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return [`${path}: expected a number`];
      return value < schema.minimum || value > schema.maximum ? [`${path}: ${value} is outside ${schema.minimum}..${schema.maximum}`] : [];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${path}: expected true or false`];
  }
}

/** Validates the raw string as stored under the key. */
export function savedRecordErrors(raw: string | null): string[] {
  if (raw === null) return ['$: nothing stored'];
  try {
    return schemaErrors(JSON.parse(raw));
  } catch {
    return ['$: not JSON'];
  }
}
