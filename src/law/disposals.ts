import { SERIOUS_CUSTODY_TYPES, seriousCustodyCatalogue } from './seriousCustody.js';
import type { Range, Sourced } from './types.js';

/**
 * Every youth disposal this library knows, out-of-court first, then court sentences from the
 * lightest to custody.
 *
 * @example
 * DISPOSAL_TYPES.includes('referral-order'); // true
 */
export const DISPOSAL_TYPES = [
  'community-resolution',
  'outcome-22',
  'youth-caution',
  'youth-conditional-caution',
  'absolute-discharge',
  'conditional-discharge',
  'fine',
  'reparation-order',
  'referral-order',
  'youth-rehabilitation-order',
  'youth-rehabilitation-order-iss',
  'youth-rehabilitation-order-fostering',
  'detention-and-training-order',
  'long-term-detention',
  ...SERIOUS_CUSTODY_TYPES,
] as const;

/**
 * A youth disposal type; see {@link DISPOSAL_TYPES}.
 *
 * @example
 * const t: DisposalType = 'detention-and-training-order';
 */
export type DisposalType = (typeof DISPOSAL_TYPES)[number];

/**
 * The tiers practitioners use: out-of-court, first-tier (discharges, fines, reparation and
 * referral orders), community (YROs), custody.
 *
 * @example
 * DISPOSAL_CATEGORIES[0]; // 'out-of-court'
 */
export const DISPOSAL_CATEGORIES = ['out-of-court', 'first-tier', 'community', 'custody'] as const;

/**
 * A disposal tier; see `DISPOSAL_CATEGORIES`.
 *
 * @example
 * const c: DisposalCategory = 'community';
 */
export type DisposalCategory = (typeof DISPOSAL_CATEGORIES)[number];

/**
 * What the law says about one disposal.
 *
 * @example
 * const entry: DisposalLaw = disposalCatalogue['referral-order'];
 */
export interface DisposalLaw extends Sourced {
  /** The practitioner's name for it. */
  readonly label: string;
  readonly category: DisposalCategory;
  /** Imposed by a court (a sentence), rather than decided out of court by the police. */
  readonly courtOrder: boolean;
  /** Age at conviction (or at the out-of-court decision) for which it is available. */
  readonly ages: Range;
  /** Below this age at conviction it is available only for a persistent offender. */
  readonly persistentOffenderBelowAge?: number;
  /** Length in months, where the law sets one (for YROs: from taking effect to the end date). */
  readonly lengthMonths?: Range;
  /** Hours of work, where the law counts them. */
  readonly hours?: Range;
  /** The provision that sets `lengthMonths`, where it is narrower than `source`. */
  readonly lengthSource?: string;
  /** For a YRO: the provision by which every requirement is complied with by the end date. */
  readonly endDateSource?: string;
  /** For a fine: below this age (when the court orders payment) a parent or guardian pays. */
  readonly parentPaysBelowAge?: number;
  /**
   * What the court decides and records (opinions, consents, whether something is unreasonable):
   * judgements kept as data, never computed. Where the record carries the judgement as a field,
   * the entry names it.
   */
  readonly courtJudgements?: readonly string[];
}

/**
 * The youth age range: no child under 10 can be guilty of an offence (Children and Young
 * Persons Act 1933 s.50); youth disposals are for those under 18 at conviction (e.g. Sentencing
 * Act 2020 ss.84(1)(b), 110(1)(a), 234(1)(a)) or, out of court, at the decision.
 */
const YOUTH: Range = { min: 10, max: 17 };

/**
 * The disposal catalogue, keyed by {@link DisposalType}. Read it by lookup:
 * `disposalCatalogue[d.type].category`.
 *
 * @example
 * disposalCatalogue['referral-order'].lengthMonths; // { min: 3, max: 12 }
 * disposalCatalogue['outcome-22'].kind;             // 'policy-default' (not statutory)
 */
export const disposalCatalogue = {
  // Not statutory: a police outcome under the Home Office crime outcomes framework.
  'community-resolution': {
    label: 'Community resolution',
    category: 'out-of-court',
    courtOrder: false,
    ages: YOUTH,
    kind: 'policy-default',
    source: 'Home Office crime outcomes framework (community resolution); not statutory',
    note: 'Informal; any YOS support is voluntary. No legal limits.',
  },
  // Not statutory: Home Office crime outcome 22.
  'outcome-22': {
    label: 'Outcome 22 (diversionary, educational or intervention activity)',
    category: 'out-of-court',
    courtOrder: false,
    ages: YOUTH,
    kind: 'policy-default',
    source: 'Home Office crime outcomes framework, outcome 22; not statutory',
    note: 'No admission needed. No legal limits.',
  },
  // Crime and Disorder Act 1998 ss.66ZA-66ZB.
  'youth-caution': {
    label: 'Youth caution',
    category: 'out-of-court',
    courtOrder: false,
    ages: YOUTH,
    kind: 'law',
    source: 'Crime and Disorder Act 1998 ss.66ZA-66ZB',
    note: 'Police refer to the YOS, which must assess (discretionary on a first caution with no previous conditional caution).',
  },
  // Crime and Disorder Act 1998 ss.66A-66H.
  'youth-conditional-caution': {
    label: 'Youth conditional caution',
    category: 'out-of-court',
    courtOrder: false,
    ages: YOUTH,
    kind: 'law',
    source: 'Crime and Disorder Act 1998 ss.66A-66H',
    courtJudgements: ['A signed admission and the child’s consent to the conditions'],
    note: 'Breach can lead to prosecution. Time limits for conditions vary by source: not encoded.',
  },
  // Sentencing Act 2020 s.79.
  'absolute-discharge': {
    label: 'Absolute discharge',
    category: 'first-tier',
    courtOrder: true,
    ages: YOUTH,
    kind: 'law',
    source: 'Sentencing Act 2020 s.79',
  },
  // Sentencing Act 2020 s.80: a period of not more than 3 years.
  'conditional-discharge': {
    label: 'Conditional discharge',
    category: 'first-tier',
    courtOrder: true,
    ages: YOUTH,
    lengthMonths: { max: 36 },
    kind: 'law',
    source: 'Sentencing Act 2020 s.80',
  },
  // Sentencing Act 2020 s.380: payment by parent or guardian.
  fine: {
    label: 'Fine',
    category: 'first-tier',
    courtOrder: true,
    ages: YOUTH,
    parentPaysBelowAge: 16,
    courtJudgements: [
      'The parent or guardian cannot be found, or ordering them to pay would be unreasonable (s.380(2)): recorded as `parentPaymentExcused`',
    ],
    kind: 'law',
    source: 'Sentencing Act 2020 ss.128, 380',
    note: 'A parent or guardian must be ordered to pay for a child under 16 (s.380(1)(a)) unless excused, and may be for 16-17 (s.380(1)(b)): checked against the age on the sentence date.',
  },
  // Sentencing Act 2020 ss.109-114: at most 24 hours, within 3 months.
  'reparation-order': {
    label: 'Reparation order',
    category: 'first-tier',
    courtOrder: true,
    ages: YOUTH,
    hours: { min: 1, max: 24 },
    lengthMonths: { max: 3 },
    kind: 'law',
    source:
      'Sentencing Act 2020 ss.109-114; Sentencing Council pronouncement card (reparation order)',
    note: 'Not available with a custodial sentence, a YRO or a referral order (s.110(1)(c)).',
  },
  // Sentencing Act 2020 ss.83-104: 3 to 12 months from the day the contract takes effect.
  'referral-order': {
    label: 'Referral order',
    category: 'first-tier',
    courtOrder: true,
    ages: YOUTH,
    lengthMonths: { min: 3, max: 12 },
    courtJudgements: [
      'Ordering a parent or guardian to attend the panel would be unreasonable: recorded as `parentAttendanceUnreasonable`, checked',
      'Victim-related contract terms have the victim’s consent: recorded as `victimConsented`, checked',
    ],
    kind: 'law',
    source: 'Sentencing Act 2020 ss.83-104; Sentencing Council pronouncement card (referral order)',
    note: 'Runs from the day the youth offender contract is signed, not the court date. See referralOrderLaw.',
  },
  // Sentencing Act 2020 ss.173-187; end date at most 3 years after taking effect (s.187(2)(a)).
  'youth-rehabilitation-order': {
    label: 'Youth rehabilitation order (YRO)',
    category: 'community',
    courtOrder: true,
    ages: YOUTH,
    lengthMonths: { max: 36 },
    lengthSource: 'Sentencing Act 2020 s.187(2)(a)',
    endDateSource: 'Sentencing Act 2020 s.187(1), (3)',
    courtJudgements: [
      'The requirements are the most suitable for the child and the restrictions commensurate with the seriousness of the offence (s.186)',
    ],
    kind: 'law',
    source: 'Sentencing Act 2020 ss.173-187, Sch. 6',
  },
  // Sentencing Act 2020 s.187(2)(b): end date at least 6 months after taking effect.
  'youth-rehabilitation-order-iss': {
    label: 'YRO with intensive supervision and surveillance (ISS)',
    category: 'community',
    courtOrder: true,
    ages: YOUTH,
    persistentOffenderBelowAge: 15,
    lengthMonths: { min: 6, max: 36 },
    lengthSource: 'Sentencing Act 2020 s.187(2)(a)-(b)',
    endDateSource: 'Sentencing Act 2020 s.187(1), (3)',
    courtJudgements: [
      'The offence is imprisonable and custody would otherwise be appropriate',
      'The child is a persistent offender, for a child under 15: recorded as `persistentOffender`, checked',
    ],
    kind: 'law',
    source: 'Sentencing Act 2020 s.185(1), s.187(2), Sch. 6 paras. 1-2',
    note: 'Includes an extended activity requirement (91-180 days), a supervision and a curfew requirement, electronic monitoring unless inappropriate (YJB glossary, ISS).',
  },
  // Sentencing Act 2020 s.185(3), Sch. 6 Part 11.
  'youth-rehabilitation-order-fostering': {
    label: 'YRO with fostering',
    category: 'community',
    courtOrder: true,
    ages: YOUTH,
    lengthMonths: { max: 36 },
    lengthSource: 'Sentencing Act 2020 s.187(2)(a)',
    endDateSource: 'Sentencing Act 2020 s.187(1), (3)',
    kind: 'law',
    source: 'Sentencing Act 2020 s.185(3), s.187(2)(a), Sch. 6 Part 11',
  },
  // Sentencing Act 2020 ss.233-248: ages 12-17 (s.234(1)(a)), persistent offender under 15
  // (s.235(3)), term 4-24 months (s.236(1), see dtoTerms), release at half-way (s.241(2)).
  'detention-and-training-order': {
    label: 'Detention and training order (DTO)',
    category: 'custody',
    courtOrder: true,
    ages: { min: 12, max: 17 },
    persistentOffenderBelowAge: 15,
    lengthMonths: { min: 4, max: 24 },
    lengthSource: 'Sentencing Act 2020 s.236(1)',
    courtJudgements: [
      'The offence is imprisonable (s.234(1)(b))',
      'The child is a persistent offender, for a child under 15: recorded as `persistentOffender`, checked',
    ],
    kind: 'law',
    source: 'Sentencing Act 2020 ss.233-248',
    note: 'Term rules depend on the conviction date: see dtoTerms.',
  },
  // Sentencing Act 2020 ss.249-250: Crown Court, serious offences; term up to the adult maximum.
  'long-term-detention': {
    label: 'Long-term detention (s.250)',
    category: 'custody',
    courtOrder: true,
    ages: YOUTH,
    kind: 'law',
    source: 'Sentencing Act 2020 ss.249-250',
    note: 'Custody then licence. The maximum term is the adult maximum for the offence: not checked. Extended sentences (s.254), detention at His Majesty’s pleasure (s.259) and special custodial sentences (s.252A) are their own types (`seriousCustodyCatalogue`).',
  },
  ...seriousCustodyCatalogue,
} as const satisfies Record<DisposalType, DisposalLaw>;
