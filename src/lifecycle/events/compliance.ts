import * as z from 'zod';
import { findById } from '../../_lib/idLookup.js';
import { IsoDateSchema } from '../../model/dates.js';
import {
  AbsenceResponseSchema,
  BreachActionSchema,
  BreachOutcomeSchema,
  WarningSchema,
} from '../../model/delivery.js';
import { IdSchema, TextSchema } from '../../model/ids.js';
import { OrderVariationSchema, RevocationSchema } from '../../model/orders/index.js';
import {
  conflict,
  defineEvent,
  type Guard,
  type Move,
  missing,
  type ReferenceIssue,
} from '../defineEvent.js';
import type { ComplianceStatus } from '../derive.js';
import {
  applyRevocation,
  applyVariation,
  ENFORCEMENT_INTO_COMMUNITY,
  ENFORCEMENT_INTO_CUSTODY,
  PHASES_AFTER,
  type PhaseAfter,
  phaseAfter,
  revocationIssuesIn,
  variationIssuesIn,
} from '../orderChanges.js';
import { liveOrders } from '../orders.js';
import type { CaseRecord } from '../record.js';
import { DELIVERING_STAGES, SUPERVISION_STAGES } from '../stages.js';

/** One guard object per set of statuses, shared by the events that answer the same ones. */
const GUARDS = new Map<string, Guard>();

/**
 * The moves of a compliance event: in delivery's `compliance` region from each status it answers
 * to `to`; outside delivery (a review, a plan revision) it is recorded without moving the stage,
 * from the same statuses, and delivery is entered at the status the record then gives.
 */
function complianceMoves(from: readonly ComplianceStatus[], to: ComplianceStatus): Move[] {
  const name = `compliance ${from.join('/')}`;
  const guard = GUARDS.get(name) ?? {
    name,
    test: (_fact: unknown, context: { compliance: ComplianceStatus }) =>
      from.includes(context.compliance),
  };
  GUARDS.set(name, guard);
  return [
    ...from.map(
      (status): Move => ({
        from: `delivery.compliance.${status}`,
        to: `delivery.compliance.${to}`,
        ...(status === to && { reenter: true as const }),
      }),
    ),
    ...SUPERVISION_STAGES.map((stage) => ({ from: stage, guard })),
  ];
}

const newId = (record: CaseRecord, id: string, path: string[]): ReferenceIssue[] =>
  record.compliance.some((c) => c.id === id)
    ? [conflict(path, 'A compliance record with this id already exists')]
    : [];

/**
 * Enforcement answers unacceptable absences only: an acceptable absence never counts toward
 * it, so a reference to one (or to an attended contact) is refused; nor can a response be dated
 * before an absence it answers.
 */
function unacceptableAbsences(
  record: CaseRecord,
  response: { readonly on: string; readonly contactIds: readonly string[] },
  path: string[],
): ReferenceIssue[] {
  return response.contactIds.flatMap((id, i): ReferenceIssue[] => {
    const contact = findById(record.contacts, id, (c) => c.id);
    if (!contact) return [missing([...path, i], 'No contact with this id')];
    if (contact.attendance === 'unacceptable-absence') {
      return response.on < contact.date
        ? [conflict([...path, i], 'This absence is dated after the response that names it')]
        : [];
    }
    return [
      {
        kind: 'reference_not_found',
        code: 'not_an_unacceptable_absence',
        path: ['payload', ...path, i],
        message:
          contact.attendance === 'acceptable-absence'
            ? 'An acceptable absence never counts toward enforcement'
            : 'The child attended this contact: it is not an absence',
      },
    ];
  });
}

/** The newest unacceptable absence on or before `on`, for samples. */
const lastUnacceptableAbsence = (record: CaseRecord, on: string): string | undefined =>
  record.contacts.findLast((c) => c.attendance === 'unacceptable-absence' && c.date <= on)?.id;

/**
 * @internal `compliance.warningIssued`: a warning for non-compliance, with the reason, the child's account
 * and confirmation that the consequences were explained (procedural justice). It may name the
 * unacceptable absences it responds to, never an acceptable one.
 */
export const complianceWarningIssued = defineEvent({
  type: 'compliance.warningIssued',
  description:
    'A compliance warning is given, with the reason, the child’s account and the consequences explained.',
  payload: z.strictObject({ warning: WarningSchema }),
  moves: complianceMoves(['compliant', 'warned', 'reengaging'], 'warned'),
  check: (record, { payload }) => [
    ...newId(record, payload.warning.id, ['warning', 'id']),
    ...unacceptableAbsences(record, payload.warning, ['warning', 'contactIds']),
  ],
  apply: (draft, { payload, by }) => {
    draft.compliance.push({ kind: 'warning', by, ...payload.warning });
  },
  summary: () => 'Compliance warning given',
  sample: (record, { on, newId, content }) => {
    const absence = lastUnacceptableAbsence(record, on);
    return {
      warning: {
        id: newId('ce'),
        on,
        reason: content.text('missed a session'),
        consequencesExplained: true as const,
        contactIds: absence ? [absence] : [],
      },
    };
  },
});

/**
 * @internal `compliance.breachActionTaken`: enforcement: a return to court, or to the youth offender
 * panel, which exists only for a referral order.
 */
export const complianceBreachActionTaken = defineEvent({
  type: 'compliance.breachActionTaken',
  description: 'Breach action is taken: a return to court or to the youth offender panel.',
  payload: z.strictObject({ breachAction: BreachActionSchema }),
  moves: complianceMoves(['compliant', 'warned', 'reengaging'], 'enforcement'),
  check: (record, { payload: { breachAction } }) => [
    ...newId(record, breachAction.id, ['breachAction', 'id']),
    ...(breachAction.to === 'youth-offender-panel' &&
    !liveOrders(record).some((o) => o.disposal.type === 'referral-order')
      ? [
          {
            kind: 'reference_not_found' as const,
            code: 'no_youth_offender_panel',
            path: ['payload', 'breachAction', 'to'],
            message: 'Only a referral order has a youth offender panel: return to court',
          },
        ]
      : []),
    ...unacceptableAbsences(record, breachAction, ['breachAction', 'contactIds']),
  ],
  apply: (draft, { payload, by }) => {
    draft.compliance.push({ kind: 'breach-action', by, ...payload.breachAction });
  },
  summary: ({ payload }) => `Breach action: return to ${payload.breachAction.to}`,
  sample: (_record, { on, newId, content }) => ({
    breachAction: {
      id: newId('ce'),
      on,
      to: 'court' as const,
      reason: content.text('repeated absences'),
    },
  }),
});

/** The breach action an outcome answers: it must exist, and come no later than the outcome. */
function breachActionBefore(
  record: CaseRecord,
  p: { readonly breachActionId: string; readonly on: string },
): ReferenceIssue[] {
  const action = record.compliance.find(
    (c) => c.kind === 'breach-action' && c.id === p.breachActionId,
  );
  if (!action) return [missing(['breachActionId'], 'No breach action with this id')];
  return p.on < action.on
    ? [conflict(['on'], 'A breach outcome cannot be dated before its breach action')]
    : [];
}

/** The change a breach outcome carries must be the one it decided, made on breach. */
const BreachOutcomePayloadSchema = z
  .strictObject({
    id: IdSchema,
    breachActionId: IdSchema,
    on: IsoDateSchema,
    outcome: BreachOutcomeSchema,
    notes: TextSchema.optional(),
    /** `requirements-amended` (a YRO) or `contract-varied` (a referral order): the change made. */
    variation: OrderVariationSchema.optional(),
    /** `order-revoked-resentenced`: the revocation, with the new sentence. */
    revocation: RevocationSchema.optional(),
  })
  .superRefine((p, ctx) => {
    const wants =
      p.outcome === 'requirements-amended'
        ? 'youth-rehabilitation-order'
        : p.outcome === 'contract-varied'
          ? 'referral-order'
          : undefined;
    if (p.variation !== undefined) {
      if (wants === undefined || p.variation.order !== wants) {
        ctx.addIssue({
          code: 'custom',
          path: ['variation'],
          message:
            'A variation is carried by the outcome that decided it: requirements amended (a youth rehabilitation order) or contract varied (a referral order)',
        });
      } else if (p.variation.reason !== 'breach') {
        ctx.addIssue({
          code: 'custom',
          path: ['variation', 'reason'],
          message: 'A change decided on breach has the reason "breach"',
        });
      }
    }
    if (p.revocation !== undefined) {
      if (p.outcome !== 'order-revoked-resentenced') {
        ctx.addIssue({
          code: 'custom',
          path: ['revocation'],
          message: 'A revocation is carried by the outcome "order revoked and resentenced"',
        });
      } else if (p.revocation.reason !== 'breach') {
        ctx.addIssue({
          code: 'custom',
          path: ['revocation', 'reason'],
          message: 'A change decided on breach has the reason "breach"',
        });
      }
    }
  });

/**
 * @internal `compliance.breachOutcomeRecorded`: what the court or panel decided, once per breach action,
 * dated on or after the breach action. An outcome that changes the order carries the change and
 * applies it: `requirements-amended` and `contract-varied` a variation, `order-revoked-resentenced`
 * the revocation with the new sentence (which, if custodial, takes delivery into custody). An
 * outcome recorded without its change (as 0.1.0 did) can be completed later by `order.varied` or
 * `order.revoked` naming it.
 */
export const complianceBreachOutcomeRecorded = defineEvent({
  type: 'compliance.breachOutcomeRecorded',
  description:
    'The outcome of breach action is recorded, with the change it made to the order (a variation, or a revocation and new sentence).',
  payload: BreachOutcomePayloadSchema,
  moves: [
    ...complianceMoves(['enforcement'], 'reengaging'),
    {
      from: 'delivery.phase.community',
      to: 'delivery.phase.custody',
      guard: ENFORCEMENT_INTO_CUSTODY,
    },
    {
      from: 'delivery.phase.custody',
      to: 'delivery.phase.community',
      guard: ENFORCEMENT_INTO_COMMUNITY,
    },
  ] as Move<PhaseAfter>[],
  fact: {
    of: (record, payload) =>
      payload?.revocation === undefined
        ? undefined
        : phaseAfter(record, {
            added: payload.revocation.resentence,
            revoked: payload.revocation.orderId,
          }),
    offered: () => PHASES_AFTER,
    values: PHASES_AFTER,
  },
  check: (record, { payload }) => [
    ...newId(record, payload.id, ['id']),
    ...breachActionBefore(record, payload),
    ...(record.compliance.some(
      (c) => c.kind === 'breach-outcome' && c.breachActionId === payload.breachActionId,
    )
      ? [conflict(['breachActionId'], 'This breach action already has an outcome')]
      : []),
    ...(payload.variation ? variationIssuesIn(record, payload.variation, ['variation']) : []),
    ...(payload.revocation ? revocationIssuesIn(record, payload.revocation, ['revocation']) : []),
  ],
  apply: (draft, { payload, by, id }) => {
    const { variation, revocation, ...outcome } = payload;
    draft.compliance.push({ kind: 'breach-outcome', by, ...outcome });
    const recorded = { recordedBy: by, eventId: id, breachOutcomeId: payload.id };
    if (variation) applyVariation(draft, variation, recorded);
    if (revocation) applyRevocation(draft, revocation, recorded);
  },
  summary: ({ payload }) => `Breach outcome: ${payload.outcome}`,
  sample: (record, { on, newId }) => ({
    id: newId('ce'),
    breachActionId: record.compliance.findLast((c) => c.kind === 'breach-action')?.id ?? 'ce-1',
    on,
    outcome: 'order-continued' as const,
  }),
});

/**
 * @internal `compliance.reengaged`: the child is re-engaged after a warning or enforcement, on or after the
 * warning or breach outcome it follows (the newest compliance entry; the lifecycle allows
 * re-engagement only after one of those).
 */
export const complianceReengaged = defineEvent({
  type: 'compliance.reengaged',
  description: 'The child re-engages after a warning or enforcement action.',
  payload: z.strictObject({ id: IdSchema, on: IsoDateSchema, notes: TextSchema.optional() }),
  moves: complianceMoves(['warned', 'reengaging'], 'compliant'),
  check: (record, { payload }) => {
    const follows = record.compliance[record.compliance.length - 1];
    return [
      ...newId(record, payload.id, ['id']),
      ...(follows !== undefined && payload.on < follows.on
        ? [
            conflict(
              ['on'],
              follows.kind === 'warning'
                ? 'Re-engagement cannot be dated before the warning it follows'
                : 'Re-engagement cannot be dated before the breach outcome it follows',
            ),
          ]
        : []),
    ];
  },
  apply: (draft, { payload, by }) => {
    draft.compliance.push({ kind: 'reengaged', by, ...payload });
  },
  summary: () => 'Child re-engaged',
  sample: (_record, { on, newId }) => ({ id: newId('ce'), on }),
});

/**
 * @internal `compliance.absenceAddressed`: an informal, engaging response to unacceptable absences (a
 * conversation, a home visit, a rearranged appointment, a reminder arrangement), which answers
 * them as a warning would, without moving the child's compliance status: proportionate and fair
 * responses count. It names the absences it answers, never an acceptable one, and is dated on or
 * after them.
 */
export const complianceAbsenceAddressed = defineEvent({
  type: 'compliance.absenceAddressed',
  description:
    'An informal response to unacceptable absences is recorded: a conversation, a home visit, a rearranged appointment or a reminder arrangement.',
  payload: z.strictObject({ response: AbsenceResponseSchema }),
  stays: DELIVERING_STAGES,
  offeredWhen: (record) => record.contacts.some((c) => c.attendance === 'unacceptable-absence'),
  check: (record, { payload: { response } }) => [
    ...(record.absenceResponses.some((r) => r.id === response.id)
      ? [conflict(['response', 'id'], 'A response with this id is already recorded')]
      : []),
    ...unacceptableAbsences(record, response, ['response', 'contactIds']),
  ],
  apply: (draft, { payload, by }) => {
    draft.absenceResponses.push({ ...payload.response, by });
  },
  summary: ({ payload }) => `Absence answered informally: ${payload.response.kind}`,
  sample: (record, { on, newId, content }) => ({
    response: {
      id: newId('ar'),
      contactIds: [lastUnacceptableAbsence(record, on) ?? 'c-1'],
      kind: 'home-visit' as const,
      on,
      notes: content.text('agreed text reminders'),
    },
  }),
});

/** @internal The compliance events. */
export const complianceEvents = [
  complianceAbsenceAddressed,
  complianceWarningIssued,
  complianceBreachActionTaken,
  complianceBreachOutcomeRecorded,
  complianceReengaged,
] as const;
