import { PCSC_ACT_2022_COMMENCEMENT } from './commencement.js';
import type { ByConvictionDate, Sourced } from './types.js';

/**
 * The terms a DTO may have: a fixed list, or any whole number of months in a range.
 *
 * @example
 * const terms: DtoTermRule = { kind: 'range', min: 4, max: 24 };
 */
export type DtoTermRule =
  | { readonly kind: 'one-of'; readonly months: readonly number[] }
  | { readonly kind: 'range'; readonly min: number; readonly max: number };

/**
 * DTO terms by conviction date. Before 28 June 2022 only 4, 6, 8, 10, 12, 18 or 24 months; from
 * that day any term of at least 4 and at most 24 months.
 *
 * @example
 * dtoTerms[1]?.value; // { kind: 'range', min: 4, max: 24 }
 */
export const dtoTerms: readonly ByConvictionDate<DtoTermRule>[] = [
  // Sentencing Act 2020 s.236(1) as enacted (same list as Powers of Criminal Courts
  // (Sentencing) Act 2000 s.101(1)).
  {
    convictedBefore: PCSC_ACT_2022_COMMENCEMENT,
    value: { kind: 'one-of', months: [4, 6, 8, 10, 12, 18, 24] },
    source: 'Sentencing Act 2020 s.236(1) as enacted',
  },
  // PCSC Act 2022 s.158 substitutes "at least 4 months but must not exceed 24 months";
  // in force 28.6.2022 (s.208(5)(t)).
  {
    convictedFrom: PCSC_ACT_2022_COMMENCEMENT,
    value: { kind: 'range', min: 4, max: 24 },
    source: 'Sentencing Act 2020 s.236(1), as amended by PCSC Act 2022 s.158',
  },
];

/**
 * When a DTO's detention and training ends: at half of the term (s.241(2)), or up to 1 month
 * earlier or later for terms of 8 to under 18 months and up to 2 months for 18 months or more
 * (early release by the Secretary of State, s.241(4); later release on a youth court order,
 * s.241(5)). The rest of the term is supervised in the community.
 *
 * @example
 * dtoRelease.fractionOfTerm; // 0.5
 */
export const dtoRelease = {
  kind: 'law',
  source: 'Sentencing Act 2020 s.241',
  fractionOfTerm: 0.5,
  earlyOrLateMonths: [
    { termFromMonths: 8, termBelowMonths: 18, months: 1 },
    { termFromMonths: 18, months: 2 },
  ],
  note: 'Time on remand and compassionate release also move the date: record the expected release date when known.',
} as const satisfies Sourced & Record<string, unknown>;

/**
 * The usual release point of a sentence of long-term detention (s.250): half-way, then licence
 * to the end of the term. A default only: some serious offences are released later or at the
 * Parole Board's discretion, so the recorded expected release date always wins.
 *
 * @example
 * longTermDetentionRelease.kind; // 'policy-default'
 */
export const longTermDetentionRelease = {
  kind: 'policy-default',
  source: 'Criminal Justice Act 2003 s.244 (standard determinate release), not verified for s.250',
  fractionOfTerm: 0.5,
  note: 'Two-thirds or discretionary release applies to some serious offences: record the expected release date.',
} as const satisfies Sourced & Record<string, unknown>;
