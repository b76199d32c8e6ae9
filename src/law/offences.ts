import type { Range, Sourced } from './types.js';

/**
 * The courts a child's case can be dealt with in.
 *
 * @example
 * COURT_TYPES.includes('crown-court'); // true
 */
export const COURT_TYPES = ['youth-court', 'magistrates-court', 'crown-court'] as const;

/**
 * One of {@link COURT_TYPES}.
 *
 * @example
 * const court: CourtType = 'youth-court';
 */
export type CourtType = (typeof COURT_TYPES)[number];

/**
 * A plea to one offence. `none` where no plea was taken (an out-of-court disposal, or not yet).
 *
 * @example
 * PLEAS[0]; // 'guilty'
 */
export const PLEAS = ['guilty', 'not-guilty', 'none'] as const;

/**
 * One of {@link PLEAS}.
 *
 * @example
 * const plea: Plea = 'guilty';
 */
export type Plea = (typeof PLEAS)[number];

/**
 * Broad offence categories, as youth justice statistics group them.
 *
 * @example
 * OFFENCE_CATEGORIES.includes('violence-against-the-person'); // true
 */
export const OFFENCE_CATEGORIES = [
  'violence-against-the-person',
  'sexual-offences',
  'robbery',
  'theft-and-handling',
  'burglary',
  'criminal-damage',
  'drugs',
  'public-order',
  'possession-of-weapons',
  'motoring',
  'fraud-and-forgery',
  'breach-of-order',
  'other',
] as const;

/**
 * One of {@link OFFENCE_CATEGORIES}.
 *
 * @example
 * const c: OffenceCategory = 'robbery';
 */
export type OffenceCategory = (typeof OFFENCE_CATEGORIES)[number];

/**
 * The two seriousness scales a YOS record carries, which the issue named as one: the police gravity
 * matrix for out-of-court decisions scores 1 to 4; the YJB offence seriousness score used in youth
 * justice assessment and statistics runs 1 to 8 (docs/decisions/0049-offences-and-history.md).
 *
 * @example
 * offenceScales.gravityScore;     // { min: 1, max: 4 }
 * offenceScales.seriousnessScore; // { min: 1, max: 8 }
 */
export const offenceScales = {
  // [S] ACPO Youth Offender Case Disposal Gravity Factor Matrix (March 2013, updated for LASPO
  // 2012; copy on a document-sharing site): "a scale of 1 (low gravity) up to 4 (high gravity)".
  gravityScore: { min: 1, max: 4 } satisfies Range,
  gravitySource: 'ACPO/NPCC Youth Gravity Factor Matrix (2013) [secondary copy]',
  // [S] YJB "Youth Justice: the Scaled Approach", Appendix B "Offences listed by Youth Justice Board
  // seriousness score"; the 1-8 range is from recollection of YJB counting rules.
  seriousnessScore: { min: 1, max: 8 } satisfies Range,
  seriousnessSource:
    'YJB offence seriousness score (Scaled Approach appendix B) [secondary; range not verified]',
  kind: 'policy-default',
  source: 'Police and YJB practice scales; not legislation',
} as const satisfies Sourced & Record<string, unknown>;

/**
 * When a referral order is available, compulsory or discretionary (Sentencing Act 2020 ss.84-86).
 *
 * @example
 * referralConditions.availableCourts; // ['youth-court', 'magistrates-court']
 */
export const referralConditions = {
  // [V] s.84(1) (legislation.gov.uk): a youth court or other magistrates' court; under 18 when
  // convicted; no sentence fixed by law; the court is not proposing custody, a hospital order, or an
  // absolute or conditional discharge; the child pleaded guilty to the offence or a connected one.
  availableCourts: ['youth-court', 'magistrates-court'] as const,
  availabilitySource: 'Sentencing Act 2020 s.84(1)',
  // [V] Predecessor text, Powers of Criminal Courts (Sentencing) Act 2000 s.17(1) as amended
  // (legislation.gov.uk): an imprisonable offence; a guilty plea to the offence and every connected
  // offence; never convicted of any other offence. Restated as Sentencing Act 2020 s.85 [S: the
  // Code's text was not seen].
  compulsorySource: 'Sentencing Act 2020 s.85 (restating PCC(S)A 2000 s.17(1))',
  // [S] Discretionary where available and the compulsory conditions are not met, whatever the
  // previous offending (LASPO 2012 s.79 removed the restrictions; secondary source).
  discretionarySource: 'Sentencing Act 2020 s.86 [secondary source]',
  kind: 'law',
  source: 'Sentencing Act 2020 ss.83-86',
} as const satisfies Sourced & Record<string, unknown>;

/**
 * The restriction on a conditional discharge after youth cautions: where a child who has received
 * two or more youth cautions is convicted of an offence committed within two years of the last
 * one, the court may not conditionally discharge unless it finds exceptional circumstances (and
 * says why in open court).
 *
 * @example
 * conditionalDischargeAfterCautions.cautionsNeeded; // 2
 */
export const conditionalDischargeAfterCautions = {
  cautionsNeeded: 2,
  withinMonths: 24,
  kind: 'law',
  // [V] CDA 1998 s.66ZA(4), inserted by LASPO 2012 s.135 (legislation.gov.uk): the constable must
  // explain "the effect of subsections (1) to (3) and (5) to (7) of section 66ZB". [M] The text of
  // s.66ZB(5)-(6) (two or more youth cautions; an offence within two years of the last; exceptional
  // circumstances) is from recollection: it was not found in the sources available.
  source: 'Crime and Disorder Act 1998 s.66ZB(5)-(6) [text not verified]',
  note: 'Youth conditional cautions are not counted (recollection); the exceptional circumstances are the court’s judgement.',
} as const satisfies Sourced & Record<string, unknown>;

/**
 * Youth caution referral: the police refer the child to the YOS, which must assess (and arrange a
 * programme unless inappropriate), except on a first youth caution with no earlier youth
 * conditional caution, where it may.
 *
 * @example
 * youthCautionReferral.source;
 */
export const youthCautionReferral = {
  kind: 'law',
  // [V] CDA 1998 s.66ZB(1)-(3), inserted by LASPO 2012 s.135 (parliament copy of the Bill and
  // legislation.gov.uk).
  source: 'Crime and Disorder Act 1998 s.66ZB(1)-(3)',
} as const satisfies Sourced & Record<string, unknown>;
