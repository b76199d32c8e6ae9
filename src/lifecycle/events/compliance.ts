import * as z from 'zod';
import { IsoDateSchema } from '../../model/dates.js';
import { BreachActionSchema, BreachOutcomeSchema, WarningSchema } from '../../model/delivery.js';
import { IdSchema, TextSchema } from '../../model/ids.js';
import { conflict, defineEvent, missing, type ReferenceIssue } from '../defineEvent.js';
import { indexById } from '../idIndex.js';
import type { CaseRecord } from '../record.js';

const newId = (record: CaseRecord, id: string, path: string[]): ReferenceIssue[] =>
  record.compliance.some((c) => c.id === id)
    ? [conflict(path, 'A compliance record with this id already exists')]
    : [];

/**
 * Enforcement answers unacceptable absences only: an acceptable absence never counts toward
 * it, so a reference to one (or to an attended contact) is refused.
 */
function unacceptableAbsences(
  record: CaseRecord,
  contactIds: readonly string[],
  path: string[],
): ReferenceIssue[] {
  return contactIds.flatMap((id, i): ReferenceIssue[] => {
    const contact = indexById(record.contacts, (c) => c.id).get(id);
    if (!contact) return [missing([...path, i], 'No contact with this id')];
    if (contact.attendance === 'unacceptable-absence') return [];
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

/**
 * `compliance.warningIssued`: a warning for non-compliance, with the reason, the child's account
 * and confirmation that the consequences were explained (procedural justice). It may name the
 * unacceptable absences it responds to, never an acceptable one.
 */
export const complianceWarningIssued = defineEvent({
  type: 'compliance.warningIssued',
  description:
    'A compliance warning is given, with the reason, the child’s account and the consequences explained.',
  payload: z.strictObject({ warning: WarningSchema }),
  check: (record, { payload }) => [
    ...newId(record, payload.warning.id, ['warning', 'id']),
    ...unacceptableAbsences(record, payload.warning.contactIds, ['warning', 'contactIds']),
  ],
  apply: (record, { payload, by }) => ({
    ...record,
    compliance: [...record.compliance, { kind: 'warning', by, ...payload.warning }],
  }),
  summary: () => 'Compliance warning given',
});

/**
 * `compliance.breachActionTaken`: enforcement: a return to court, or to the youth offender
 * panel, which exists only for a referral order.
 */
export const complianceBreachActionTaken = defineEvent({
  type: 'compliance.breachActionTaken',
  description: 'Breach action is taken: a return to court or to the youth offender panel.',
  payload: z.strictObject({ breachAction: BreachActionSchema }),
  check: (record, { payload: { breachAction } }) => [
    ...newId(record, breachAction.id, ['breachAction', 'id']),
    ...(breachAction.to === 'youth-offender-panel' && record.disposal.type !== 'referral-order'
      ? [
          {
            kind: 'reference_not_found' as const,
            code: 'no_youth_offender_panel',
            path: ['payload', 'breachAction', 'to'],
            message: 'Only a referral order has a youth offender panel: return to court',
          },
        ]
      : []),
    ...unacceptableAbsences(record, breachAction.contactIds, ['breachAction', 'contactIds']),
  ],
  apply: (record, { payload, by }) => ({
    ...record,
    compliance: [...record.compliance, { kind: 'breach-action', by, ...payload.breachAction }],
  }),
  summary: ({ payload }) => `Breach action: return to ${payload.breachAction.to}`,
});

/** `compliance.breachOutcomeRecorded`: what the court or panel decided, once per breach action. */
export const complianceBreachOutcomeRecorded = defineEvent({
  type: 'compliance.breachOutcomeRecorded',
  description: 'The outcome of breach action is recorded.',
  payload: z.strictObject({
    id: IdSchema,
    breachActionId: IdSchema,
    on: IsoDateSchema,
    outcome: BreachOutcomeSchema,
    notes: TextSchema.optional(),
  }),
  check: (record, { payload }) => [
    ...newId(record, payload.id, ['id']),
    ...(record.compliance.some((c) => c.kind === 'breach-action' && c.id === payload.breachActionId)
      ? []
      : [missing(['breachActionId'], 'No breach action with this id')]),
    ...(record.compliance.some(
      (c) => c.kind === 'breach-outcome' && c.breachActionId === payload.breachActionId,
    )
      ? [conflict(['breachActionId'], 'This breach action already has an outcome')]
      : []),
  ],
  apply: (record, { payload, by }) => ({
    ...record,
    compliance: [...record.compliance, { kind: 'breach-outcome', by, ...payload }],
  }),
  summary: ({ payload }) => `Breach outcome: ${payload.outcome}`,
});

/** `compliance.reengaged`: the child is re-engaged after a warning or enforcement. */
export const complianceReengaged = defineEvent({
  type: 'compliance.reengaged',
  description: 'The child re-engages after a warning or enforcement action.',
  payload: z.strictObject({ id: IdSchema, on: IsoDateSchema, notes: TextSchema.optional() }),
  check: (record, { payload }) => newId(record, payload.id, ['id']),
  apply: (record, { payload, by }) => ({
    ...record,
    compliance: [...record.compliance, { kind: 'reengaged', by, ...payload }],
  }),
  summary: () => 'Child re-engaged',
});

/** @internal The compliance events. */
export const complianceEvents = [
  complianceWarningIssued,
  complianceBreachActionTaken,
  complianceBreachOutcomeRecorded,
  complianceReengaged,
] as const;
