/**
 * @internal The calendar helpers the simulator's hot loops use: the library's own, integer day
 * arithmetic on `YYYY-MM-DD` strings.
 */
export { addDays, dayNumber, daysBetween, fromDayNumber, weekday } from '../../_lib/calendar.js';
