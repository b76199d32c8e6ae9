import { PCSC_ACT_2022_COMMENCEMENT } from './commencement.js';
import type { BySentenceDate, Sourced } from './types.js';

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
 * DTO terms by the date the order is made (the sentence date). Orders made before 28 June 2022:
 * only 4, 6, 8, 10, 12, 18 or 24 months; from that day any term of at least 4 and at most 24
 * months. PCSC Act 2022 s.158 has no conviction-date wording (unlike Sch. 17 para. 19 for curfew
 * hours) and no transitional saving was found, so the court applies s.236(1) as in force when it
 * makes the order: docs/decisions/0045-dto-terms-follow-the-sentence-date.md.
 *
 * @example
 * dtoTerms[1]?.value; // { kind: 'range', min: 4, max: 24 }
 */
export const dtoTerms: readonly BySentenceDate<DtoTermRule>[] = [
  // Sentencing Act 2020 s.236(1) as enacted (same list as Powers of Criminal Courts
  // (Sentencing) Act 2000 s.101(1)). [V: legislation.gov.uk, s.236 as at 1.12.2020]
  {
    sentencedBefore: PCSC_ACT_2022_COMMENCEMENT,
    value: { kind: 'one-of', months: [4, 6, 8, 10, 12, 18, 24] },
    source: 'Sentencing Act 2020 s.236(1) as enacted',
  },
  // PCSC Act 2022 s.158 substitutes "at least 4 months but must not exceed 24 months";
  // in force 28.6.2022 (s.208(5)(t)). [V: legislation.gov.uk, PCSC Act 2022 s.158]
  {
    sentencedFrom: PCSC_ACT_2022_COMMENCEMENT,
    value: { kind: 'range', min: 4, max: 24 },
    source: 'Sentencing Act 2020 s.236(1), as amended by PCSC Act 2022 s.158',
  },
];

/**
 * A DTO term that is not a whole number of months. s.236(1) as amended sets only the bounds ("at
 * least 4 months but must not exceed 24 months"), with no unit, so a term of whole months plus
 * days (4 months and 14 days, after credit for a guilty plea or for time on remand, s.239) is
 * lawful for orders made from 28 June 2022; before that day only the listed terms were. The
 * extra days are at most 30 (more is another month).
 *
 * @example
 * dtoPartMonthTerms.maxExtraDays; // 30
 */
export const dtoPartMonthTerms = {
  sentencedFrom: PCSC_ACT_2022_COMMENCEMENT,
  maxExtraDays: 30,
  kind: 'law',
  source: 'Sentencing Act 2020 s.236(1), as amended by PCSC Act 2022 s.158',
  note: 'The reading that any term within the bounds may include days is ours (the text sets no unit); a term pronounced in weeks is recorded as months and days from the day it starts.',
} as const satisfies Sourced & Record<string, unknown>;

/**
 * Consecutive DTOs: a court may order a DTO to start when another ends, but not so that the child
 * would be subject to DTOs for more than 24 months in all; any excess is treated as remitted. An
 * earlier order whose supervision period has already begun is left out of the count (and a new
 * order may not be made consecutive to it).
 *
 * @example
 * dtoConsecutive.maxTotalMonths; // 24
 */
export const dtoConsecutive = {
  maxTotalMonths: 24,
  kind: 'law',
  // [V] Powers of Criminal Courts (Sentencing) Act 2000 s.101(3)-(7) (legislation.gov.uk);
  // restated in the Sentencing Code ss.237-238 (s.248(2) refers to s.238(3) for the term) [S:
  // the Code's subsection text was not seen].
  source:
    'Sentencing Act 2020 ss.237-238 (restating Powers of Criminal Courts (Sentencing) Act 2000 s.101(3)-(7))',
  note: 'An order already in its supervision period is disregarded in the total.',
} as const satisfies Sourced & Record<string, unknown>;

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
  compassionateAnyTime: true,
  note: 'Time on remand (counted as served for orders made once PCSC Act 2022 Sch. 16 came into force; its date was not seen) and compassionate release (s.241(3)) also move the date: record the expected release date when known.',
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
