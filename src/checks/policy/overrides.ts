import * as z from 'zod';

/** Every field optional, all the way down; arrays and records are replaced whole. */
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
export function overrideOf<S extends z.ZodType>(schema: S): z.ZodType<DeepPartial<z.output<S>>> {
  return strip(schema) as unknown as z.ZodType<DeepPartial<z.output<S>>>;
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

/**
 * @internal Lays `override` over `base`: objects merge key by key, everything else (numbers,
 * arrays, records of lists) is replaced.
 */
export function deepMerge<T>(base: T, override: DeepPartial<T> | undefined): T {
  if (override === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(override)) return override as T;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) continue;
    out[key] = key in base ? deepMerge(base[key], value as never) : value;
  }
  return out as T;
}
