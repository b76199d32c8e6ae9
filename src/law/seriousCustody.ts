import type { DisposalLaw } from './disposals.js';
import type { Range, Sourced } from './types.js';

/**
 * The custodial sentences for the gravest offences by children that the Crown Court passes besides
 * long-term detention under s.250: the extended sentence of detention (s.254), detention during His
 * Majesty's pleasure (s.259) and the special custodial sentence for terrorist offenders of
 * particular concern (s.252A). Part of `DISPOSAL_TYPES` (docs/decisions/0047-serious-custodial-sentences.md,
 * 0055-orders-over-a-case.md): a case can open with one, or gain one at sentence.
 *
 * @example
 * SERIOUS_CUSTODY_TYPES.includes('extended-sentence-of-detention'); // true
 */
export const SERIOUS_CUSTODY_TYPES = [
  'extended-sentence-of-detention',
  'detention-at-his-majestys-pleasure',
  'special-custodial-sentence',
] as const;

/**
 * One of {@link SERIOUS_CUSTODY_TYPES}.
 *
 * @example
 * const t: SeriousCustodyType = 'detention-at-his-majestys-pleasure';
 */
export type SeriousCustodyType = (typeof SERIOUS_CUSTODY_TYPES)[number];

/**
 * How a serious custodial sentence is served, as far as a YOS plan needs it: when the child may be
 * released (a fraction of the custodial term, automatic or at the Parole Board's direction), and how
 * long the licence runs after it.
 *
 * @example
 * const r: SeriousCustodyRelease = seriousCustodyCatalogue['extended-sentence-of-detention'].release;
 */
export interface SeriousCustodyRelease extends Sourced {
  /** The Parole Board may direct release from this fraction of the custodial term (or minimum term). */
  readonly paroleEligibleAtFraction?: number;
  /** Release is automatic at this fraction of the custodial term, where the law makes it so. */
  readonly automaticAtFraction?: number;
  /** Release is at the Parole Board's direction only (no automatic release). */
  readonly paroleBoardOnly?: boolean;
  /** The licence lasts for life. */
  readonly lifeLicence?: boolean;
}

/**
 * A catalogue entry for a serious custodial sentence: the disposal law plus its term structure.
 *
 * @example
 * seriousCustodyCatalogue['special-custodial-sentence'].licenceMonths; // { min: 12, max: 12 }
 */
export interface SeriousCustodyLaw extends DisposalLaw {
  /** The appropriate custodial term (for s.254 at least 4 years), in months. */
  readonly custodialTermMonths?: Range;
  /** The extension period or further licence period served on licence, in months. */
  readonly licenceMonths?: Range;
  /** The age that decides availability is the age when the offence was committed, not at conviction. */
  readonly ageAtOffence?: boolean;
  readonly release: SeriousCustodyRelease;
}

/**
 * The law of each serious custodial sentence, keyed by {@link SeriousCustodyType}.
 *
 * @example
 * seriousCustodyCatalogue['extended-sentence-of-detention'].custodialTermMonths; // { min: 48 }
 */
export const seriousCustodyCatalogue = {
  // [V] Sentencing Act 2020 ss.254-256 (legislation.gov.uk): a specified offence for which s.250 or
  // s.252A detention is available; under 18 when convicted; significant risk of serious harm
  // (s.308); life detention not required (s.258); appropriate custodial term at least 4 years
  // (s.255(1)(e)); extension period at least 1 year, at most 5 (violent), 8 (sexual or terrorism)
  // or 10 years (serious terrorism offence sentenced after CTSA 2021 s.16) (s.256(4)); the whole
  // term not above the adult maximum (s.256(5)).
  'extended-sentence-of-detention': {
    label: 'Extended sentence of detention (s.254)',
    category: 'custody',
    courtOrder: true,
    ages: { min: 10, max: 17 },
    custodialTermMonths: { min: 48 },
    licenceMonths: { min: 12, max: 120 },
    courtJudgements: [
      'The offence is a specified offence (s.306) for which s.250 or s.252A detention is available',
      'There is a significant risk to members of the public of serious harm from further specified offences (s.308)',
      'The extension period is what is necessary to protect the public: at most 5 years for a specified violent offence, 8 for a sexual or terrorism offence, 10 for a serious terrorism offence (s.256(4))',
    ],
    kind: 'law',
    source: 'Sentencing Act 2020 ss.254-256',
    release: {
      // [V] Criminal Justice and Courts Act 2015 s.4 explanatory notes (legislation.gov.uk): every
      // extended sentence imposed since then is released by the Parole Board between two-thirds and
      // the end of the custodial term; automatic at the end of it.
      paroleEligibleAtFraction: 2 / 3,
      automaticAtFraction: 1,
      kind: 'law',
      source:
        'Criminal Justice Act 2003 s.246A, as amended by Criminal Justice and Courts Act 2015 s.4',
      note: 'Release on licence for the extension period after the custodial term; record the actual parole eligibility and release dates when known.',
    },
  },
  // [V] Sentencing Act 2020 s.221(2)(d), s.259 (legislation.gov.uk): detention during His
  // Majesty's pleasure for murder where the offender was under 18 when the offence was committed;
  // the court sets a minimum term (s.322, Sch. 21 para. 5A as substituted by PCSC Act 2022 s.127).
  'detention-at-his-majestys-pleasure': {
    label: 'Detention during His Majesty’s pleasure (s.259)',
    category: 'custody',
    courtOrder: true,
    ages: { min: 10, max: 17 },
    ageAtOffence: true,
    kind: 'law',
    source: 'Sentencing Act 2020 s.259; s.322 and Sch. 21 (minimum term)',
    courtJudgements: ['The minimum term (tariff) the court sets under s.322 and Sch. 21'],
    note: 'A sentence fixed by law for murder by a child; the age that counts is the age when the offence was committed.',
    release: {
      // [S] Release only on the Parole Board's direction once the minimum term is served, then on
      // licence for life (Crime (Sentences) Act 1997 s.28; not re-read for this entry).
      paroleEligibleAtFraction: 1,
      paroleBoardOnly: true,
      lifeLicence: true,
      kind: 'law',
      source: 'Crime (Sentences) Act 1997 s.28 (release of life prisoners) [secondary source]',
    },
  },
  // [V] Sentencing Act 2020 s.252A, inserted by Counter-Terrorism and Sentencing Act 2021 s.22
  // (legislation.gov.uk): under 18 when convicted of an offence in Sch. 13 Part 1 committed after
  // s.22 came into force; the court would otherwise pass a custodial sentence and does not pass
  // life detention or an extended sentence; term = appropriate custodial term + a further 1 year
  // on licence, not above the adult maximum.
  'special-custodial-sentence': {
    label: 'Special custodial sentence for offenders of particular concern (s.252A)',
    category: 'custody',
    courtOrder: true,
    ages: { min: 10, max: 17 },
    custodialTermMonths: { min: 1 },
    licenceMonths: { min: 12, max: 12 },
    courtJudgements: [
      'The offence is listed in Sch. 13 Part 1 (terrorism) and was committed after CTSA 2021 s.22 came into force',
      'The court would otherwise impose a custodial sentence, and imposes neither life detention nor an extended sentence',
    ],
    kind: 'law',
    source:
      'Sentencing Act 2020 s.252A (inserted by Counter-Terrorism and Sentencing Act 2021 s.22)',
    release: {
      // [S] A special custodial sentence is released at the Parole Board's direction from a point of
      // the custodial term (one-half in the 2020 explanatory notes; two-thirds for terrorist
      // prisoners under CJA 2003 s.247A), automatically at its end, then the 1-year licence.
      paroleEligibleAtFraction: 2 / 3,
      automaticAtFraction: 1,
      kind: 'policy-default',
      source:
        'Criminal Justice Act 2003 ss.244A, 247A [secondary sources: the fraction for terrorist offenders aged under 18 was not verified]',
      note: 'Record the parole eligibility date the secure estate gives; it wins over this default.',
    },
  },
} as const satisfies Record<SeriousCustodyType, SeriousCustodyLaw>;
