import type { CaseRecord, ComplianceEntry } from '../../../lifecycle/record.js';
import type { IsoDate } from '../../../model/dates.js';
import { shiftWorkingDays } from '../../../schedule/workingDayMath.js';
import type { RawFinding } from '../../rule.js';
import { defineRule } from '../../rule.js';
import { judgedUpTo } from './_lib/caseDates.js';
import { DELIVERY_EVIDENCE } from './_lib/sources.js';

/**
 * Whether the child was re-engaged after an enforcement step within its window: an attended
 * contact after it, or re-engagement recorded on or after it. A further warning, breach action
 * or breach outcome is not re-engagement: it escalates.
 */
function reengaged(record: CaseRecord, step: ComplianceEntry, until: IsoDate): boolean {
  return (
    record.contacts.some(
      (c) => c.attendance === 'attended' && c.date > step.on && c.date <= until,
    ) || record.compliance.some((c) => c.kind === 'reengaged' && c.on >= step.on && c.on <= until)
  );
}

/**
 * `compliance.no-reengagement` (warning): after a warning, breach action or breach outcome, no
 * attended contact and no recorded re-engagement within `delivery.reengagementWorkingDays`
 * working days. A further warning or breach step does not count.
 *
 * @example
 * checkCase(state, { asOf, rules: ['compliance.no-reengagement'] });
 * // [{ path: ['compliance', 'b-1'], evidence: { kind: 'breach-action', on: '2025-05-01', reengageBy: '2025-05-16' } }]
 */
export const noReengagement = defineRule({
  id: 'compliance.no-reengagement',
  title: 'The child is re-engaged after enforcement',
  description:
    'After each warning, breach action or breach outcome, the child attends a contact or re-engagement is recorded within `delivery.reengagementWorkingDays` working days (default 10), judged up to the case’s closure. A further warning or breach step is not re-engagement: a run of enforcement steps with no contact is the negative cycle of repeated failure to comply that re-engaging constructively after enforcement avoids.',
  severity: 'warning',
  source: { kind: 'evidence', citation: DELIVERY_EVIDENCE },
  check: ({ state: { record }, asOf, policy }) => {
    const upTo = judgedUpTo(record, asOf);
    const days = policy.delivery.reengagementWorkingDays;
    const findings: RawFinding[] = [];
    for (const step of record.compliance) {
      if (step.kind === 'reengaged') continue;
      const reengageBy = shiftWorkingDays(step.on, days);
      if (upTo <= reengageBy || reengaged(record, step, reengageBy)) continue;
      findings.push({
        message: `No contact with the child or re-engagement recorded within ${days} working days of a ${step.kind.replace('-', ' ')}`,
        path: ['compliance', step.id],
        evidence: { entryId: step.id, kind: step.kind, on: step.on, reengageBy, workingDays: days },
      });
    }
    return findings;
  },
});
