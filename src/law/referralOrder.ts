import type { Sourced } from './types.js';

/**
 * What a youth offender contract's programme of behaviour may include (Sentencing Act 2020
 * Sch. 3 para. 2), plus `other`; then the two things it may never include (Sch. 3 paras. 5-6),
 * listed so a record of them can be rejected with the reason.
 *
 * @example
 * CONTRACT_ELEMENT_KINDS.includes('mediation-with-victim'); // true
 */
export const CONTRACT_ELEMENT_KINDS = [
  'reparation-to-victim',
  'mediation-with-victim',
  'unpaid-work-in-community',
  'at-home-at-specified-times',
  'attend-education-or-work',
  'specified-activities',
  'meet-specified-persons',
  'stay-away-from-places',
  'stay-away-from-persons',
  'other',
  'electronic-monitoring',
  'physical-restriction',
] as const;

/**
 * A contract element kind; see {@link CONTRACT_ELEMENT_KINDS}.
 *
 * @example
 * const k: ContractElementKind = 'reparation-to-victim';
 */
export type ContractElementKind = (typeof CONTRACT_ELEMENT_KINDS)[number];

/**
 * What the law says about one kind of contract element.
 *
 * @example
 * contractElementCatalogue['reparation-to-victim'].victimConsentNeeded; // true
 */
export interface ContractElementLaw extends Sourced {
  readonly label: string;
  /** Involves the victim, so needs the victim's consent. */
  readonly victimConsentNeeded?: boolean;
  /** May never be part of a youth offender contract. */
  readonly prohibited?: boolean;
}

const SCH3 = 'Sentencing Act 2020 Sch. 3 para. 2';

/**
 * The contract element catalogue, keyed by {@link ContractElementKind}.
 *
 * @example
 * contractElementCatalogue['electronic-monitoring'].prohibited; // true
 */
export const contractElementCatalogue = {
  // Sch. 3 para. 2(a)-(i), "subject to paragraphs 5 and 6": victim-related terms only with the
  // victim's consent, never electronic monitoring or physical restriction.
  'reparation-to-victim': {
    label: 'Reparation to the victim',
    victimConsentNeeded: true,
    kind: 'law',
    source: `${SCH3}(a); paras. 5-6`,
  },
  'mediation-with-victim': {
    label: 'Mediation with the victim',
    victimConsentNeeded: true,
    kind: 'law',
    source: `${SCH3}(b); paras. 5-6`,
  },
  'unpaid-work-in-community': {
    label: 'Unpaid work or service in the community',
    kind: 'law',
    source: `${SCH3}(c)`,
  },
  'at-home-at-specified-times': {
    label: 'Be at home at specified times',
    kind: 'law',
    source: `${SCH3}(d)`,
  },
  'attend-education-or-work': {
    label: 'Attend school, education or work',
    kind: 'law',
    source: `${SCH3}(e)`,
  },
  'specified-activities': {
    label: 'Take part in specified activities',
    kind: 'law',
    source: `${SCH3}(f); para. 4`,
  },
  'meet-specified-persons': {
    label: 'Meet specified persons',
    kind: 'law',
    source: `${SCH3}(g)`,
  },
  'stay-away-from-places': {
    label: 'Stay away from specified places',
    kind: 'law',
    source: `${SCH3}(h)`,
  },
  'stay-away-from-persons': {
    label: 'Stay away from specified persons',
    kind: 'law',
    source: `${SCH3}(i)`,
  },
  other: {
    label: 'Other contract term',
    kind: 'law',
    source: 'Sentencing Act 2020 Sch. 3 para. 2 ("in particular": the list is not exhaustive)',
  },
  // Sch. 3 paras. 5-6: no electronic monitoring, no physical restriction of movements.
  'electronic-monitoring': {
    label: 'Electronic monitoring',
    prohibited: true,
    kind: 'law',
    source: 'Sentencing Act 2020 Sch. 3 paras. 5-6',
  },
  'physical-restriction': {
    label: 'Physical restriction of movements',
    prohibited: true,
    kind: 'law',
    source: 'Sentencing Act 2020 Sch. 3 paras. 5-6',
  },
} as const satisfies Record<ContractElementKind, ContractElementLaw>;

/**
 * Referral order rules other than its length (which is in the disposal catalogue): the court
 * must order a parent or guardian to attend panel meetings for a child under 16 at conviction
 * (may for 16-17), unless that would be unreasonable.
 *
 * @example
 * referralOrderLaw.parentMustAttendBelowAge; // 16
 */
export const referralOrderLaw = {
  parentMustAttendBelowAge: 16,
  kind: 'law',
  source: 'Sentencing Act 2020 s.90; Sentencing Council pronouncement card (referral order)',
} as const satisfies Sourced & Record<string, unknown>;

/**
 * Overridable practice defaults for referral orders, not law: progress panel meetings at least
 * every 3 months (from secondary sources; not verified in legislation).
 *
 * @example
 * referralOrderPolicyDefaults.progressMeetingEveryMonths; // 3
 */
export const referralOrderPolicyDefaults = {
  progressMeetingEveryMonths: 3,
  kind: 'policy-default',
  source: 'YOS practice (referral order progress panels); DOMAIN.md section 2 [S]',
} as const satisfies Sourced & Record<string, unknown>;
