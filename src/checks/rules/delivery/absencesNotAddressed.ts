import { filter } from '../../../_lib/lists.js';
import type { Contact } from '../../../model/delivery.js';
import { shiftWorkingDays } from '../../../schedule/workingDayMath.js';
import type { RawFinding } from '../../rule.js';
import { defineRule } from '../../rule.js';
import { DELIVERY_EVIDENCE } from './_lib/sources.js';

/**
 * `compliance.absences-not-addressed` (warning): unacceptable absences that no warning or breach
 * action names, reaching `delivery.absenceThreshold`, with no response
 * `delivery.absenceResponseWorkingDays` working days after the absence that reached it.
 * Acceptable absences never count.
 *
 * @example
 * checkCase(state, { asOf, rules: ['compliance.absences-not-addressed'] });
 * // [{ path: ['contacts', 'c-14'], evidence: { contactIds: ['c-14'], threshold: 1, respondBy: '2025-10-21' } }]
 */
export const absencesNotAddressed = defineRule({
  id: 'compliance.absences-not-addressed',
  title: 'Unacceptable absences get a recorded response',
  description:
    'Unacceptable absences that no warning or breach action names are counted in date order; each time the count reaches `delivery.absenceThreshold` (default 1: every unacceptable absence), a response naming them is due within `delivery.absenceResponseWorkingDays` working days (default 5). Acceptable absences never count toward enforcement. Non-compliance should be handled proportionately, fairly and transparently, and visibly.',
  severity: 'warning',
  source: { kind: 'evidence', citation: DELIVERY_EVIDENCE },
  check: ({ state: { record }, asOf, policy }) => {
    const { absenceThreshold: threshold, absenceResponseWorkingDays: days } = policy.delivery;
    const answered = new Set<string>();
    for (const entry of record.compliance) {
      if (entry.kind === 'warning' || entry.kind === 'breach-action') {
        for (const id of entry.contactIds) answered.add(id);
      }
    }
    const unanswered = filter(
      record.contacts,
      (c) => c.attendance === 'unacceptable-absence' && !answered.has(c.id),
    ).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const findings: RawFinding[] = [];
    let group: Contact[] = [];
    for (const absence of unanswered) {
      group.push(absence);
      if (group.length < threshold) continue;
      const respondBy = shiftWorkingDays(absence.date, days);
      if (asOf > respondBy) {
        findings.push({
          message: `${group.length} unacceptable absence${group.length === 1 ? ' has' : 's have'} no recorded response (a warning or breach action naming ${group.length === 1 ? 'it' : 'them'})`,
          path: ['contacts', absence.id],
          evidence: { contactIds: group.map((c) => c.id), threshold, respondBy },
        });
      }
      group = [];
    }
    return findings;
  },
});
