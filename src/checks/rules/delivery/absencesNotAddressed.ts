import { yroWarningDuty } from '../../../law/compliance.js';
import type { CaseRecord } from '../../../lifecycle/record.js';
import type { Contact } from '../../../model/delivery.js';
import type { Id } from '../../../model/ids.js';
import { shiftWorkingDays } from '../../../schedule/workingDayMath.js';
import type { RawFinding } from '../../rule.js';
import { defineRule } from '../../rule.js';
import { currentOrders } from '../_lib/orders.js';
import { DELIVERY_EVIDENCE } from './_lib/sources.js';

/** Absences answered formally (a warning or breach action names them) and informally. */
function answeredAbsences(record: CaseRecord): {
  formally: Set<Id>;
  informally: Set<Id>;
  excused: Set<Id>;
} {
  const formally = new Set<Id>();
  const informally = new Set<Id>();
  const excused = new Set<Id>();
  for (const entry of record.compliance) {
    if (entry.kind === 'warning' || entry.kind === 'breach-action') {
      for (const id of entry.contactIds) formally.add(id);
    }
  }
  for (const response of record.absenceResponses) {
    for (const id of response.contactIds ?? []) {
      informally.add(id);
      if (response.reasonableExcuse === true) excused.add(id);
    }
  }
  return { formally, informally, excused };
}

/**
 * `compliance.absences-not-addressed` (warning): unacceptable absences with no recorded
 * response, reaching `delivery.absenceThreshold` (default 2), still unanswered
 * `delivery.absenceResponseWorkingDays` working days after the absence that reached it. A
 * response is an informal one (a conversation, a home visit, a rearranged appointment, a
 * reminder arrangement) or a warning or breach action naming the absence. Under a youth
 * rehabilitation order the law asks the responsible officer to warn, or to bring the breach
 * before a court, for each failure without reasonable excuse: there every unacceptable absence
 * counts, and only a warning, breach action or a response recording a reasonable excuse
 * answers it. Acceptable absences never count.
 *
 * @example
 * checkCase(state, { asOf, rules: ['compliance.absences-not-addressed'] });
 * // [{ path: ['contacts', 'c-14'], evidence: { contactIds: ['c-12', 'c-14'], threshold: 2, respondBy: '2025-10-21' } }]
 */
export const absencesNotAddressed = defineRule({
  id: 'compliance.absences-not-addressed',
  title: 'Unacceptable absences get a recorded, proportionate response',
  description:
    'Unacceptable absences with no recorded response are counted in date order; each time the count reaches `delivery.absenceThreshold` (default 2: one missed appointment can be taken up at the next contact), a response naming them is due within `delivery.absenceResponseWorkingDays` working days (default 5). A response is an informal one (a conversation, a home visit, a rearranged appointment, a reminder arrangement) or, where proportionate, a warning or breach action: non-compliance is handled proportionately, fairly and transparently, and the informal response is usually the right first step. Under a youth rehabilitation order, once the responsible officer is of the opinion that the child had no reasonable excuse, the law requires a warning or a breach action for each such failure: there each unacceptable absence counts, and is answered by a warning, a breach action, or a response recording that the child had a reasonable excuse. Acceptable absences never count toward enforcement.',
  severity: 'warning',
  source: { kind: 'evidence', citation: `${DELIVERY_EVIDENCE}; ${yroWarningDuty.source}` },
  check: ({ state, asOf, policy }) => {
    const { record } = state;
    const { absenceResponseWorkingDays: days } = policy.delivery;
    const dutyToWarn = currentOrders(state, asOf).some((o) =>
      (yroWarningDuty.appliesTo as readonly string[]).includes(o.disposal.type),
    );
    const threshold = dutyToWarn ? 1 : policy.delivery.absenceThreshold;
    const { formally, informally, excused } = answeredAbsences(record);
    const answered = (id: Id) =>
      formally.has(id) || (dutyToWarn ? excused.has(id) : informally.has(id));
    const unanswered = record.contacts
      .filter((c) => c.attendance === 'unacceptable-absence' && !answered(c.id))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const findings: RawFinding[] = [];
    let group: Contact[] = [];
    for (const absence of unanswered) {
      group.push(absence);
      if (group.length < threshold) continue;
      const respondBy = shiftWorkingDays(absence.date, days);
      if (asOf > respondBy) {
        const n = group.length;
        const them = n === 1 ? 'it' : 'them';
        findings.push({
          message: dutyToWarn
            ? informally.has(absence.id)
              ? `An unacceptable absence under a youth rehabilitation order has an informal response but no warning or breach action, which the law requires unless the child had a reasonable excuse`
              : `An unacceptable absence under a youth rehabilitation order has no recorded response: the law requires a warning or breach action unless the child had a reasonable excuse`
            : `${n} unacceptable absence${n === 1 ? ' has' : 's have'} no recorded response (an informal response such as a conversation, home visit or rearranged appointment, or a warning or breach action naming ${them})`,
          path: ['contacts', absence.id],
          evidence: {
            contactIds: group.map((c) => c.id),
            threshold,
            respondBy,
            ...(dutyToWarn && { warningDuty: true }),
          },
        });
      }
      group = [];
    }
    return findings;
  },
});
