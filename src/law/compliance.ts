import type { DisposalType } from './disposals.js';
import type { ContractElementKind } from './referralOrder.js';
import type { Sourced } from './types.js';
import type { YroRequirementKind } from './yroRequirements.js';

/**
 * The responsible officer's duties under a YRO: make the arrangements the requirements need,
 * promote compliance, and enforce where appropriate. The law asks for arrangements, not for a
 * plan action: a restriction is met by monitoring it, a requirement the child attends by
 * delivering it.
 *
 * @example
 * responsibleOfficerDuties.source; // 'Sentencing Act 2020 s.192(2) ...'
 */
export const responsibleOfficerDuties = {
  kind: 'law',
  source:
    'Sentencing Act 2020 s.192(2): (a) make any arrangements necessary in connection with the requirements, (b) promote compliance, (c) take steps to enforce where appropriate',
} as const satisfies Sourced;

/**
 * The YRO requirements the child complies with rather than attends: each restricts where the
 * child may be, what the child may do, or where the child lives, or monitors that. The YOS
 * delivers nothing to the child for them; it arranges how they are monitored (s.192(2)(a)).
 * Every kind not listed here is delivered: the child attends or takes part in something the YOS
 * or a partner provides. A kind added to the catalogue is delivered until it is listed here.
 *
 * @example
 * 'curfew' in compliedWithYroRequirements; // true
 * 'unpaid-work' in compliedWithYroRequirements; // false
 */
export const compliedWithYroRequirements = {
  'prohibited-activity': {
    kind: 'law',
    source: 'Sentencing Act 2020 Sch. 6 Part 6 (refrain from specified activities)',
  },
  curfew: {
    kind: 'law',
    source: 'Sentencing Act 2020 Sch. 6 paras. 18-19 (remain at a specified place at set times)',
  },
  exclusion: {
    kind: 'law',
    source: 'Sentencing Act 2020 Sch. 6 Part 8 (not enter a specified place)',
  },
  residence: {
    kind: 'law',
    source: 'Sentencing Act 2020 Sch. 6 Part 9 (reside with an individual or at a place)',
  },
  'local-authority-residence': {
    kind: 'law',
    source: 'Sentencing Act 2020 Sch. 6 paras. 24-25 (reside in local authority accommodation)',
    note: 'The local authority provides the placement; the YOS arranges how residence there is monitored.',
  },
  fostering: {
    kind: 'law',
    source: 'Sentencing Act 2020 Sch. 6 paras. 26-27 (reside with a local authority foster parent)',
    note: 'The local authority provides the placement; the YOS arranges how residence there is monitored.',
  },
  'electronic-monitoring': {
    kind: 'law',
    source:
      'Sentencing Act 2020 s.185(4), Sch. 6 Part 17 (monitoring compliance with other requirements)',
  },
} as const satisfies Partial<Record<YroRequirementKind, Sourced>>;

/**
 * The youth offender contract terms the child complies with rather than attends (the
 * restrictive terms of Sch. 3 para. 2, and the two a contract may never hold). Every other term
 * is delivered.
 *
 * @example
 * 'stay-away-from-persons' in compliedWithContractTerms; // true
 */
export const compliedWithContractTerms = {
  'at-home-at-specified-times': { kind: 'law', source: 'Sentencing Act 2020 Sch. 3 para. 2(d)' },
  'stay-away-from-places': { kind: 'law', source: 'Sentencing Act 2020 Sch. 3 para. 2(h)' },
  'stay-away-from-persons': { kind: 'law', source: 'Sentencing Act 2020 Sch. 3 para. 2(i)' },
  'electronic-monitoring': { kind: 'law', source: 'Sentencing Act 2020 Sch. 3 paras. 5-6' },
  'physical-restriction': { kind: 'law', source: 'Sentencing Act 2020 Sch. 3 paras. 5-6' },
} as const satisfies Partial<Record<ContractElementKind, Sourced>>;

/**
 * The disposals whose terms the child must keep, and what follows if the child does not: the
 * order's requirements and these consequences are what the child should be told. Disposals not
 * listed (discharges, fines, the voluntary out-of-court outcomes) ask nothing of the child that
 * the YOS enforces.
 *
 * @example
 * nonComplianceConsequences['referral-order'].source; // 'Sentencing Act 2020 ss.97-104, Sch. 4 ...'
 */
export const nonComplianceConsequences = {
  'youth-conditional-caution': {
    kind: 'law',
    source:
      'Crime and Disorder Act 1998 s.66E (failing without reasonable excuse to comply with a condition: prosecution for the offence)',
  },
  'reparation-order': {
    kind: 'law',
    source: 'Sentencing Act 2020 Sch. 5 (breach, revocation and amendment of a reparation order)',
  },
  'referral-order': {
    kind: 'law',
    source:
      'Sentencing Act 2020 ss.97-104 and Sch. 4 (panel meetings on non-compliance; referral back to court)',
  },
  'youth-rehabilitation-order': {
    kind: 'law',
    source: 'Sentencing Act 2020 Sch. 7 (warnings, breach, revocation and amendment)',
  },
  'youth-rehabilitation-order-iss': {
    kind: 'law',
    source: 'Sentencing Act 2020 Sch. 7 (warnings, breach, revocation and amendment)',
  },
  'youth-rehabilitation-order-fostering': {
    kind: 'law',
    source: 'Sentencing Act 2020 Sch. 7 (warnings, breach, revocation and amendment)',
  },
  'detention-and-training-order': {
    kind: 'law',
    source: 'Sentencing Act 2020 Sch. 12 (breach of supervision requirements)',
  },
  'long-term-detention': {
    kind: 'law',
    source: 'Criminal Justice Act 2003 Part 12 Chapter 6 (licence conditions and recall)',
    note: 'The licence and recall provisions were not verified paragraph by paragraph.',
  },
} as const satisfies Partial<Record<DisposalType, Sourced>>;

/**
 * Under a YRO, once the responsible officer is of the opinion that the child failed without
 * reasonable excuse to comply, the officer must give a warning or bring the failure before a
 * court: an informal response alone does not discharge that duty. Where the child's account
 * shows a reasonable excuse, the duty does not arise.
 *
 * @example
 * yroWarningDuty.appliesTo.includes('youth-rehabilitation-order'); // true
 */
export const yroWarningDuty = {
  appliesTo: [
    'youth-rehabilitation-order',
    'youth-rehabilitation-order-iss',
    'youth-rehabilitation-order-fostering',
  ],
  kind: 'law',
  source:
    'Sentencing Act 2020 Sch. 7 para. 4 (duty to give a warning or lay an information where the responsible officer is of the opinion that a requirement was breached without reasonable excuse)',
} as const satisfies Sourced & { appliesTo: readonly DisposalType[] };
