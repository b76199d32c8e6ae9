import * as z from 'zod';
import { addDays, addMonths } from '../../_lib/calendar.js';
import type { Immutable } from '../../_lib/immutable.js';
import type { YjplanIssue } from '../../errors/YjplanError.js';
import { dtoRelease } from '../../law/custody.js';
import { IsoDateSchema } from '../dates.js';
import { disposalStartDate } from '../disposal/derived.js';
import { termHalfWay } from '../disposal/period.js';
import type { DisposalOf } from '../disposal/schema.js';
import { IdSchema } from '../ids.js';
import { at } from './issues.js';

/**
 * Custody dates that become known after sentence: the release date the secure estate expects, and
 * later the actual release, with how it came about (at half-way, early or late within the law's
 * window, on compassionate grounds) and any remand time credited (which brings every date forward).
 *
 * @example
 * CustodyDatesSchema.parse({ orderId: 'dto-1', expectedReleaseDate: '2026-03-10', release: 'early' });
 */
export const CustodyDatesSchema = z.strictObject({
  orderId: IdSchema,
  expectedReleaseDate: IsoDateSchema.optional(),
  actualReleaseDate: IsoDateSchema.optional(),
  release: z.enum(['half-way', 'early', 'late', 'compassionate']).optional(),
  /** Days on remand counted as served (PCSC Act 2022 Sch. 16 for DTOs). */
  remandDaysCredited: z.int().min(0).max(3650).optional(),
});

/**
 * Custody dates; see {@link CustodyDatesSchema}.
 *
 * @example
 * const c: CustodyDates = parseCustodyDates(json);
 */
export type CustodyDates = Immutable<z.infer<typeof CustodyDatesSchema>>;

/**
 * The window in which a DTO's release may fall (Sentencing Act 2020 s.241): the half-way point,
 * up to 1 month earlier or later for terms of 8 to under 18 months and up to 2 months for 18 months
 * or more (none for shorter terms); remand days credited bring the whole window forward.
 *
 * @example
 * dtoReleaseWindow(dto12Months); // { earliest: '2024-06-10', halfWay: '2024-07-10', latest: '2024-08-10' }
 */
export function dtoReleaseWindow(
  dto: DisposalOf<'detention-and-training-order'>,
  remandDaysCredited = 0,
): { earliest: string; halfWay: string; latest: string } {
  const halfWay = addDays(
    termHalfWay(disposalStartDate(dto), dto.termMonths, dto.termDays ?? 0),
    -remandDaysCredited,
  );
  const band = dtoRelease.earlyOrLateMonths.find(
    (b) =>
      dto.termMonths >= b.termFromMonths &&
      ('termBelowMonths' in b ? dto.termMonths < b.termBelowMonths : true),
  );
  const months = band?.months ?? 0;
  return { earliest: addMonths(halfWay, -months), halfWay, latest: addMonths(halfWay, months) };
}

/**
 * What is wrong with custody dates for a DTO: a different order, or a release date outside the
 * s.241 window (compassionate release may fall at any time). Paths are relative to the dates.
 *
 * @example
 * custodyDatesIssues(dto, { orderId: 'dto-1', expectedReleaseDate: '2025-01-01' });
 * // [{ path: ['expectedReleaseDate'], code: 'release_outside_window', ... }]
 */
export function custodyDatesIssues(
  dto: DisposalOf<'detention-and-training-order'>,
  dates: CustodyDates,
): YjplanIssue[] {
  const out: YjplanIssue[] = [];
  if (dates.orderId !== dto.id) {
    out.push(
      at(
        ['orderId'],
        'reference_not_found',
        'The custody dates name an order the case does not hold',
      ),
    );
  }
  if (dates.release === 'compassionate') return out;
  const w = dtoReleaseWindow(dto, dates.remandDaysCredited ?? 0);
  for (const field of ['expectedReleaseDate', 'actualReleaseDate'] as const) {
    const d = dates[field];
    if (d !== undefined && (d < w.earliest || d > w.latest)) {
      out.push(
        at(
          [field],
          'release_outside_window',
          `A detention and training order is released at its half-way point, up to 1 month earlier or later for a term of 8 to under 18 months and up to 2 months for 18 months or more, or on compassionate grounds (${dtoRelease.source})`,
        ),
      );
    }
  }
  return out;
}
