/**
 * One derivation of fast-check arbitraries from the library's zod 4 schemas: the schema says the
 * shape, the bounds and the formats once, and the arbitrary follows it (a refinement the walk
 * cannot read is kept by filtering with the schema itself). Values are made from small choices,
 * so counterexamples shrink to readable ones: `person-1`, `2025-01-01`, the shortest list.
 * @internal
 */
import fc from 'fast-check';
import type * as z from 'zod';
import { addDays } from '../_lib/days.js';
import { PRIVATE_TEXT } from '../_lifecycle/sampler.js';

/** @internal Arbitraries for fields of a given name, wherever they occur (domain constraints). */
export type Overrides = Readonly<Record<string, fc.Arbitrary<unknown>>>;

/** @internal A zod schema's definition, as the walks read it. */
export interface Def {
  readonly type: string;
  readonly [key: string]: unknown;
}
interface Check {
  readonly check: string;
  readonly [key: string]: unknown;
}
/** @internal Any zod schema. */
export type Schema = z.core.$ZodType;

/** @internal The definition of a zod schema. */
export const defOf = (s: Schema) => (s as unknown as { _zod: { def: Def } })._zod.def;
/** @internal The definitions of a schema's checks (bounds, formats, patterns, refinements). */
export const checksOf = (d: Def): Check[] =>
  ((d.checks as { _zod: { def: Check } }[] | undefined) ?? []).map((c) => c._zod.def);
/** @internal Whether `s` accepts a value. */
export const accepts = (s: Schema) => (v: unknown) => (s as z.ZodType).safeParse(v).success;

/** The date generated dates count from (offsets shrink toward it). */
const BASE_DATE = '2025-01-01';
const dateArb = fc.integer({ min: 0, max: 730 }).map((d) => addDays(BASE_DATE, d));

/** Readable id prefixes for the names the library's schemas use. */
const PREFIX: Readonly<Record<string, string>> = {
  person: 'pc',
  objective: 'o',
  action: 'act',
  factor: 'f',
  strength: 's',
  review: 'rv',
  contact: 'c',
  assessment: 'a',
};

const idPrefix = (key: string, parent: string) => {
  const name = key === 'id' ? parent.replace(/s$/, '') : key.replace(/Ids?$/, '');
  return PREFIX[name] ?? (name.replace(/[^A-Za-z0-9]/g, '') || 'id');
};

/** @internal The inclusive least and greatest a schema's checks allow (a length, a size or a number). */
export function limitsOf(checks: readonly Check[]): { lo?: number; hi?: number } {
  let lo: number | undefined;
  let hi: number | undefined;
  for (const c of checks) {
    const value = (c.minimum ?? c.maximum ?? c.value ?? c.length) as number;
    // zod's check names, by their first word: min_length, greater_than, max_length...
    const kind = c.check.split('_')[0];
    if (kind === 'min' || kind === 'greater') {
      lo = kind === 'greater' && c.inclusive === false ? value + 1 : value;
    } else if (kind === 'max' || kind === 'less') {
      hi = kind === 'less' && c.inclusive === false ? value - 1 : value;
    } else if (kind === 'length') {
      lo = value;
      hi = value;
    }
  }
  return { lo, hi };
}

function bounds(checks: readonly Check[], min: number, max: number, span = 3): [number, number] {
  const limits = limitsOf(checks);
  const least = limits.lo ?? min;
  const hi = limits.hi ?? Math.max(max, least);
  const lo = Math.min(least, hi);
  return [lo, Math.min(hi, lo + span)];
}

function stringArb(s: Schema, d: Def, key: string, parent: string): fc.Arbitrary<string> {
  const checks = checksOf(d);
  if (d.format === 'date') return dateArb.filter(accepts(s));
  if (d.format === 'datetime') return dateArb.map((day) => `${day}T09:00:00Z`).filter(accepts(s));
  const patterns = [d.pattern, ...checks.map((c) => c.pattern)].filter(
    (p): p is RegExp => p instanceof RegExp,
  );
  const ok = accepts(s);
  if (patterns.length > 0) {
    const prefix = idPrefix(key, parent);
    if (ok(`${prefix}-1`)) return fc.integer({ min: 1, max: 5 }).map((n) => `${prefix}-${n}`);
    return fc.stringMatching(patterns[0] as RegExp).filter(ok);
  }
  const [min, max] = bounds(checks, 1, 4000);
  return fc
    .integer({ min: 1, max: 5 })
    .map((n) => `${PRIVATE_TEXT}: ${key}${n > 1 ? ` ${n}` : ''}`)
    .map((t) => (t.length > max ? t.slice(0, max).trim() : t.padEnd(min, '.')))
    .filter(ok);
}

function numberArb(d: Def): fc.Arbitrary<number> {
  const [lo, hi] = bounds(checksOf(d), 0, 100, 30);
  return fc.integer({ min: Math.ceil(lo), max: Math.max(Math.ceil(lo), Math.floor(hi)) });
}

function objectArb(d: Def, key: string, o: Overrides, depth: number) {
  const shape = d.shape as Record<string, Schema>;
  const arbs: Record<string, fc.Arbitrary<unknown>> = {};
  const requiredKeys: string[] = [];
  for (const [k, v] of Object.entries(shape)) {
    const optional = defOf(v).type === 'optional';
    if (optional && depth > 4) continue;
    arbs[k] = o[k] ?? build(optional ? (defOf(v).innerType as Schema) : v, k, key, o, depth + 1);
    if (!optional) requiredKeys.push(k);
  }
  if (!('min' in arbs && 'max' in arbs)) return fc.record(arbs, { requiredKeys });
  // A range: both ends, the least first (one end alone could cross a default for the other).
  return fc.record(arbs, { requiredKeys: [...requiredKeys, 'min', 'max'] }).map((r) => {
    const [min, max] = [r.min, r.max].sort((a, b) => Number(a) - Number(b));
    return { ...r, min, max };
  });
}

function arrayArb(d: Def, key: string, o: Overrides, depth: number) {
  const element = d.element as Schema;
  const [lo, hi] = bounds(checksOf(d), 0, 3);
  const max = depth > 4 ? lo : hi;
  const items = build(element, key, key, o, depth + 1);
  const shape = defOf(element).shape as Record<string, unknown> | undefined;
  const selector = shape && 'id' in shape ? (v: unknown) => (v as { id: unknown }).id : undefined;
  return fc.uniqueArray(items, {
    minLength: lo,
    maxLength: max,
    selector: selector ?? ((v) => JSON.stringify(v)),
  });
}

function base(s: Schema, d: Def, key: string, parent: string, o: Overrides, depth: number) {
  const inner = (name: string) => build(d[name] as Schema, key, parent, o, depth);
  switch (d.type) {
    case 'string':
      return stringArb(s, d, key, parent);
    case 'number':
      return numberArb(d);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(d.entries as Record<string, string>));
    case 'literal':
      return fc.constantFrom(...(d.values as unknown[]));
    case 'null':
      return fc.constant(null);
    case 'undefined':
    case 'unknown':
    case 'any':
      return fc.constant(undefined);
    case 'object':
      return objectArb(d, key, o, depth);
    case 'array':
      return arrayArb(d, key, o, depth);
    case 'optional':
      return fc.option(inner('innerType'), { nil: undefined });
    case 'nullable':
      return fc.option(inner('innerType'), { nil: null });
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner('innerType');
    case 'pipe':
      return inner('in');
    case 'lazy':
      return build((d.getter as () => Schema)(), key, parent, o, depth + 1);
    case 'union':
      return fc.oneof(...(d.options as Schema[]).map((x) => build(x, key, parent, o, depth)));
    case 'tuple':
      return fc.tuple(
        ...(d.items as Schema[]).map((x, i) => build(x, `${key}${i}`, key, o, depth)),
      );
    case 'intersection':
      return fc
        .tuple(inner('left'), inner('right'))
        .map(([a, b]) => ({ ...(a as object), ...(b as object) }));
    case 'record': {
      const keys = defOf(d.keyType as Schema);
      const value = build(d.valueType as Schema, key, key, o, depth + 1);
      if (keys.type === 'enum') {
        const names = Object.values(keys.entries as Record<string, string>);
        const all = Object.fromEntries(names.map((n) => [n, value]));
        return fc.record(all, d.partial === undefined ? {} : { requiredKeys: [] });
      }
      return fc.dictionary(build(d.keyType as Schema, key, key, o, depth + 1) as never, value, {
        maxKeys: 3,
      });
    }
    default:
      throw new TypeError(`No arbitrary for a zod ${d.type} schema`);
  }
}

function build(
  s: Schema,
  key: string,
  parent: string,
  o: Overrides,
  depth: number,
  fix?: (value: never) => unknown,
) {
  const d = defOf(s);
  const made = base(s, d, key, parent, o, depth) as fc.Arbitrary<unknown>;
  const arb = fix ? made.map(fix as (value: unknown) => unknown) : made;
  // A refinement says what the walk cannot read: keep only what the schema accepts.
  return checksOf(d).some((c) => c.check === 'custom') || d.type === 'pipe'
    ? arb.filter(accepts(s))
    : arb;
}

/**
 * @internal A fast-check arbitrary of what `schema` accepts, derived from its definition:
 * objects (optional keys may be left out, defaulted ones are always written, so parsing changes
 * nothing), strings with their formats, patterns and lengths (ids read `pc-1`, `o-2`; free text
 * carries the kit's private-text marker), numbers within their bounds, enums, literals, lists
 * within their lengths (items with an `id` never repeat it), unions, records, tuples, lazy
 * schemas; refinements by filtering with the schema. `overrides` give the arbitrary of every
 * field of a name, and `fix` mends the whole value before the schema's refinements are checked,
 * for what a schema cannot say (references between parts).
 */
export function arbitraryOf<S extends z.ZodType>(
  schema: S,
  overrides: Overrides = {},
  fix?: (value: z.output<S>) => z.output<S>,
): fc.Arbitrary<z.output<S>> {
  return build(schema, 'value', 'value', overrides, 0, fix) as fc.Arbitrary<z.output<S>>;
}
