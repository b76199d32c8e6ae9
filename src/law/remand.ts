import type { Range, Sourced } from './types.js';

/**
 * The kinds of case a youth offending service runs before any sentence: bail with a YOS bail
 * supervision and support programme, bail with intensive supervision and surveillance, remand to
 * local authority accommodation, remand to youth detention accommodation.
 *
 * @example
 * REMAND_KINDS.includes('remand-youth-detention'); // true
 */
export const REMAND_KINDS = [
  'bail-supervision-and-support',
  'iss-bail',
  'remand-local-authority',
  'remand-youth-detention',
] as const;

/**
 * One of {@link REMAND_KINDS}.
 *
 * @example
 * const k: RemandKind = 'iss-bail';
 */
export type RemandKind = (typeof REMAND_KINDS)[number];

/**
 * What the law says about a remand or bail kind, at the level a YOS plan needs.
 *
 * @example
 * const law: RemandLaw = remandCatalogue['remand-youth-detention'];
 */
export interface RemandLaw extends Sourced {
  readonly label: string;
  /** Age on the day of the decision. */
  readonly ages: Range;
  /** The child is looked after by the designated local authority while so remanded. */
  readonly lookedAfter?: boolean;
  /** What the court decides and records: judgements kept as data, never computed. */
  readonly courtJudgements?: readonly string[];
  /** Electronic monitoring of conditions is available only from this age. */
  readonly electronicMonitoringFromAge?: number;
}

/**
 * The remand and bail catalogue. A "child" for remand is anyone under 18 (LASPO 2012 s.91(6)); a
 * court that refuses bail must remand to local authority accommodation unless the first or second
 * set of conditions for youth detention accommodation is met (s.91(3)-(4)).
 *
 * @example
 * remandCatalogue['remand-youth-detention'].ages; // { min: 12, max: 17 }
 */
export const remandCatalogue = {
  // [S] Bail Act 1976 s.3(6) conditions (a YOS bail supervision and support programme is a bail
  // condition); s.3AA electronic monitoring of a child's bail conditions from age 12 [recollection].
  'bail-supervision-and-support': {
    label: 'Bail supervision and support',
    ages: { min: 10, max: 17 },
    electronicMonitoringFromAge: 12,
    kind: 'law',
    source: 'Bail Act 1976 s.3(6), s.3AA [secondary sources]',
    note: 'A bail condition to take part in the YOS programme; not a sentence.',
  },
  'iss-bail': {
    label: 'Bail with intensive supervision and surveillance (ISS bail)',
    ages: { min: 10, max: 17 },
    electronicMonitoringFromAge: 12,
    kind: 'law',
    source: 'Bail Act 1976 s.3(6), s.3AA [secondary sources]',
    note: 'Usually with a curfew and electronic monitoring; an alternative to a remand.',
  },
  // [V] LASPO 2012 ss.91(3), 92 (legislation.gov.uk): remand to accommodation provided by or for a
  // local authority, which the court designates (the authority looking after the child, else where
  // the child habitually resides or the offence was committed); s.93: the court may impose any
  // condition it could impose on bail, and electronic monitoring where s.94 is met.
  // [S] s.104: the child is looked after by the designated authority.
  'remand-local-authority': {
    label: 'Remand to local authority accommodation',
    ages: { min: 10, max: 17 },
    lookedAfter: true,
    electronicMonitoringFromAge: 12,
    courtJudgements: [
      'The local authority designated to receive the child (s.92(2)-(3))',
      'Any conditions, as on bail (s.93(1)), and electronic monitoring where s.94 is met',
    ],
    kind: 'law',
    source: 'Legal Aid, Sentencing and Punishment of Offenders Act 2012 ss.91-94, 104',
  },
  // [V] LASPO 2012 s.98 (first set: age 12+, a violent, sexual or terrorism offence or one
  // punishable with 14 years or more for an adult, the necessity condition, legal representation)
  // and s.99 (second set: age 12+, custody "very likely" (as amended by PCSC Act 2022), an
  // imprisonable offence, a recent and significant history of absconding or offending on remand or
  // bail, necessity, legal representation) (legislation.gov.uk).
  'remand-youth-detention': {
    label: 'Remand to youth detention accommodation',
    ages: { min: 12, max: 17 },
    lookedAfter: true,
    courtJudgements: [
      'Which set of conditions is met: the first (s.98) or the second (s.99)',
      'Necessity: only this remand would protect the public from death or serious injury, or prevent further imprisonable offences',
      'Legal representation, or its refusal or withdrawal',
    ],
    kind: 'law',
    source: 'Legal Aid, Sentencing and Punishment of Offenders Act 2012 ss.91, 98-99, 102, 104',
  },
} as const satisfies Record<RemandKind, RemandLaw>;
