/**
 * @internal Calendar dates as whole day numbers (days since 1970-01-01) for working-day
 * arithmetic: the library's calendar helpers under the names the schedule uses.
 */
export {
  dayNumber as toDayNumber,
  fromDayNumber,
  weekdayOf,
  yearOf,
} from '../_lib/calendar.js';
