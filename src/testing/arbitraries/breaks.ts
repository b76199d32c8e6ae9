/**
 * Invalid values derived from the zod schemas, as the arbitraries' valid ones are: a valid value
 * with one field broken in each way its schema refuses (a required field left out, a value of the
 * wrong type, one outside an enum, a date or pattern not met, a bound crossed, a key the schema
 * does not know), each with the path of the field an error must name.
 * @internal
 */
import { PRIVATE_TEXT } from '../_lifecycle/sampler.js';
import { accepts, checksOf, type Def, defOf, limitsOf, type Schema } from './fromSchema.js';

type Path = readonly (string | number)[];

/** @internal A valid value with one field broken, and the path an error about it must name. */
export interface Break {
  readonly path: Path;
  readonly value: unknown;
}

const OMIT = Symbol('omit');
type Edit = readonly [Path, unknown];

/** How many items of a list, or entries of a record, have their own fields broken. */
const ITEMS = 2;
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch']);

const unwrap = (d: Def): Def =>
  WRAPPERS.has(d.type) || d.type === 'nonoptional'
    ? unwrap(defOf(d.innerType as Schema))
    : d.type === 'pipe'
      ? unwrap(defOf(d.in as Schema))
      : d.type === 'lazy'
        ? unwrap(defOf((d.getter as () => Schema)()))
        : d;

/** A value no schema of this kind takes: free text (never echoed) where text is not expected. */
const wrongType = (d: Def) => (d.type === 'string' ? 42 : PRIVATE_TEXT);

type Edits = (d: Def, v: unknown, path: Path, out: Edit[]) => void;

const stringEdits: Edits = (d, _, path, out) => {
  const checks = checksOf(d);
  if (d.format === 'date') out.push([path, '2025-13-01']);
  else if (d.format === 'datetime') out.push([path, '2025-03-01T09:00:00']);
  else if (d.pattern instanceof RegExp || checks.some((c) => c.pattern instanceof RegExp))
    out.push([path, PRIVATE_TEXT]);
  const { lo, hi } = limitsOf(checks);
  if (lo !== undefined && lo > 0) out.push([path, '']);
  if (hi !== undefined) out.push([path, 'x'.repeat(hi + 1)]);
};

const numberEdits: Edits = (d, _, path, out) => {
  const checks = checksOf(d);
  if (checks.some((c) => c.format === 'safeint' || c.format === 'int32')) out.push([path, 1.5]);
  const { lo, hi } = limitsOf(checks);
  if (lo !== undefined) out.push([path, lo - 1]);
  if (hi !== undefined) out.push([path, hi + 1]);
};

const objectEdits: Edits = (d, v, path, out) => {
  const fields = v as Record<string, unknown>;
  for (const [key, field] of Object.entries(d.shape as Record<string, Schema>)) {
    const at = [...path, key];
    const fieldDef = defOf(field);
    if (fields[key] === undefined) {
      out.push([at, wrongType(unwrap(fieldDef))]);
      continue;
    }
    if (!WRAPPERS.has(fieldDef.type)) out.push([at, OMIT]);
    edits(field, fields[key], at, out);
  }
  if (d.catchall && defOf(d.catchall as Schema).type === 'never')
    out.push([[...path, 'unexpected'], true]);
};

const arrayEdits: Edits = (d, v, path, out) => {
  const items = v as unknown[];
  const { lo, hi } = limitsOf(checksOf(d));
  if (lo !== undefined && lo > 0) out.push([path, []]);
  if (hi !== undefined && items.length > 0)
    out.push([path, Array.from({ length: hi + 1 }, () => items[0])]);
  items.slice(0, ITEMS).forEach((item, i) => {
    edits(d.element as Schema, item, [...path, i], out);
  });
};

const recordEdits: Edits = (d, v, path, out) => {
  for (const [key, value] of Object.entries(v as object).slice(0, ITEMS))
    edits(d.valueType as Schema, value, [...path, key], out);
};

const shapeOf = (s: Schema) => unwrap(defOf(s)).shape as Record<string, Schema>;

function unionEdits(s: Schema, d: Def, v: unknown, path: Path, out: Edit[]) {
  const key = d.discriminator as string | undefined;
  if (key === undefined || typeof v !== 'object') {
    // Which option a value meant is unknowable: an error names the union itself.
    const refused = [PRIVATE_TEXT, 42, [], {}].find((x) => !accepts(s)(x));
    if (refused !== undefined) out.push([path, refused]);
    return;
  }
  const tag = (v as Record<string, unknown>)[key];
  const chosen = (d.options as Schema[]).find((o) => accepts(shapeOf(o)[key] as Schema)(tag));
  if (chosen) edits(chosen, v, path, out);
}

/** The breaks of each kind of schema, beyond a value of the wrong type. */
const BY_TYPE: Readonly<Record<string, Edits>> = {
  object: objectEdits,
  array: arrayEdits,
  record: recordEdits,
  string: stringEdits,
  number: numberEdits,
  boolean: () => {},
  enum: () => {},
  literal: () => {},
};

function edits(s: Schema, v: unknown, path: Path, out: Edit[]): void {
  const d = unwrap(defOf(s));
  if (v === undefined || v === null) return;
  const more = BY_TYPE[d.type];
  if (d.type === 'union') unionEdits(s, d, v, path, out);
  else if (more) {
    out.push([path, wrongType(d)]);
    more(d, v, path, out);
  }
}

function edited(value: unknown, [path, replacement]: Edit): unknown {
  const copy = structuredClone(value);
  if (path.length === 0) return replacement;
  let at = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) at = at[step] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (replacement === OMIT) delete at[last];
  else at[last] = replacement;
  return copy;
}

/**
 * @internal Every way to break `value` (which `schema` accepts) at one field that the schema
 * refuses, each with the path of that field; `keep` leaves out fields whose breaking means
 * something else (an event's `type`, which makes it an unknown event).
 */
export function breaksOf(
  schema: Schema,
  value: unknown,
  keep: (path: Path) => boolean = () => true,
): Break[] {
  const out: Edit[] = [];
  edits(schema, value, [], out);
  const refuses = (v: unknown) => !accepts(schema)(v);
  return out
    .filter(([path]) => keep(path))
    .map((edit) => ({ path: edit[0], value: edited(value, edit) }))
    .filter((b) => refuses(b.value));
}
