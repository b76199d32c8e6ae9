import type { InputEntry } from '../errors/parse.js';
import { AgreementSchema } from '../model/agreement.js';
import { AssessmentSchema } from '../model/assessment.js';
import { ChildSchema } from '../model/child.js';
import { DisposalSchema } from '../model/disposal/schema.js';
import { SeriousCustodySchema } from '../model/disposal/seriousCustody.js';
import { HandoverPlanSchema } from '../model/handoverPlan.js';
import { InvolvementRecordSchema } from '../model/involvement.js';
import { OffenceHistorySchema, OffenceSchema } from '../model/offence.js';
import { ReferralOrderContractSchema } from '../model/orders/contract.js';
import { CustodyDatesSchema } from '../model/orders/custodyDates.js';
import { RevocationSchema } from '../model/orders/revocation.js';
import { OrderVariationSchema } from '../model/orders/variation.js';
import { ParentCarerSchema } from '../model/parentCarer.js';
import { InterventionPlanSchema } from '../model/plan.js';
import { RemandOrBailSchema } from '../model/remand.js';
import { PolicySchema, safeParsePolicy } from '../policy/index.js';
import { CaseEventSchema } from './events/index.js';
import { parseEvent } from './parse.js';
import { CaseFileSchema, safeParseCaseFile } from './persist.js';

/**
 * @internal Every top-level input a host may validate on its own, in one table: the key is the
 * input's JSON Schema name (`jsonSchemas()`, `dist/schema/<key>.json`, `yjplan/schema/<key>.json`)
 * and, in PascalCase, the name of its parsers on `yjplan/schemas` (`parseInterventionPlan`,
 * `safeParseInterventionPlan`), which are generated from it. A new input is one line here.
 */
export const INPUTS = {
  'case-file': { schema: CaseFileSchema, safeParse: safeParseCaseFile },
  'case-event': { schema: CaseEventSchema, safeParse: parseEvent },
  child: { schema: ChildSchema, what: 'child' },
  'parent-carer': { schema: ParentCarerSchema, what: 'parent/carer' },
  disposal: { schema: DisposalSchema, what: 'disposal' },
  'serious-custody': { schema: SeriousCustodySchema, what: 'custodial sentence' },
  offence: { schema: OffenceSchema, what: 'offence' },
  'offence-history': { schema: OffenceHistorySchema, what: 'offence history' },
  'remand-or-bail': { schema: RemandOrBailSchema, what: 'remand or bail' },
  'referral-order-contract': {
    schema: ReferralOrderContractSchema,
    what: 'youth offender contract',
  },
  'order-variation': { schema: OrderVariationSchema, what: 'order variation' },
  revocation: { schema: RevocationSchema, what: 'revocation' },
  'custody-dates': { schema: CustodyDatesSchema, what: 'custody dates' },
  assessment: { schema: AssessmentSchema, what: 'assessment' },
  'intervention-plan': { schema: InterventionPlanSchema, what: 'intervention plan' },
  agreement: { schema: AgreementSchema, what: 'agreement' },
  'involvement-record': { schema: InvolvementRecordSchema, what: 'involvement record' },
  policy: { schema: PolicySchema, safeParse: safeParsePolicy },
  // An output: what handoverPlan() exports for the Probation Service, as the receiving system reads it.
  'handover-plan': { schema: HandoverPlanSchema, what: 'hand-over plan' },
} as const satisfies Readonly<Record<string, InputEntry>>;

/**
 * The name of a top-level input with a JSON Schema and a pair of parsers.
 *
 * @example
 * const name: InputName = 'case-file'; // yjplan/schema/case-file.json, parseCaseFile
 */
export type InputName = keyof typeof INPUTS;
