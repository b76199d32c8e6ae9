import { addDays, addMonths } from '../../../_lib/calendar.js';
import type { IsoDate } from '../../../model/dates.js';
import type { DisposalOf } from '../../../model/disposal/schema.js';
import { built, type LengthOptions, sentenced, split } from './options.js';

/** @internal The end date `months` after the order takes effect (the day before the anniversary). */
const endAfter = (start: IsoDate, months: number): IsoDate => addDays(addMonths(start, months), -1);

/** @internal The day the order takes effect: its start date if given, else the day it is made. */
const takesEffect = (on: IsoDate, fields: { startDate?: IsoDate }) => fields.startDate ?? on;

/**
 * A youth rehabilitation order ending `months` (default 12) after it takes effect, with
 * supervision and a 30-day activity requirement.
 *
 * @example
 * aDisposal.yro({ months: 18, requirements: [{ id: 'req-sup', kind: 'supervision' }] });
 */
export function yro(
  options: LengthOptions<'youth-rehabilitation-order'> = {},
): DisposalOf<'youth-rehabilitation-order'> {
  const { on, months = 12, fields } = split(options);
  return built('youth-rehabilitation-order', {
    ...sentenced(on),
    endDate: endAfter(takesEffect(on, fields), months),
    requirements: [
      { id: 'req-supervision', kind: 'supervision' },
      { id: 'req-activity', kind: 'activity', days: 30 },
    ],
    ...fields,
  });
}

/**
 * A YRO with intensive supervision and surveillance ending `months` (default 12, at least 6)
 * after it takes effect (on the anniversary): supervision, an extended activity requirement of 120 days, an 8-hour
 * curfew for 6 months and electronic monitoring.
 *
 * @example
 * aDisposal.yroIss({ persistentOffender: true });
 */
export function yroIss(
  options: LengthOptions<'youth-rehabilitation-order-iss'> = {},
): DisposalOf<'youth-rehabilitation-order-iss'> {
  const { on, months = 12, fields } = split(options);
  return built('youth-rehabilitation-order-iss', {
    ...sentenced(on),
    // At least 6 months after it takes effect (s.187(2)(b)), so the anniversary itself.
    endDate: addMonths(takesEffect(on, fields), months),
    requirements: [
      { id: 'req-supervision', kind: 'supervision' },
      { id: 'req-activity', kind: 'activity', days: 120 },
      { id: 'req-curfew', kind: 'curfew', hoursPerDay: 8, months: 6 },
      { id: 'req-monitoring', kind: 'electronic-monitoring' },
    ],
    ...fields,
  });
}

/**
 * A YRO with fostering ending `months` (default 12) after it takes effect: supervision and a
 * 6-month fostering requirement.
 *
 * @example
 * aDisposal.yroFostering();
 */
export function yroFostering(
  options: LengthOptions<'youth-rehabilitation-order-fostering'> = {},
): DisposalOf<'youth-rehabilitation-order-fostering'> {
  const { on, months = 12, fields } = split(options);
  return built('youth-rehabilitation-order-fostering', {
    ...sentenced(on),
    endDate: endAfter(takesEffect(on, fields), months),
    requirements: [
      { id: 'req-supervision', kind: 'supervision' },
      { id: 'req-fostering', kind: 'fostering', months: 6 },
    ],
    ...fields,
  });
}
