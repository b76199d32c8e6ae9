import * as z from 'zod';
import { AgreementSchema } from '../../model/agreement.js';
import { IsoDateSchema } from '../../model/dates.js';
import { requirementsOf } from '../../model/disposal/index.js';
import { TextSchema } from '../../model/ids.js';
import {
  type InterventionPlan,
  InterventionPlanSchema,
  PlanRevisionReasonSchema,
} from '../../model/plan.js';
import { defineEvent, missing, type ReferenceIssue } from '../defineEvent.js';
import { latestAssessment, latestPlan } from '../derive.js';
import type { CaseRecord, PlanVersionRecord } from '../record.js';

/** Checks that a plan refers only to what the case holds: factors, strengths, requirements, people. */
function planReferences(record: CaseRecord, plan: InterventionPlan): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  const assessment = latestAssessment(record)?.assessment;
  const factorIds = new Set(assessment?.factors.map((f) => f.id));
  const strengthIds = new Set(assessment?.strengths.map((s) => s.id));
  const requirementIds = new Set(requirementsOf(record.disposal).map((r) => r.id));
  const personIds = new Set(record.people.map((p) => p.id));
  plan.objectives.forEach((o, i) => {
    o.addresses.factorIds.forEach((id, j) => {
      if (!factorIds.has(id)) {
        issues.push(
          missing(
            ['plan', 'objectives', i, 'addresses', 'factorIds', j],
            'No assessed factor has this id',
          ),
        );
      }
    });
    o.addresses.strengthIds.forEach((id, j) => {
      if (!strengthIds.has(id)) {
        issues.push(
          missing(
            ['plan', 'objectives', i, 'addresses', 'strengthIds', j],
            'No assessed strength has this id',
          ),
        );
      }
    });
  });
  plan.deferredFactors.forEach((d, i) => {
    if (!factorIds.has(d.factorId)) {
      issues.push(
        missing(['plan', 'deferredFactors', i, 'factorId'], 'No assessed factor has this id'),
      );
    }
  });
  plan.actions.forEach((a, i) => {
    if (a.deliversRequirement !== undefined && !requirementIds.has(a.deliversRequirement)) {
      issues.push(
        missing(
          ['plan', 'actions', i, 'deliversRequirement'],
          'The disposal has no requirement with this id',
        ),
      );
    }
    if (a.owner.kind === 'parent-carer' && !personIds.has(a.owner.personId)) {
      issues.push(
        missing(
          ['plan', 'actions', i, 'owner', 'personId'],
          'No parent/carer in the case has this id',
        ),
      );
    }
  });
  return issues;
}

/** A new version supersedes drafts that were never activated; the active one stays until replaced. */
function addVersion(record: CaseRecord, version: PlanVersionRecord): CaseRecord {
  const plans = record.plans.map((p) =>
    p.status === 'draft' || p.status === 'signed-off' ? { ...p, status: 'superseded' as const } : p,
  );
  return { ...record, plans: [...plans, version] };
}

const nextVersionCheck = (record: CaseRecord, version: number): ReferenceIssue[] =>
  version === record.plans.length + 1
    ? []
    : [
        {
          kind: 'conflicting_record',
          code: 'conflicting_record',
          path: ['payload', 'version'],
          message: `The next plan version is ${record.plans.length + 1}`,
        },
      ];

const versionExists = (record: CaseRecord, version: number, path: string[]): ReferenceIssue[] =>
  record.plans.some((p) => p.version === version)
    ? []
    : [missing(path, 'No plan version with this number')];

/**
 * @internal `plan.drafted`: the first version of the intervention plan.
 */
export const planDrafted = defineEvent({
  type: 'plan.drafted',
  description: 'The first version of the intervention plan is drafted.',
  payload: z.strictObject({
    version: z.literal(1),
    on: IsoDateSchema,
    plan: InterventionPlanSchema,
  }),
  check: (record, { payload }) => [
    ...nextVersionCheck(record, payload.version),
    ...planReferences(record, payload.plan),
  ],
  apply: (record, { payload, by }) =>
    addVersion(record, {
      version: payload.version,
      reason: 'initial',
      drafted: { by, on: payload.on },
      plan: payload.plan,
      status: 'draft',
    }),
  summary: () => 'Plan version 1 drafted',
});

/**
 * @internal `plan.revised`: a new plan version, with the reason; earlier versions are kept as they were.
 */
export const planRevised = defineEvent({
  type: 'plan.revised',
  description: 'A new version of the plan is drafted, with the reason for the revision.',
  payload: z
    .strictObject({
      version: z.int().min(2),
      on: IsoDateSchema,
      reason: PlanRevisionReasonSchema,
      reasonDetail: TextSchema.optional(),
      plan: InterventionPlanSchema,
    })
    .refine((p) => p.reason !== 'other' || p.reasonDetail !== undefined, {
      path: ['reasonDetail'],
      message: 'Say why the plan was revised when the reason is "other"',
    }),
  check: (record, { payload }) => [
    ...nextVersionCheck(record, payload.version),
    ...planReferences(record, payload.plan),
  ],
  apply: (record, { payload, by }) =>
    addVersion(record, {
      version: payload.version,
      reason: payload.reason,
      ...(payload.reasonDetail !== undefined && { reasonDetail: payload.reasonDetail }),
      drafted: { by, on: payload.on },
      plan: payload.plan,
      status: 'draft',
    }),
  summary: ({ payload }) => `Plan version ${payload.version} drafted (${payload.reason})`,
});

/**
 * @internal `plan.agreementRecorded`: one party's agreement to one plan version.
 */
export const planAgreementRecorded = defineEvent({
  type: 'plan.agreementRecorded',
  description: 'The child’s or a parent/carer’s agreement to a plan version is recorded.',
  payload: AgreementSchema,
  allowedIn: ['planning', 'delivery', 'review'],
  check: (record, { payload }) => [
    ...versionExists(record, payload.planVersion, ['planVersion']),
    ...(payload.party.kind === 'parent-carer' &&
    !record.people.some((p) => p.id === (payload.party as { personId: string }).personId)
      ? [missing(['party', 'personId'], 'No parent/carer in the case has this id')]
      : []),
  ],
  apply: (record, event) => ({
    ...record,
    agreements: [...record.agreements, { ...event.payload, eventId: event.id }],
  }),
  summary: ({ payload }) =>
    `Agreement to plan version ${payload.planVersion} recorded for the ${payload.party.kind === 'child' ? 'child' : 'parent/carer'}: ${payload.status}`,
});

const versionPayload = z.strictObject({ version: z.int().min(1), on: IsoDateSchema });

/**
 * @internal `plan.signedOff`: a manager signs off the newest plan version.
 */
export const planSignedOff = defineEvent({
  type: 'plan.signedOff',
  description: 'A manager signs off the newest plan version.',
  payload: versionPayload,
  check: (record, { payload }) =>
    latestPlan(record)?.version === payload.version && latestPlan(record)?.status === 'draft'
      ? []
      : [missing(['version'], 'Only the newest draft version can be signed off')],
  apply: (record, { payload, by }) => ({
    ...record,
    plans: record.plans.map((p) =>
      p.version === payload.version
        ? { ...p, status: 'signed-off', signedOff: { by, on: payload.on } }
        : p,
    ),
  }),
  summary: ({ payload }) => `Plan version ${payload.version} signed off`,
});

/**
 * @internal `plan.activated`: delivery of a signed-off plan version begins; the previous active one is superseded.
 */
export const planActivated = defineEvent({
  type: 'plan.activated',
  description: 'Delivery of the signed-off plan version begins.',
  payload: versionPayload,
  check: (record, { payload }) =>
    latestPlan(record)?.version === payload.version && latestPlan(record)?.status === 'signed-off'
      ? []
      : [missing(['version'], 'Only the newest signed-off version can be activated')],
  apply: (record, { payload }) => ({
    ...record,
    plans: record.plans.map((p) =>
      p.version === payload.version
        ? { ...p, status: 'active', activatedOn: payload.on }
        : p.status === 'active'
          ? { ...p, status: 'superseded' }
          : p,
    ),
  }),
  summary: ({ payload }) => `Plan version ${payload.version} activated`,
});

/** @internal The plan events. */
export const planEvents = [
  planDrafted,
  planRevised,
  planAgreementRecorded,
  planSignedOff,
  planActivated,
] as const;
