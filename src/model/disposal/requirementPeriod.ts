/**
 * The calendar period of one YRO requirement, where the requirement records one.
 * @internal
 */
import { addDays } from '../../_lib/calendar.js';
import type { IsoDate } from '../dates.js';
import { periodEnd } from './period.js';
import type { YroRequirement } from './requirements.js';

/**
 * The first and last day of a requirement's period, from the day it takes effect (its own
 * `startDate` where it has one, else the order's) for its `months` (a calendar period of months)
 * or its `days`. `undefined` when the requirement records no period (supervision runs for the
 * life of the order; hours, sessions and activity days are not a period).
 *
 * @example
 * requirementPeriod({ id: 'r-1', kind: 'exclusion', days: 42 }, '2025-03-03');
 * // { field: 'days', start: '2025-03-03', end: '2025-04-13' }
 */
export function requirementPeriod(
  r: YroRequirement,
  orderStart: IsoDate,
): { field: 'months' | 'days'; start: IsoDate; end: IsoDate } | undefined {
  const start = 'startDate' in r && r.startDate !== undefined ? r.startDate : orderStart;
  if ('months' in r && r.months !== undefined) {
    return { field: 'months', start, end: periodEnd(start, r.months) };
  }
  if ((r.kind === 'curfew' || r.kind === 'exclusion') && r.days !== undefined) {
    return { field: 'days', start, end: addDays(start, r.days - 1) };
  }
  return undefined;
}
