import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type JsonSchemaName, jsonSchemas } from '../../src/lifecycle/jsonSchemas.js';
import { safeParseCaseFile } from '../../src/lifecycle/persist.js';
import { AgreementSchema } from '../../src/model/agreement.js';
import { AssessmentSchema } from '../../src/model/assessment.js';
import { ChildSchema } from '../../src/model/child.js';
import { InvolvementRecordSchema } from '../../src/model/involvement.js';
import { ParentCarerSchema } from '../../src/model/parentCarer.js';
import { InterventionPlanSchema } from '../../src/model/plan.js';
import { safeParsePolicy } from '../../src/policy/index.js';
import {
  safeParseCaseEvent,
  safeParseCustodyDates,
  safeParseDisposal,
  safeParseHandoverPlan,
  safeParseOffence,
  safeParseOffenceHistory,
  safeParseOrderVariation,
  safeParseReferralOrderContract,
  safeParseRemandOrBail,
  safeParseRevocation,
  safeParseSeriousCustody,
} from '../../src/schemas.js';
import { arbitraries } from '../../src/testing/arbitraries/index.js';

type Accepts = (value: unknown) => boolean;
const schema =
  (s: { safeParse: (v: unknown) => { success: boolean } }): Accepts =>
  (v) =>
    s.safeParse(v).success;
const result =
  (parse: (v: unknown) => { ok: boolean }): Accepts =>
  (v) =>
    parse(v).ok;

/**
 * Every top-level input with a JSON Schema, its arbitrary and the parser a host would call. A new
 * input in jsonSchemas() fails type checking here until it has an arbitrary.
 */
const TOP_LEVEL: Record<JsonSchemaName, readonly [() => fc.Arbitrary<unknown>, Accepts]> = {
  'case-file': [() => arbitraries.caseFile({ maxCycles: 2 }), result(safeParseCaseFile)],
  'case-event': [() => arbitraries.caseEvent({ maxCycles: 2 }), result(safeParseCaseEvent)],
  child: [arbitraries.child, schema(ChildSchema)],
  disposal: [arbitraries.disposal, result(safeParseDisposal)],
  assessment: [arbitraries.assessment, schema(AssessmentSchema)],
  'intervention-plan': [arbitraries.interventionPlan, schema(InterventionPlanSchema)],
  agreement: [arbitraries.agreement, schema(AgreementSchema)],
  'parent-carer': [arbitraries.parentCarer, schema(ParentCarerSchema)],
  'involvement-record': [arbitraries.involvementRecord, schema(InvolvementRecordSchema)],
  policy: [arbitraries.policy, result(safeParsePolicy)],
  'handover-plan': [arbitraries.handoverPlan, result(safeParseHandoverPlan)],
  'serious-custody': [arbitraries.seriousCustody, result(safeParseSeriousCustody)],
  offence: [arbitraries.offence, result(safeParseOffence)],
  'offence-history': [arbitraries.offenceHistory, result(safeParseOffenceHistory)],
  'remand-or-bail': [arbitraries.remandOrBail, result(safeParseRemandOrBail)],
  'referral-order-contract': [
    arbitraries.referralOrderContract,
    result(safeParseReferralOrderContract),
  ],
  'order-variation': [arbitraries.orderVariation, result(safeParseOrderVariation)],
  revocation: [arbitraries.revocation, result(safeParseRevocation)],
  'custody-dates': [arbitraries.custodyDates, result(safeParseCustodyDates)],
};

describe('an arbitrary for every top-level input', () => {
  it('covers exactly the inputs jsonSchemas() describes', () => {
    expect(Object.keys(TOP_LEVEL).sort()).toEqual(Object.keys(jsonSchemas()).sort());
  });

  it.each(Object.entries(TOP_LEVEL))(
    '%s: the parser accepts every sample',
    (_, [arb, accepts]) => {
      fc.assert(
        fc.property(arb(), (value) => accepts(value)),
        { numRuns: 60 },
      );
    },
    60_000,
  );

  it('samples policies that change something, including per-disposal overrides', () => {
    const samples = fc.sample(arbitraries.policy(), { numRuns: 200, seed: 3 });
    expect(samples.some((p) => Object.keys(p.byDisposalType ?? {}).length > 0)).toBe(true);
    expect(samples.some((p) => p.reviews?.intervalMonths !== undefined)).toBe(true);
    const parsed = samples.map((p) => safeParsePolicy(p));
    expect(parsed.every((r) => r.ok)).toBe(true);
  });

  it('samples single events of many types', () => {
    const types = new Set(
      fc.sample(arbitraries.caseEvent(), { numRuns: 300, seed: 5 }).map((e) => e.type),
    );
    expect(types.size).toBeGreaterThan(12);
    // 300 generated cases: seconds on a loaded machine.
  }, 60_000);
});
