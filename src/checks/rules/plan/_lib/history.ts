/**
 * The law's conditions on the offences and history a case records, for the order it judges: a
 * referral order the court could not make, a conditional discharge after youth cautions.
 * @internal
 */
import type { YjplanIssue } from '../../../../errors/YjplanError.js';
import type { CaseRecord } from '../../../../lifecycle/record.js';
import type { Disposal } from '../../../../model/disposal/index.js';
import {
  conditionalDischargeRestriction,
  referralOrderConditions,
} from '../../../../model/history.js';
import type { Offence } from '../../../../model/offence.js';

/** The offences an order dealt with: those convicted that day, else every offence recorded. */
function dealtWith(record: CaseRecord, convictionDate: string): readonly Offence[] {
  const that = record.offences.filter((o) => o.convictedOn === convictionDate);
  return that.length > 0 ? that : record.offences;
}

/**
 * @internal Issues the history raises against an order (paths relative to the order), each with
 * its severity: an unavailable referral order is an error; a restricted conditional discharge a
 * warning (the court may have stated exceptional circumstances, which the record does not hold).
 * Nothing is judged from what the case does not record.
 */
export function historyIssuesOf(
  record: CaseRecord,
  disposal: Disposal,
): { issue: YjplanIssue; severity: 'error' | 'warning' }[] {
  if (disposal.type === 'referral-order' && record.offences.length > 0) {
    const offences = dealtWith(record, disposal.convictionDate);
    const court = offences.find((o) => o.court !== undefined)?.court;
    const r = referralOrderConditions({
      court: court ?? 'youth-court',
      convictedOn: disposal.convictionDate,
      offences,
      earlierDisposals: record.earlierDisposals ?? [],
    });
    return r.issues
      .filter((i) => court !== undefined || i.path[0] !== 'court')
      .map((i) => ({ issue: { ...i, path: ['type'] }, severity: 'error' }));
  }
  if (disposal.type === 'conditional-discharge' && record.earlierDisposals !== undefined) {
    const committed = dealtWith(record, disposal.convictionDate)
      .map((o) => o.committedOn)
      .sort()[0];
    return conditionalDischargeRestriction(
      record.earlierDisposals,
      committed ?? disposal.convictionDate,
    ).map((i) => ({ issue: { ...i, path: ['type'] }, severity: 'warning' }));
  }
  return [];
}
