/**
 * Dates the delivery rules share.
 * @internal
 */
import type { CaseRecord } from '../../../../lifecycle/record.js';
import type { IsoDate } from '../../../../model/dates.js';

/** @internal The day the case stopped (closure or transfer), if it has. */
export function caseEndedOn(record: CaseRecord): IsoDate | undefined {
  return record.closure?.on ?? record.transfer?.on;
}

/** @internal The date to judge delivery up to: `asOf`, or the case's end if earlier. */
export function judgedUpTo(record: CaseRecord, asOf: IsoDate): IsoDate {
  const ended = caseEndedOn(record);
  return ended !== undefined && ended < asOf ? ended : asOf;
}

/** @internal The day an action first became part of an active plan version, if it has. */
export function actionActivatedOn(record: CaseRecord, actionId: string): IsoDate | undefined {
  let first: IsoDate | undefined;
  for (const p of record.plans) {
    if (p.activatedOn === undefined || !p.plan.actions.some((a) => a.id === actionId)) continue;
    if (first === undefined || p.activatedOn < first) first = p.activatedOn;
  }
  return first;
}
