import { z } from 'zod';
import { CaseEventSchema } from './lifecycle/events/index.js';
import { CaseFileSchema } from './lifecycle/persist.js';
import { AgreementSchema } from './model/agreement.js';
import { AssessmentSchema } from './model/assessment.js';
import { ChildSchema } from './model/child.js';
import { DisposalSchema } from './model/disposal/index.js';
import { InvolvementRecordSchema } from './model/involvement.js';
import { ParentCarerSchema } from './model/parentCarer.js';
import { InterventionPlanSchema } from './model/plan.js';

const TOP_LEVEL_INPUTS = {
  'case-file': CaseFileSchema,
  'case-event': CaseEventSchema,
  child: ChildSchema,
  disposal: DisposalSchema,
  assessment: AssessmentSchema,
  'intervention-plan': InterventionPlanSchema,
  agreement: AgreementSchema,
  'parent-carer': ParentCarerSchema,
  'involvement-record': InvolvementRecordSchema,
} as const;

/** The name of a top-level input with a JSON Schema. */
export type JsonSchemaName = keyof typeof TOP_LEVEL_INPUTS;

/**
 * JSON Schema (draft 2020-12) for every top-level input, keyed by name, for hosts that do not
 * speak TypeScript. The same documents ship in `dist/schema/<name>.json`. Refinements that JSON
 * Schema cannot express (legal limits that depend on dates and ages) are checked by the parsers.
 *
 * @example
 * const schemas = jsonSchemas();
 * ajv.compile(schemas['case-file']);
 */
export function jsonSchemas(): Record<JsonSchemaName, Record<string, unknown>> {
  const out = {} as Record<JsonSchemaName, Record<string, unknown>>;
  for (const [name, schema] of Object.entries(TOP_LEVEL_INPUTS) as [JsonSchemaName, z.ZodType][]) {
    out[name] = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<
      string,
      unknown
    >;
  }
  return out;
}
