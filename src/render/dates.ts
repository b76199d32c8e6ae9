import { format } from 'date-fns/format';
import { cy } from 'date-fns/locale/cy';
import { enGB } from 'date-fns/locale/en-GB';
import type { IsoDate } from '../model/dates.js';
import type { Lang } from './messages/types.js';

/**
 * A calendar date as people write it, in the document's language: `24 September 2025`,
 * `24 Medi 2025`. The date is read as a calendar day (no time zone can move it).
 *
 * @example
 * dateForPeople('2025-09-24', 'cy'); // '24 Medi 2025'
 */
export function dateForPeople(date: IsoDate, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return format(new Date(y, m - 1, d), 'd MMMM yyyy', { locale: lang === 'cy' ? cy : enGB });
}
