/**
 * What the case record says about other agencies, victims and the hand-over at 18, read the
 * same way by the events that check a record, the views that make a copy and the check rules.
 * @internal
 */
import { addDays, addMonths } from '../_lib/calendar.js';
import type { IsoDate } from '../model/dates.js';
import type { Agency } from '../model/owner.js';
import type { ExitPlan } from '../model/plan.js';
import type { SharingBasisRecord } from './agencyRecords.js';
import type { CaseRecord } from './record.js';

/** @internal Whether a basis for sharing is in force on a date: from its start until it ended. */
export const basisInForce = (b: SharingBasisRecord, on: IsoDate): boolean =>
  b.basis.from <= on && (b.ended === undefined || on < b.ended.on);

/**
 * @internal The lawful basis for sharing with an agency in force on a date, if any: the one
 * source both a recorded copy (`agency.copySent`, a meeting's copies, a hand-over) and a view for
 * the agency (`planView(state, 'agency', …)`, `handoverPlan`) are refused without.
 */
export function sharingBasisOn(
  record: CaseRecord,
  agency: Agency,
  on: IsoDate,
): SharingBasisRecord | undefined {
  return record.sharingBases.findLast((b) => b.basis.agency === agency && basisInForce(b, on));
}

/** @internal The child's 18th birthday (29 February births: 1 March in a common year). */
export function eighteenthBirthday(dateOfBirth: IsoDate): IsoDate {
  const same = addMonths(dateOfBirth, 18 * 12);
  return same.slice(5) === dateOfBirth.slice(5) ? same : addDays(same, 1);
}

/** @internal A transfer-or-retain decision, from the case's record or the plan's stopgap field. */
export interface TransitionDecisionFact {
  readonly decision: 'transfer' | 'retain';
  readonly on: IsoDate;
  readonly reason?: string;
  readonly plannedTransferOn?: IsoDate;
  /** Where it is recorded: the decision event, or the exit plan of the plan or closure. */
  readonly from: 'decision' | 'exit-plan';
}

/**
 * @internal The transfer-or-retain decision in force: the newest `transition.decided`, else what
 * an exit plan records (`retainedUntilOrderEnds`, the stopgap a plan version may still carry,
 * or `transitionToAdultServices`, a transfer planned). With `asOf`, only decisions recorded by
 * that day count. ADR 0063.
 */
export function transitionDecisionOf(
  record: CaseRecord,
  exitPlans: readonly (ExitPlan | undefined)[] = [],
  asOf?: IsoDate,
): TransitionDecisionFact | undefined {
  // Judged on a date, a decision recorded for a later day is not known yet.
  const latest =
    asOf === undefined
      ? record.transitionDecisions.at(-1)
      : record.transitionDecisions.findLast((d) => d.on <= asOf);
  if (latest) {
    return {
      decision: latest.decision,
      on: latest.on,
      reason: latest.reason,
      ...(latest.plannedTransferOn !== undefined && {
        plannedTransferOn: latest.plannedTransferOn,
      }),
      from: 'decision',
    };
  }
  for (const exit of exitPlans) {
    const kept = exit?.retainedUntilOrderEnds;
    if (kept)
      return { decision: 'retain', on: kept.decidedOn, reason: kept.reason, from: 'exit-plan' };
    const planned = exit?.transitionToAdultServices;
    if (planned) {
      return {
        decision: 'transfer',
        on: planned.plannedOn,
        plannedTransferOn: planned.plannedOn,
        from: 'exit-plan',
      };
    }
  }
  return undefined;
}

/** @internal The meeting with this id, if the case records one. */
export const meetingById = (record: CaseRecord, id: string) =>
  record.meetings.find((m) => m.meeting.id === id)?.meeting;

/** @internal The MAPPA management in force on a date, if any. */
export function mappaOn(record: CaseRecord, on: IsoDate) {
  const latest = record.mappa.findLast((m) => m.on <= on);
  return latest && (latest.ended === undefined || on < latest.ended.on) ? latest : undefined;
}

/** @internal Whether a victim has safety concerns now: their latest contact's word, else the record's. */
export function victimSafetyConcerns(victim: CaseRecord['victims'][number]): boolean {
  return (
    victim.contacts.findLast((c) => c.safetyConcerns !== undefined)?.safetyConcerns ??
    victim.victim.safetyConcerns
  );
}
