import type { Sourced } from './types.js';

/**
 * The pilot of the Police, Crime, Sentencing and Courts Act 2022 youth rehabilitation order
 * provisions (Sch. 17 Parts 2 and 3): electronic whereabouts monitoring, the old electronic
 * monitoring requirement renamed electronic compliance monitoring, and up to 365 days of extended
 * activity in a YRO with ISS. In force from 3 July 2023 only for courts sentencing children whose
 * responsible officer is a member of a youth offending team for a listed area, until the end of
 * `lastDay`. A YRO records `pilotArea: true` when it was made under the pilot
 * (docs/decisions/0046-pilot-area-orders.md).
 *
 * @example
 * issPilot.firstDay; // '2023-07-03'
 * issPilot.extendedActivityDays.max; // 365
 */
export const issPilot = {
  // [V] S.I. 2023/705 reg. 2 (Parts 2 and 3 of Sch. 17, except paras. 4 and 6(4), in force on
  // 3 July 2023), reg. 3 (courts sentencing children where the responsible officer is a member of
  // a youth offending team for an area in the Schedule) (legislation.gov.uk, as made).
  firstDay: '2023-07-03',
  // [V] reg. 4(1) as made: "cease to have effect at the end of 3rd January 2025". [S] A later,
  // amended copy of reg. 4(1) reads "3rd January 2026" (the amending instrument was not seen).
  // The later day is encoded so that lawful orders are not refused; see ADR 0046.
  lastDay: '2026-01-03',
  lastDayAsMade: '2025-01-03',
  // [V] Sentencing Act 2020 Sch. 6 para. 2(2)-(2A), inserted by PCSC Act 2022 Sch. 17 para. 17:
  // "the relevant number" is 180 days for convictions before para. 17 first came into force to
  // any extent, 365 days for convictions on or after that day (3 July 2023, under the pilot).
  extendedActivityDays: { min: 181, max: 365 },
  extendedActivityConvictedFrom: '2023-07-03',
  extendedActivitySource:
    'Sentencing Act 2020 Sch. 6 para. 2(2)-(2A), as amended by PCSC Act 2022 Sch. 17 para. 17; S.I. 2023/705',
  // [V] Sentencing Act 2020 s.185(5), inserted by Sch. 17 para. 6: an electronic whereabouts
  // monitoring requirement only for a conviction on or after the day para. 6 first came into
  // force to any extent (3 July 2023; regulation-making commencement ignored). No pairing with
  // another requirement is required (contrast s.185(4) for compliance monitoring).
  whereaboutsMonitoringConvictedFrom: '2023-07-03',
  whereaboutsMonitoringSource:
    'Sentencing Act 2020 s.185(5), Sch. 6 paras. 45-48, inserted by PCSC Act 2022 Sch. 17 Part 2; S.I. 2023/705',
  // [V] reg. 4(2): an electronic whereabouts monitoring requirement imposed before the end goes on
  // applying after it.
  continuesAfterEnd: true,
  kind: 'law',
  source:
    'Police, Crime, Sentencing and Courts Act 2022 (Youth Rehabilitation Order With Intensive Supervision and Surveillance) Piloting Regulations 2023 (S.I. 2023/705) regs. 2-4',
  note: 'The list of pilot areas (the Schedule to S.I. 2023/705) is not encoded: the order records `pilotArea`. Whether a pilot ISS may replace its curfew with whereabouts monitoring was not verified: s.175(1) (extended activity, supervision and curfew) is applied as enacted.',
} as const satisfies Sourced & Record<string, unknown>;
