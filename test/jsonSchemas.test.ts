import { describe, expect, it } from 'vitest';
import { type JsonSchemaName, jsonSchemas } from '../src/lifecycle/jsonSchemas.js';
import { replay } from '../src/lifecycle/replay.js';
import {
  MULTI_AGENCY_EXAMPLE,
  multiAgencyExampleEvents,
  workedExampleEvents,
} from '../src/testing/index.js';
import { handoverPlan } from '../src/views/handoverPlan.js';

type Schema = Record<string, unknown>;
type Path = (string | number)[];

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const typeOf = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;

/**
 * A small structural check of a value against a JSON Schema (the keywords zod emits: `$ref`,
 * `type`, `const`, `enum`, `properties`, `required`, `additionalProperties`, `items`, `oneOf`,
 * `anyOf`, `allOf`, `pattern`, lengths and bounds). Returns the paths where the value fails.
 */
function violations(root: Schema, schema: Schema, value: unknown, path: Path = []): Path[] {
  const fail = [path];
  const ref = schema.$ref;
  if (typeof ref === 'string') {
    const target =
      ref === '#' ? root : (root.$defs as Record<string, Schema>)[ref.replace('#/$defs/', '')];
    return target ? violations(root, target, value, path) : fail;
  }
  const t = schema.type;
  if (
    typeof t === 'string' &&
    t !== typeOf(value) &&
    !(t === 'number' && typeof value === 'number')
  ) {
    return fail;
  }
  if ('const' in schema && schema.const !== value) return fail;
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return fail;
  const out: Path[] = [];
  if (typeof value === 'string') {
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value))
      return fail;
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) return fail;
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) return fail;
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) return fail;
    if (typeof schema.maximum === 'number' && value > schema.maximum) return fail;
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) return fail;
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) return fail;
    if (isObject(schema.items)) {
      const items = schema.items;
      value.forEach((v, i) => {
        out.push(...violations(root, items, v, [...path, i]));
      });
    }
  }
  if (isObject(value)) {
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) {
      if (!(key in value)) out.push([...path, key]);
    }
    for (const [key, v] of Object.entries(value)) {
      const p = props[key];
      if (p) out.push(...violations(root, p, v, [...path, key]));
      else if (schema.additionalProperties === false) out.push([...path, key]);
      else if (isObject(schema.additionalProperties)) {
        out.push(...violations(root, schema.additionalProperties, v, [...path, key]));
      }
    }
  }
  for (const sub of (schema.allOf ?? []) as Schema[])
    out.push(...violations(root, sub, value, path));
  for (const [keyword, want] of [
    ['oneOf', 1],
    ['anyOf', 0],
  ] as const) {
    const options = schema[keyword] as Schema[] | undefined;
    if (!options) continue;
    const passing = options.filter((o) => violations(root, o, value, path).length === 0).length;
    if (want === 1 ? passing !== 1 : passing === 0) out.push(path);
  }
  return out;
}

/** Every sub-schema that describes an object with named properties. */
function objectSchemas(schema: unknown, found: Schema[] = []): Schema[] {
  if (Array.isArray(schema)) for (const s of schema) objectSchemas(s, found);
  else if (isObject(schema)) {
    if (schema.type === 'object' && isObject(schema.properties)) found.push(schema);
    for (const [key, v] of Object.entries(schema)) {
      if (key !== 'default' && key !== 'const' && key !== 'enum') objectSchemas(v, found);
    }
  }
  return found;
}

const TOP_LEVEL_INPUTS: JsonSchemaName[] = [
  'case-file',
  'case-event',
  'policy',
  'child',
  'disposal',
  'assessment',
  'intervention-plan',
  'agreement',
  'parent-carer',
  'involvement-record',
  'serious-custody',
  'offence',
  'offence-history',
  'remand-or-bail',
  'referral-order-contract',
  'order-variation',
  'revocation',
  'custody-dates',
  // An output a host sends on (the hand-over to probation), described for the receiving end.
  'handover-plan',
];

const caseFile = () => ({ schemaVersion: 1, events: workedExampleEvents() });

describe('jsonSchemas', () => {
  const schemas = jsonSchemas();

  it('has a JSON Schema for every top-level input, and nothing else', () => {
    expect(Object.keys(schemas).sort()).toEqual([...TOP_LEVEL_INPUTS].sort());
  });

  it.each(TOP_LEVEL_INPUTS)(
    'gives %s as a draft 2020-12 schema of an object or of alternatives',
    (name) => {
      const schema = schemas[name];
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      if (Array.isArray(schema.oneOf)) {
        expect(schema.oneOf.length).toBeGreaterThan(1);
        for (const option of schema.oneOf) expect(option).toMatchObject({ type: 'object' });
      } else {
        expect(schema).toMatchObject({ type: 'object', properties: expect.any(Object) });
      }
    },
  );

  it.each(TOP_LEVEL_INPUTS)('rejects unknown keys in every object of %s', (name) => {
    const open = objectSchemas(schemas[name]).filter((s) => s.additionalProperties !== false);
    expect(open).toEqual([]);
  });

  it('gives a case file with schemaVersion 1 and a list of events', () => {
    const schema = schemas['case-file'];
    expect(schema.required).toEqual(['schemaVersion', 'events']);
    expect(schema.properties).toMatchObject({
      schemaVersion: { const: 1 },
      events: { type: 'array', minItems: 1, items: { oneOf: expect.any(Array) } },
    });
  });

  it('accepts the worked example’s case file, structurally', () => {
    expect(violations(schemas['case-file'], schemas['case-file'], caseFile())).toEqual([]);
  });

  it('accepts each event of the worked example against the event schema, structurally', () => {
    const schema = schemas['case-event'];
    const failing = workedExampleEvents().filter((e) => violations(schema, schema, e).length > 0);
    expect(failing).toEqual([]);
  });

  it('accepts, structurally, the multi-agency example’s events and its hand-over plan', () => {
    const file = { schemaVersion: 1, events: multiAgencyExampleEvents() };
    expect(violations(schemas['case-file'], schemas['case-file'], file)).toEqual([]);
    const plan = handoverPlan(replay(file.events), { asOf: MULTI_AGENCY_EXAMPLE.handedOverOn });
    const schema = schemas['handover-plan'];
    expect(violations(schema, schema, JSON.parse(JSON.stringify(plan)))).toEqual([]);
    expect(violations(schema, schema, { ...plan, secret: 1 })).toEqual([['secret']]);
  });

  it('rejects, structurally, a misspelt key in the worked example at that key', () => {
    const file = caseFile();
    const opened = file.events[0] as { payload: { child: Record<string, unknown> } };
    opened.payload.child.preferedName = 'x';
    const schema = schemas['case-file'];
    // The event matches none of the alternatives once its child has an unknown key.
    expect(violations(schema, schema, file)).toEqual([['events', 0]]);
  });

  it('rejects, structurally, a referral order of 14 months', () => {
    const schema = schemas.disposal;
    const opened = workedExampleEvents()[0] as { payload: { disposal: Record<string, unknown> } };
    const disposal = opened.payload.disposal;
    expect(violations(schema, schema, disposal)).toEqual([]);
    expect(violations(schema, schema, { ...disposal, lengthMonths: 14 })).toEqual([[]]);
  });

  it('gives calendar dates their format and a pattern that excludes 30 February', () => {
    const child = schemas.child as { properties: { dateOfBirth: Schema } };
    const dob = child.properties.dateOfBirth;
    expect(dob.format).toBe('date');
    expect(violations(dob, dob, '2010-01-20')).toEqual([]);
    expect(violations(dob, dob, '2010-02-30')).toEqual([[]]);
  });

  it('returns a fresh copy on every call', () => {
    const first = jsonSchemas();
    (first.child as { mutated?: boolean }).mutated = true;
    expect(jsonSchemas().child).not.toHaveProperty('mutated');
  });
});
