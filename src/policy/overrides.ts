import * as z from 'zod';

/** Every field optional, all the way down (an override's shape); lists are replaced whole. */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/**
 * @internal The schema of an override of a policy section: the same fields, every one optional
 * at every depth, and no defaults (an override says only what it changes). Refinements are
 * left to the section schema, which validates the merged result.
 */
export function overrideOf<S extends z.ZodType>(
  schema: S,
): z.ZodType<DeepPartial<z.output<S>>, DeepPartial<z.output<S>>> {
  return strip(schema) as unknown as z.ZodType<DeepPartial<z.output<S>>, DeepPartial<z.output<S>>>;
}

function strip(schema: z.ZodType): z.ZodType {
  if (
    schema instanceof z.ZodDefault ||
    schema instanceof z.ZodPrefault ||
    schema instanceof z.ZodOptional
  ) {
    return strip(schema.unwrap() as z.ZodType);
  }
  if (schema instanceof z.ZodObject) {
    const shape: Record<string, z.ZodType> = {};
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      shape[key] = strip(field).optional();
    }
    return z.strictObject(shape);
  }
  return schema;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const unwrap = (schema: z.ZodType): z.ZodType =>
  schema instanceof z.ZodDefault ||
  schema instanceof z.ZodPrefault ||
  schema instanceof z.ZodOptional
    ? unwrap(schema.unwrap() as z.ZodType)
    : schema;

/**
 * @internal Lays `override` over `base`, guided by the section's schema: objects of the schema
 * (a section, a contact band, the levels of a number) merge key by key, so an override names
 * only what it changes; everything else (numbers, lists, records such as `agencyDomains`) is
 * replaced whole.
 */
export function mergeOver<T>(schema: z.ZodType, base: T, override: unknown): T {
  if (override === undefined) return base;
  const inner = unwrap(schema);
  if (!(inner instanceof z.ZodObject) || !isPlainObject(base) || !isPlainObject(override)) {
    return override as T;
  }
  const shape = inner.shape as Record<string, z.ZodType>;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) continue;
    const field = shape[key];
    out[key] = field ? mergeOver(field, base[key], value) : value;
  }
  return out as T;
}
