import * as z from 'zod';
import { AgreementSchema } from '../../model/agreement.js';
import { IsoDateSchema } from '../../model/dates.js';
import { TextSchema } from '../../model/ids.js';
import {
  type InterventionPlan,
  InterventionPlanSchema,
  PlanRevisionReasonSchema,
} from '../../model/plan.js';
import {
  defineEvent,
  type Guard,
  missing,
  type RecordDraft,
  type ReferenceIssue,
  recordFact,
} from '../defineEvent.js';
import { latestAssessment, latestPlan, signedOffAssessment } from '../derive.js';
import { liveOrders } from '../orders.js';
import type { CaseRecord } from '../record.js';
import { signOffIssues } from '../signOff.js';

/** Checks that a plan refers only to what the case holds: factors, strengths, requirements, people. */
function planReferences(record: CaseRecord, plan: InterventionPlan): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  const assessment = latestAssessment(record)?.assessment;
  const factorIds = new Set(assessment?.factors.map((f) => f.id));
  const strengthIds = new Set(assessment?.strengths.map((s) => s.id));
  // Requirements of the orders in force as recorded now: a referral order's contract terms only
  // once the contract is agreed; a varied order's requirements as varied.
  const orders = liveOrders(record);
  const requirementIds = new Set(orders.flatMap((o) => o.requirements.map((r) => r.id)));
  const orderRequirements = new Map(
    orders.map((o) => [o.id, new Set(o.requirements.map((r) => r.id))]),
  );
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
  (plan.addressedElsewhere ?? []).forEach((a, i) => {
    if (
      a.linkedPlanId !== undefined &&
      !record.agencyPlans.some((p) => p.plan.id === a.linkedPlanId)
    ) {
      issues.push(
        missing(
          ['plan', 'addressedElsewhere', i, 'linkedPlanId'],
          'No linked agency plan has this id',
        ),
      );
    }
  });
  plan.actions.forEach((a, i) => {
    const inOrder = a.orderId === undefined ? undefined : orderRequirements.get(a.orderId);
    if (a.orderId !== undefined && inOrder === undefined) {
      issues.push(
        missing(['plan', 'actions', i, 'orderId'], 'The case holds no order in force with this id'),
      );
    } else if (
      a.deliversRequirement !== undefined &&
      !(inOrder ?? requirementIds).has(a.deliversRequirement)
    ) {
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
function addVersion(draft: RecordDraft, version: RecordDraft['plans'][number]): void {
  for (const p of draft.plans) {
    if (p.status === 'draft' || p.status === 'signed-off') p.status = 'superseded';
  }
  draft.plans.push(version);
}

/** The draft's plan version with this number (the step that calls it has checked it exists). */
const versionOf = (draft: RecordDraft, version: number) =>
  draft.plans.find((p) => p.version === version) as RecordDraft['plans'][number];

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

/** Whether the case has a plan yet: the first version is drafted, later ones revised. */
const hasPlanFact = (hint: string) =>
  recordFact((record) => record.plans.length > 0, [true, false], { hint, path: ['type'] });
const NO_PLAN_YET: Guard<boolean> = { name: 'noPlanYet', test: (hasPlan) => hasPlan === false };
const HAS_PLAN: Guard<boolean> = { name: 'hasPlan', test: (hasPlan) => hasPlan };
const VERSION_EXISTS: Guard<boolean> = { name: 'planVersionExists', test: (exists) => exists };

/** The newest plan version's number, for samples. */
const newestVersion = (record: CaseRecord) => latestPlan(record)?.version ?? 1;

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
  moves: [{ from: 'planning.drafting', to: 'planning.awaitingAgreement', guard: NO_PLAN_YET }],
  fact: hasPlanFact('the case already has a plan; record a plan.revised event instead'),
  check: (record, { payload }) => [
    ...nextVersionCheck(record, payload.version),
    ...planReferences(record, payload.plan),
  ],
  apply: (draft, { payload, by }) =>
    addVersion(draft, {
      version: payload.version,
      reason: 'initial',
      drafted: { by, on: payload.on },
      plan: payload.plan,
      status: 'draft',
    }),
  summary: () => 'Plan version 1 drafted',
  sample: (record, { on, content }) => ({
    version: 1 as const,
    on,
    plan: content.plan(1, on, record) as z.input<typeof InterventionPlanSchema>,
  }),
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
  moves: [
    { from: 'planning.drafting', to: 'planning.awaitingAgreement', guard: HAS_PLAN },
    { from: 'planning.awaitingAgreement', to: 'planning.awaitingAgreement', reenter: true },
    { from: 'planning.signedOff', to: 'planning.awaitingAgreement' },
  ],
  fact: hasPlanFact('there is no plan to revise yet; record plan.drafted first'),
  check: (record, { payload }) => [
    ...nextVersionCheck(record, payload.version),
    ...planReferences(record, payload.plan),
  ],
  apply: (draft, { payload, by }) =>
    addVersion(draft, {
      version: payload.version,
      reason: payload.reason,
      ...(payload.reasonDetail !== undefined && { reasonDetail: payload.reasonDetail }),
      drafted: { by, on: payload.on },
      plan: payload.plan,
      status: 'draft',
    }),
  summary: ({ payload }) => `Plan version ${payload.version} drafted (${payload.reason})`,
  sample: (record, { on, content }) => {
    const version = record.plans.length + 1;
    return {
      version,
      on,
      reason: 'review' as const,
      plan: content.plan(version, on, record) as z.input<typeof InterventionPlanSchema>,
    };
  },
});

/**
 * @internal `plan.agreementRecorded`: one party's agreement to one plan version.
 */
export const planAgreementRecorded = defineEvent({
  type: 'plan.agreementRecorded',
  description: 'The child’s or a parent/carer’s agreement to a plan version is recorded.',
  payload: AgreementSchema,
  moves: ['planning', 'delivery', 'review'].map((from) => ({ from, guard: VERSION_EXISTS })),
  fact: {
    of: (record, payload) =>
      payload === undefined
        ? record.plans.length > 0
        : record.plans.some((p) => p.version === payload.planVersion),
    offered: (record) => (record.plans.length > 0 ? [true] : []),
    values: [true, false],
    refusal: {
      hint: 'agreement must be recorded against an existing plan version',
      path: ['payload', 'planVersion'],
    },
  },
  check: (record, { payload }) => [
    ...versionExists(record, payload.planVersion, ['planVersion']),
    ...(payload.party.kind === 'parent-carer' &&
    !record.people.some((p) => p.id === (payload.party as { personId: string }).personId)
      ? [missing(['party', 'personId'], 'No parent/carer in the case has this id')]
      : []),
  ],
  apply: (draft, event) => {
    draft.agreements.push({ ...event.payload, eventId: event.id });
  },
  summary: ({ payload }) =>
    `Agreement to plan version ${payload.planVersion} recorded for the ${payload.party.kind === 'child' ? 'child' : 'parent/carer'}: ${payload.status}`,
  sample: (record, { on, choice, content }) => {
    const status = choice.agreement ?? 'agreed';
    const parent = choice.party === 'parent' ? record.people[0] : undefined;
    return {
      planVersion: newestVersion(record),
      party: parent ? { kind: 'parent-carer', personId: parent.id } : { kind: 'child' },
      status,
      ...(status === 'agreed-with-misgivings' && { misgivings: content.text('not sure') }),
      ...(status === 'could-not-be-discussed' && { reason: content.text('unwell') }),
      recordedBy: 'pr-case-manager',
      recordedOn: on,
    } as z.input<typeof AgreementSchema>;
  },
});

const versionPayload = z.strictObject({ version: z.int().min(1), on: IsoDateSchema });

/**
 * @internal `plan.signedOff`: a manager signs off the newest plan version.
 */
export const planSignedOff = defineEvent({
  type: 'plan.signedOff',
  description: 'A manager signs off the newest plan version.',
  payload: versionPayload,
  moves: [{ from: 'planning.awaitingAgreement', to: 'planning.signedOff' }],
  check: (record, { payload, by }) => {
    const latest = latestPlan(record);
    if (latest?.version !== payload.version || latest.status !== 'draft') {
      return [missing(['version'], 'Only the newest draft version can be signed off')];
    }
    return signOffIssues(record, by, [latest.drafted.by]);
  },
  apply: (draft, { payload, by }) => {
    const version = versionOf(draft, payload.version);
    version.status = 'signed-off';
    version.signedOff = { by, on: payload.on };
  },
  summary: ({ payload }) => `Plan version ${payload.version} signed off`,
  sample: (record, { on }) => ({ version: newestVersion(record), on }),
});

/**
 * @internal `plan.activated`: delivery of a signed-off plan version begins; the previous active one is superseded.
 */
export const planActivated = defineEvent({
  type: 'plan.activated',
  description: 'Delivery of the signed-off plan version begins.',
  payload: versionPayload,
  moves: [
    {
      from: 'planning.signedOff',
      to: 'delivery',
      guard: { name: 'assessmentSignedOff', test: (signedOff: boolean) => signedOff },
    },
  ],
  fact: recordFact((record) => signedOffAssessment(record) !== undefined, [true, false], {
    hint: 'the assessment must be signed off before a plan is activated',
    path: ['type'],
  }),
  check: (record, { payload }) =>
    latestPlan(record)?.version === payload.version && latestPlan(record)?.status === 'signed-off'
      ? []
      : [missing(['version'], 'Only the newest signed-off version can be activated')],
  apply: (draft, { payload }) => {
    for (const p of draft.plans) {
      if (p.version === payload.version) {
        p.status = 'active';
        p.activatedOn = payload.on;
      } else if (p.status === 'active') {
        p.status = 'superseded';
      }
    }
  },
  summary: ({ payload }) => `Plan version ${payload.version} activated`,
  sample: (record, { on }) => ({ version: newestVersion(record), on }),
});

/** @internal The plan events. */
export const planEvents = [
  planDrafted,
  planRevised,
  planAgreementRecorded,
  planSignedOff,
  planActivated,
] as const;
