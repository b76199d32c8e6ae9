import { PCSC_ACT_2022_COMMENCEMENT } from './commencement.js';
import type { DisposalType } from './disposals.js';
import type { AgeBand, ByConvictionDate, Range, Sourced } from './types.js';

/**
 * The youth rehabilitation requirements (Sentencing Act 2020 s.174 table, Sch. 6 Parts 1-17).
 * An extended activity requirement is an `activity` of more than 90 days.
 *
 * @example
 * YRO_REQUIREMENT_KINDS.includes('curfew'); // true
 */
export const YRO_REQUIREMENT_KINDS = [
  'activity',
  'supervision',
  'unpaid-work',
  'programme',
  'attendance-centre',
  'prohibited-activity',
  'curfew',
  'exclusion',
  'residence',
  'local-authority-residence',
  'fostering',
  'mental-health-treatment',
  'drug-treatment',
  'drug-testing',
  'intoxicating-substance-treatment',
  'education',
  'electronic-monitoring',
  'electronic-whereabouts-monitoring',
] as const;

/**
 * A YRO requirement kind; see {@link YRO_REQUIREMENT_KINDS}.
 *
 * @example
 * const k: YroRequirementKind = 'unpaid-work';
 */
export type YroRequirementKind = (typeof YRO_REQUIREMENT_KINDS)[number];

/**
 * What the law says about one YRO requirement. Counts are inclusive ranges.
 *
 * @example
 * const curfew: RequirementLaw = requirementLimits.curfew;
 */
export interface RequirementLaw extends Sourced {
  readonly label: string;
  readonly days?: Range;
  readonly hours?: Range;
  readonly months?: Range;
  readonly sessions?: Range;
  readonly hoursPerDay?: Range;
  readonly hoursPer7Days?: Range;
  /** The provision that sets `hoursPer7Days`, where it differs from `source`. */
  readonly hoursPer7DaysSource?: string;
  readonly hoursPerOccasion?: Range;
  /**
   * Days allowed beyond `days.max`, and the orders that allow them; `pilotDays` beyond that again
   * only in a pilot-area order (see `issPilot`).
   */
  readonly extended?: {
    readonly days: Range;
    readonly onlyIn: readonly DisposalType[];
    readonly pilotDays?: Range;
  };
  /** Only in an order made under the 2022 Act's pilot (`pilotArea: true`; see `issPilot`). */
  readonly pilotOnly?: boolean;
  /** Limits that differ when the requirement is imposed on breach (in further proceedings). */
  readonly onBreach?: { readonly hours?: Range; readonly source: string };
  /** The daily maximum where it changed with the conviction date. */
  readonly maxHoursPerDayByConvictionDate?: readonly ByConvictionDate<number>[];
  /** Age at conviction for which the requirement is available. */
  readonly ages?: Range;
  /** Hour limits by age at conviction. */
  readonly hoursByAge?: readonly AgeBand<Range>[];
  /** A requirement to live at a specified place needs this age at conviction. */
  readonly placeOfResidenceFromAge?: number;
  /** The period must end before the child reaches this age. */
  readonly endsBeforeAge?: number;
  /** Must be completed within this many months. */
  readonly completeWithinMonths?: number;
  /** Only available in these orders. */
  readonly onlyIn?: readonly DisposalType[];
  /** Only available together with one of these requirements. */
  readonly onlyWith?: readonly YroRequirementKind[];
  /** Only available if the order imposes at least one other requirement. */
  readonly needsAnotherRequirement?: boolean;
  /**
   * The court must also impose electronic monitoring unless it is prevented or finds it
   * inappropriate. Data only: whether monitoring was inappropriate is the court's judgement, and
   * an order without it is lawful, so the model never rejects one (see
   * docs/decisions/0008-court-judgements-are-recorded-not-computed.md).
   */
  readonly electronicMonitoringByDefault?: boolean;
  /** The requirement's period must end by the relevant time of the education requirement. */
  readonly endsBy?: EducationEnd;
  /**
   * What the court decides or records before imposing the requirement (consents, willingness,
   * medical evidence, consultation): judgements the library keeps as data but never computes.
   */
  readonly courtJudgements?: readonly string[];
}

/**
 * When an education requirement must end ("the relevant time"): when the child ceases to be of
 * compulsory school age, or, for a child resident in England when the order is made and
 * convicted on or after `residentInEnglandConvictedFrom`, before the child turns
 * `residentInEnglandBeforeAge`.
 *
 * @example
 * const end: EducationEnd = requirementLimits.education.endsBy;
 */
export interface EducationEnd {
  readonly residentInEnglandConvictedFrom: string;
  readonly residentInEnglandBeforeAge: number;
  readonly source: string;
}

/**
 * The limits of each YRO requirement, keyed by kind: `requirementLimits['unpaid-work'].hours`.
 * Age- and date-dependent limits are data here too; the model applies them.
 *
 * @example
 * requirementLimits['unpaid-work'].hours;  // { min: 40, max: 240 }
 * requirementLimits.curfew.hoursPer7Days;  // { max: 112 }
 */
export const requirementLimits = {
  // Sch. 6 para. 1(3): at most 90 days in aggregate; para. 2 and s.185(1): an extended activity
  // requirement (more than 90 days, at most 180) only in a YRO with ISS.
  activity: {
    label: 'Activity',
    days: { min: 1, max: 90 },
    extended: {
      days: { min: 91, max: 180 },
      onlyIn: ['youth-rehabilitation-order-iss'],
      // Sch. 6 para. 2(2A) (PCSC Act 2022 Sch. 17 para. 17): 365 days, in pilot-area orders only.
      pilotDays: { min: 181, max: 365 },
    },
    kind: 'law',
    source: 'Sentencing Act 2020 Sch. 6 paras. 1-2, s.185(1)',
    note: 'Up to 365 days of extended activity only in a pilot-area ISS for a conviction from 3 July 2023 (issPilot).',
  },
  // Sch. 6 Part 2: for the life of the order.
  supervision: {
    label: 'Supervision',
    months: { min: 1, max: 36 },
    kind: 'law',
    source: 'Sentencing Act 2020 Sch. 6 Part 2',
    note: 'Runs for the life of the order.',
  },
  // s.185(2): only if aged 16 or 17 when convicted; Sch. 6 Part 3: 40 to 240 hours, within
  // 12 months.
  'unpaid-work': {
    label: 'Unpaid work',
    hours: { min: 40, max: 240 },
    ages: { min: 16, max: 17 },
    completeWithinMonths: 12,
    // [V] Sch. 6 para. 10(4): the 40-hour minimum and the 12 months are "subject to paragraphs
    // 10(7) and 19 of Schedule 7". [S] Sch. 7 para. 10(7) (an unpaid work requirement imposed on
    // breach where the order had none): the copy seen was cut off before the figure; 20 hours is
    // the minimum of the predecessor (CJIA 2008 Sch. 2 para. 6(7)) from secondary sources.
    onBreach: {
      hours: { min: 20, max: 240 },
      source:
        'Sentencing Act 2020 Sch. 6 para. 10(4); Sch. 7 para. 10(7) [minimum from secondary sources]',
    },
    kind: 'law',
    source: 'Sentencing Act 2020 s.185(2), Sch. 6 Part 3',
  },
  // Sch. 6 Part 4: a specified number of sessions.
  programme: {
    label: 'Programme',
    sessions: { min: 1 },
    kind: 'law',
    source: 'Sentencing Act 2020 Sch. 6 Part 4',
  },
  // Sch. 6 para. 14(3) (structure confirmed by its modification in Criminal Justice and
  // Immigration Act 2008 Sch. 7 para. 3): 16+ 12-36 hours, 14-15 12-24, under 14 at most 12.
  'attendance-centre': {
    label: 'Attendance centre',
    hours: { min: 1, max: 36 },
    hoursByAge: [
      { fromAge: 16, value: { min: 12, max: 36 } },
      { fromAge: 14, toAge: 15, value: { min: 12, max: 24 } },
      { toAge: 13, value: { max: 12 } },
    ],
    // At most 3 hours on one occasion (DOMAIN.md [S]; the sub-paragraph was not verified):
    // checked when the order records `hoursPerOccasion`.
    hoursPerOccasion: { max: 3 },
    kind: 'law',
    source: 'Sentencing Act 2020 Sch. 6 para. 14',
    note: 'The 3-hour occasion limit and "at most once a day" come from secondary sources; only the 3 hours is checked, when recorded.',
  },
  // Sch. 6 Part 6: specified days.
  'prohibited-activity': {
    label: 'Prohibited activity',
    days: { min: 1 },
    kind: 'law',
    source: 'Sentencing Act 2020 Sch. 6 Part 6',
  },
  // Sch. 6 para. 18(4): at least 2 hours a day; at most 16 (conviction before 28.6.2022) or
  // 20 hours a day (para. 18(4A), inserted by PCSC Act 2022 Sch. 17 para. 19); at most 112 hours
  // in any 7 days (para. 18(4)(c), same amendment). Para. 18(5): within 12 months of first taking
  // effect (already so in the Code as enacted). Para. 19(3): electronic monitoring by default.
  curfew: {
    label: 'Curfew',
    hoursPerDay: { min: 2, max: 20 },
    maxHoursPerDayByConvictionDate: [
      {
        convictedBefore: PCSC_ACT_2022_COMMENCEMENT,
        value: 16,
        source: 'Sentencing Act 2020 Sch. 6 para. 18(4)(b), (4A)(a)',
      },
      {
        convictedFrom: PCSC_ACT_2022_COMMENCEMENT,
        value: 20,
        source: 'Sentencing Act 2020 Sch. 6 para. 18(4)(b), (4A)(b), as amended by PCSC Act 2022',
      },
    ],
    // The 7 days run from the day of the week the requirement first takes effect. A day of more
    // than 16 hours (from 28.6.2022 only) can breach the weekly cap, so the model then needs the
    // recorded week total; a week cannot hold more than 7 of the longest day.
    hoursPer7Days: { max: 112 },
    hoursPer7DaysSource:
      'Sentencing Act 2020 Sch. 6 para. 18(4)(c), inserted by PCSC Act 2022 Sch. 17 para. 19(2)(c)',
    months: { min: 1, max: 12 },
    days: { min: 1 },
    electronicMonitoringByDefault: true,
    courtJudgements: [
      'Information about each place, including the attitude of those affected by the child being there (Sch. 6 para. 19(1)-(2))',
      'Whether electronic monitoring is inappropriate or unavailable (Sch. 6 para. 19(3))',
    ],
    kind: 'law',
    source: 'Sentencing Act 2020 Sch. 6 paras. 18-19, as amended by PCSC Act 2022 Sch. 17 para. 19',
    note: 'The 112-hour weekly cap came in with the 2022 Act; before it 7 x 16 = 112 bounded the week anyway. The period may be recorded in months or days.',
  },
  // Sch. 6 Part 8: at most 3 months; electronic monitoring by default. The period may be recorded
  // in days (an exclusion of 6 weeks), checked against the 3 months from the day it takes effect.
  exclusion: {
    label: 'Exclusion',
    months: { min: 1, max: 3 },
    days: { min: 1 },
    electronicMonitoringByDefault: true,
    courtJudgements: ['Whether electronic monitoring is inappropriate or unavailable'],
    kind: 'law',
    source: 'Sentencing Act 2020 Sch. 6 Part 8',
  },
  // Sch. 6 Part 9: residence at a specified place only at 16+; with an individual only with
  // that individual's consent.
  residence: {
    label: 'Residence',
    placeOfResidenceFromAge: 16,
    courtJudgements: ['The named individual consents (recorded as `individualConsented`, checked)'],
    kind: 'law',
    source: 'Sentencing Act 2020 Sch. 6 Part 9',
  },
  // Sch. 6 para. 24(4): at most 6 months, ending before 18; para. 25: parent/guardian consulted.
  'local-authority-residence': {
    label: 'Local authority residence',
    months: { min: 1, max: 6 },
    endsBeforeAge: 18,
    courtJudgements: ['A parent or guardian of the child was consulted (Sch. 6 para. 25)'],
    kind: 'law',
    source: 'Sentencing Act 2020 Sch. 6 paras. 24-25',
  },
  // Sch. 6 para. 26(3): within 12 months of taking effect, ending before 18; s.185(3): only in a
  // YRO with fostering.
  fostering: {
    label: 'Fostering',
    months: { min: 1, max: 12 },
    endsBeforeAge: 18,
    onlyIn: ['youth-rehabilitation-order-fostering'],
    kind: 'law',
    source: 'Sentencing Act 2020 s.185(3), Sch. 6 paras. 26-27',
  },
  // Sch. 6 Part 12.
  'mental-health-treatment': {
    label: 'Mental health treatment',
    kind: 'law',
    courtJudgements: [
      'Medical evidence that the child needs, and may respond to, treatment',
      'The child has expressed willingness to comply',
    ],
    source: 'Sentencing Act 2020 Sch. 6 Part 12',
    note: 'The conditions are from DOMAIN.md [V/M] and not verified paragraph by paragraph.',
  },
  // Sch. 6 Part 13.
  'drug-treatment': {
    label: 'Drug treatment',
    kind: 'law',
    courtJudgements: ['The child has expressed willingness to comply (consent)'],
    source: 'Sentencing Act 2020 Sch. 6 Part 13',
  },
  // Sch. 6 Part 14: only with a drug treatment requirement.
  'drug-testing': {
    label: 'Drug testing',
    onlyWith: ['drug-treatment'],
    kind: 'law',
    source: 'Sentencing Act 2020 Sch. 6 Part 14',
  },
  // Sch. 6 Part 15.
  'intoxicating-substance-treatment': {
    label: 'Intoxicating substance treatment',
    kind: 'law',
    courtJudgements: ['The child consents'],
    source: 'Sentencing Act 2020 Sch. 6 Part 15',
    note: 'The consent condition is from recollection only (DOMAIN.md [M]).',
  },
  // Sch. 6 para. 39(4)-(4B), amended by PCSC Act 2022 Sch. 17 para. 21 (in force 28.6.2022):
  // the period ends by "the relevant time": ceasing to be of compulsory school age, or reaching
  // 18 for a child resident in England (Education and Skills Act 2008 Part 1) when the order is
  // made, convicted on or after that day.
  education: {
    label: 'Education',
    endsBy: {
      residentInEnglandConvictedFrom: PCSC_ACT_2022_COMMENCEMENT,
      residentInEnglandBeforeAge: 18,
      source:
        'Sentencing Act 2020 Sch. 6 para. 39(4)-(4B), as amended by PCSC Act 2022 Sch. 17 para. 21',
    },
    courtJudgements: [
      'The local authority was consulted and suitable education arrangements exist (Sch. 6 para. 39)',
    ],
    kind: 'law',
    source: 'Sentencing Act 2020 Sch. 6 Part 16, as amended by PCSC Act 2022',
    note: 'Compulsory school age: see compulsorySchoolAge. Checked when the requirement records `months`; where residence in England is not recorded, the later (18) limit is applied and `educationRequirementResidenceUnknown` reports it for a finding.',
  },
  // s.185(4): only if the order imposes at least one other requirement; Sch. 6 Part 17.
  'electronic-monitoring': {
    label: 'Electronic monitoring',
    needsAnotherRequirement: true,
    kind: 'law',
    courtJudgements: ['The consent of any person whose co-operation is needed (Sch. 6 Part 17)'],
    source: 'Sentencing Act 2020 s.185(4), Sch. 6 Part 17',
    note: 'In a pilot-area order this is the electronic compliance monitoring requirement (PCSC Act 2022 Sch. 17 para. 12), with the same rule.',
  },
  // [V] s.185(5), Sch. 6 paras. 45-48 (PCSC Act 2022 Sch. 17 Part 2), in force only under
  // S.I. 2023/705: monitoring of the child's whereabouts, not of compliance with other
  // requirements; needs no other requirement; consent of anyone whose co-operation is needed
  // (Sch. 8 para. 11(4) as amended names that person).
  'electronic-whereabouts-monitoring': {
    label: 'Electronic whereabouts monitoring',
    pilotOnly: true,
    courtJudgements: ['The consent of any person whose co-operation is needed'],
    kind: 'law',
    source:
      'Sentencing Act 2020 s.185(5), Sch. 6 paras. 45-48, as inserted by PCSC Act 2022 Sch. 17 Part 2; S.I. 2023/705',
    note: 'Pilot areas only, for convictions from 3 July 2023 and orders made while the pilot was in force (issPilot); one imposed then goes on after the pilot ends.',
  },
} as const satisfies Record<YroRequirementKind, RequirementLaw>;
