import { some } from '../../../_lib/lists.js';
import type { CaseRecord, ComplianceEntry } from '../../../lifecycle/record.js';
import type { IsoDate } from '../../../model/dates.js';
import { shiftWorkingDays } from '../../../schedule/workingDayMath.js';
import type { RawFinding } from '../../rule.js';
import { defineRule } from '../../rule.js';
import { judgedUpTo } from './_lib/caseDates.js';
import { DELIVERY_EVIDENCE } from './_lib/sources.js';

/** Whether anything follows an enforcement step within its window: contact, re-engagement, escalation. */
function followedUp(record: CaseRecord, step: ComplianceEntry, until: IsoDate): boolean {
  return (
    some(
      record.contacts,
      (c) => c.attendance === 'attended' && c.date > step.on && c.date <= until,
    ) ||
    some(
      record.compliance,
      (c) =>
        c !== step && c.on <= until && (c.kind === 'reengaged' ? c.on >= step.on : c.on > step.on),
    )
  );
}

/**
 * `compliance.no-reengagement` (warning): after a warning, breach action or breach outcome, no
 * attended contact, recorded re-engagement or further step within
 * `delivery.reengagementWorkingDays` working days.
 *
 * @example
 * checkCase(state, { asOf, rules: ['compliance.no-reengagement'] });
 * // [{ path: ['compliance', 'b-1'], evidence: { kind: 'breach-action', on: '2025-05-01', reengageBy: '2025-05-16' } }]
 */
export const noReengagement = defineRule({
  id: 'compliance.no-reengagement',
  title: 'The child is re-engaged after enforcement',
  description:
    'After each warning, breach action or breach outcome, the child attends a contact, re-engagement is recorded, or a further step is taken within `delivery.reengagementWorkingDays` working days (default 10), judged up to the case’s closure. Re-engaging constructively after enforcement avoids a cycle of repeated failure to comply.',
  severity: 'warning',
  source: { kind: 'evidence', citation: DELIVERY_EVIDENCE },
  check: ({ state: { record }, asOf, policy }) => {
    const upTo = judgedUpTo(record, asOf);
    const days = policy.delivery.reengagementWorkingDays;
    const findings: RawFinding[] = [];
    for (const step of record.compliance) {
      if (step.kind === 'reengaged') continue;
      const reengageBy = shiftWorkingDays(step.on, days);
      if (upTo <= reengageBy || followedUp(record, step, reengageBy)) continue;
      findings.push({
        message: `No contact with the child or re-engagement recorded within ${days} working days of a ${step.kind.replace('-', ' ')}`,
        path: ['compliance', step.id],
        evidence: { entryId: step.id, kind: step.kind, on: step.on, reengageBy, workingDays: days },
      });
    }
    return findings;
  },
});
