import * as z from 'zod';
import { AgreementSchema } from '../model/agreement.js';
import { AssessmentSchema } from '../model/assessment.js';
import { ChildSchema } from '../model/child.js';
import { DisposalSchema } from '../model/disposal/index.js';
import { HandoverPlanSchema } from '../model/handoverPlan.js';
import { InvolvementRecordSchema } from '../model/involvement.js';
import { ParentCarerSchema } from '../model/parentCarer.js';
import { InterventionPlanSchema } from '../model/plan.js';
import { PolicySchema } from '../policy/index.js';
import { CaseEventSchema } from './events/index.js';
import { CaseFileSchema } from './persist.js';

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
  policy: PolicySchema,
  // An output: what handoverPlan() exports for the Probation Service.
  'handover-plan': HandoverPlanSchema,
} as const;

/**
 * The name of a top-level input with a JSON Schema (also the file name in `dist/schema/`).
 *
 * @example
 * const name: JsonSchemaName = 'case-file'; // dist/schema/case-file.json
 */
export type JsonSchemaName = keyof typeof TOP_LEVEL_INPUTS;

let generated: Record<JsonSchemaName, Record<string, unknown>> | undefined;

/** @internal Converts every top-level schema once, on first use (70-130 ms; a copy costs ~5 ms). */
function generate(): Record<JsonSchemaName, Record<string, unknown>> {
  const out = {} as Record<JsonSchemaName, Record<string, unknown>>;
  for (const [name, schema] of Object.entries(TOP_LEVEL_INPUTS) as [JsonSchemaName, z.ZodType][]) {
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
 * validate on its own. The same documents ship in `dist/schema/<name>.json`. Objects reject
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
