import { z } from 'zod';
import { IsoDateSchema } from '../../model/dates.js';
import { BreachActionSchema, BreachOutcomeSchema, WarningSchema } from '../../model/delivery.js';
import { IdSchema, TextSchema } from '../../model/ids.js';
import { conflict, defineEvent, missing, type ReferenceIssue } from '../defineEvent.js';
import type { CaseRecord } from '../record.js';

const newId = (record: CaseRecord, id: string, path: string[]): ReferenceIssue[] =>
  record.compliance.some((c) => c.id === id)
    ? [conflict(path, 'A compliance record with this id already exists')]
    : [];

/**
 * `compliance.warningIssued`: a warning for non-compliance, with the child's account and
 * confirmation that the consequences were explained (procedural justice).
 */
export const complianceWarningIssued = defineEvent({
  type: 'compliance.warningIssued',
  description:
    'A compliance warning is given, with the reason, the child’s account and the consequences explained.',
  payload: z.strictObject({ warning: WarningSchema }),
  check: (record, { payload }) => [
    ...newId(record, payload.warning.id, ['warning', 'id']),
    ...payload.warning.contactIds.flatMap((id, i) =>
      record.contacts.some((c) => c.id === id)
        ? []
        : [missing(['warning', 'contactIds', i], 'No contact with this id')],
    ),
  ],
  apply: (record, { payload, by }) => ({
    ...record,
    compliance: [...record.compliance, { kind: 'warning', by, ...payload.warning }],
  }),
  summary: () => 'Compliance warning given',
});

/** `compliance.breachActionTaken`: enforcement: a return to court or to the panel. */
export const complianceBreachActionTaken = defineEvent({
  type: 'compliance.breachActionTaken',
  description: 'Breach action is taken: a return to court or to the youth offender panel.',
  payload: z.strictObject({ breachAction: BreachActionSchema }),
  check: (record, { payload }) => newId(record, payload.breachAction.id, ['breachAction', 'id']),
  apply: (record, { payload, by }) => ({
    ...record,
    compliance: [...record.compliance, { kind: 'breach-action', by, ...payload.breachAction }],
  }),
  summary: ({ payload }) => `Breach action: return to ${payload.breachAction.to}`,
});

/** `compliance.breachOutcomeRecorded`: what the court or panel decided. */
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
