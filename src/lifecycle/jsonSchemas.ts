import * as z from 'zod';
import { INPUTS, type InputName } from './inputs.js';

/**
 * The name of a top-level input with a JSON Schema (also the file name in `dist/schema/`, and
 * the subpath `yjplan/schema/<name>.json`).
 *
 * @example
 * const name: JsonSchemaName = 'case-file'; // yjplan/schema/case-file.json
 */
export type JsonSchemaName = InputName;

let generated: Record<JsonSchemaName, Record<string, unknown>> | undefined;

/** @internal Converts every top-level schema once, on first use (70-130 ms; a copy costs ~5 ms). */
function generate(): Record<JsonSchemaName, Record<string, unknown>> {
  const out = {} as Record<JsonSchemaName, Record<string, unknown>>;
  for (const [name, { schema }] of Object.entries(INPUTS) as [
    JsonSchemaName,
    { schema: z.ZodType },
  ][]) {
    out[name] = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<
      string,
      unknown
    >;
  }
  return out;
}

/**
 * JSON Schema (draft 2020-12) for every top-level input, keyed by name, for hosts that do not
 * speak TypeScript: the case file, one event, the policy, and the parts of the model a host may
 * validate on its own. The same documents ship as `yjplan/schema/<name>.json`. Objects reject
 * unknown keys (`additionalProperties: false`); defaults make fields optional (`io: 'input'`).
 * Rules JSON Schema cannot express (references within a plan, legal limits that depend on the
 * conviction date or the child's age) are checked by the parsers. Each call returns a fresh
 * copy, so callers may change it freely.
 *
 * @example
 * const schemas = jsonSchemas();
 * ajv.compile(schemas['case-file']);
 */
export function jsonSchemas(): Record<JsonSchemaName, Record<string, unknown>> {
  generated ??= generate();
  return structuredClone(generated);
}
