import { addMonths } from '../../_lib/calendar.js';
import type { IsoDate } from '../../model/dates.js';
import { disposalEndDate, disposalStartDate } from '../../model/disposal/index.js';
import type { Disposal } from '../../model/disposal/schema.js';
import { addDays } from './days.js';

/** @internal The day a disposal was decided or passed: when the case opens. */
export const decisionDay = (d: Disposal): IsoDate =>
  'decisionDate' in d ? d.decisionDate : d.sentenceDate;

/**
 * @internal The last day of the YOS's work with the child: the disposal's end date where it
 * has one; otherwise (cautions without a comply-by date, community resolutions, outcome 22)
 * three months of voluntary support; for a discharge or fine, which the YOS does not
 * supervise, two months of voluntary support.
 */
export function supervisionEnds(d: Disposal): IsoDate {
  const start = disposalStartDate(d);
  const voluntary = (months: number) => addDays(addMonths(start, months), -1);
  switch (d.type) {
    case 'absolute-discharge':
    case 'conditional-discharge':
    case 'fine':
      return voluntary(2);
    default:
      return disposalEndDate(d) ?? voluntary(3);
  }
}
