/**
 * The shapes of the law catalogue. Law is data: every entry names its source, and says whether
 * it is the law (`'law'`) or an overridable policy default (`'policy-default'`, for figures
 * that come from guidance, practice or recollection rather than legislation).
 */

/**
 * Whether a figure is law or an overridable policy default.
 *
 * @example
 * const kind: LawKind = requirementLimits.curfew.kind; // 'law'
 */
export type LawKind = 'law' | 'policy-default';

/**
 * A catalogue entry with its provenance.
 *
 * @example
 * const s: Sourced = { kind: 'law', source: 'Sentencing Act 2020 s.80' };
 */
export interface Sourced {
  readonly kind: LawKind;
  /** Legislation (Act, section, schedule, paragraph) or the guidance the figure comes from. */
  readonly source: string;
  /** What the figure does not capture, or what was not verified. */
  readonly note?: string;
}

/**
 * An inclusive range of whole numbers; a missing bound is unbounded.
 *
 * @example
 * const unpaidWorkHours: Range = { min: 40, max: 240 };
 */
export interface Range {
  readonly min?: number;
  readonly max?: number;
}

/**
 * One version of a limit that changed over time, by the date of conviction: it applies to
 * convictions on or after `convictedFrom` (if given) and before `convictedBefore` (if given).
 *
 * @example
 * const old: ByConvictionDate<number> = {
 *   convictedBefore: '2022-06-28', value: 16, source: 'Sentencing Act 2020 Sch. 6 para. 18(4A)(a)',
 * };
 */
export interface ByConvictionDate<T> {
  readonly convictedFrom?: string;
  readonly convictedBefore?: string;
  readonly value: T;
  readonly source: string;
}

/**
 * An age band at conviction, inclusive (`fromAge` 14, `toAge` 15 is "aged 14 or 15").
 *
 * @example
 * const band: AgeBand<Range> = { fromAge: 14, toAge: 15, value: { min: 12, max: 24 } };
 */
export interface AgeBand<T> {
  readonly fromAge?: number;
  readonly toAge?: number;
  readonly value: T;
}

/**
 * One version of a limit that changed over time, by the date of sentence (the day the order is
 * made): it applies to orders made on or after `sentencedFrom` (if given) and before
 * `sentencedBefore` (if given). For amendments with no conviction-date wording: see
 * docs/decisions/0045-dto-terms-follow-the-sentence-date.md.
 *
 * @example
 * const now: BySentenceDate<number> = { sentencedFrom: '2022-06-28', value: 24, source: 'Sentencing Act 2020 s.236(1)' };
 */
export interface BySentenceDate<T> {
  readonly sentencedFrom?: string;
  readonly sentencedBefore?: string;
  readonly value: T;
  readonly source: string;
}
