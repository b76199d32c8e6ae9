import * as z from 'zod';
import { FactorDomainSchema, InterventionLevelSchema } from '../model/assessment.js';
import { ResponsivityNeedKindSchema } from '../model/child.js';
import { AgencySchema } from '../model/owner.js';

/**
 * A rating threshold: the plan checks compare ratings on one scale, low < medium < high <
 * very high (the likelihood of reoffending stops at high).
 *
 * @example
 * RatingThresholdSchema.parse('medium');
 */
export const RatingThresholdSchema = z.enum(['low', 'medium', 'high', 'very-high']);
/**
 * A rating threshold; see {@link RatingThresholdSchema}.
 *
 * @example
 * const from: RatingThreshold = 'high';
 */
export type RatingThreshold = z.infer<typeof RatingThresholdSchema>;

const count = (max: number) => z.int().min(0).max(max);
const level = InterventionLevelSchema;

/** @internal Whole numbers keyed by intervention level, each level defaulted. */
const countsByLevel = (max: number, d: { standard: number; enhanced: number; intensive: number }) =>
  z
    .strictObject({
      standard: count(max).default(d.standard),
      enhanced: count(max).default(d.enhanced),
      intensive: count(max).default(d.intensive),
    })
    .prefault({});

/**
 * A band of planned contacts a month: at least `min`, at most `max` (no upper bound when
 * `max` is absent).
 *
 * @example
 * ContactBandSchema.parse({ min: 4, max: 11 });
 */
export const ContactBandSchema = z
  .strictObject({ min: count(62), max: count(62).optional() })
  .refine((b) => b.max === undefined || b.max >= b.min, {
    path: ['max'],
    message: 'The most contacts a month cannot be fewer than the least',
  });
/**
 * A band of planned contacts a month; see {@link ContactBandSchema}.
 *
 * @example
 * const intensive: ContactBand = { min: 12 };
 */
export type ContactBand = z.infer<typeof ContactBandSchema>;

/**
 * The numbers the plan checks judge by. Every one is an overridable practice default, never
 * law; a YOS may override any of them, and again per disposal type (`byDisposalType`). Sources:
 * DOMAIN.md sections 4 and 7, HM Inspectorate of Probation's effective practice guides
 * (planning; implementation and delivery), and the YJB scaled approach (2009-2010, historic).
 *
 * @example
 * PlanPolicySchema.parse({}).maxActiveObjectives.enhanced; // 5
 * PlanPolicySchema.parse({ firstWeeks: { weeks: 6 } }).firstWeeks.maxActionsDue.standard; // 3
 */
export const PlanPolicySchema = z.strictObject({
  /**
   * Most objectives active at once, by intervention level (practice default: 3 / 5 / 7).
   * Plans for children with multiple needs are broken into a few realistic steps
   * (HMI Probation, "Planning" effective practice guide).
   */
  maxActiveObjectives: countsByLevel(50, { standard: 3, enhanced: 5, intensive: 7 }),
  /**
   * Most objectives active at once for a first out-of-court disposal (practice default: 2): a
   * first out-of-court disposal may need only a light touch (HMI Probation, "Planning" guide for
   * youth; YJB Child First: minimal intervention). Applies only when the disposal records
   * `firstOutOfCourtDisposal: true`; any other out-of-court disposal takes the level's maximum.
   */
  outOfCourtMaxActiveObjectives: count(50).default(2),
  /**
   * The order length, in months, from which the level's maximum of objectives applies in full
   * (practice default: 6). A shorter disposal gets the maximum scaled by its length, rounded up
   * and at least 1 (a 3-month referral order at the enhanced level: 3): plans are proportionate
   * to the disposal, taking its length into account (HMI Probation, "Planning" guide for youth).
   */
  fullLoadFromMonths: z.int().min(1).max(36).default(6),
  /**
   * Planned contacts a month in the community, by intervention level: minimums only. 2 / 4 / 12
   * are the scaled approach's historic 2010 minimums (recollection, not law: the 2019 Standards
   * for children prescribe no frequency). The scaled approach set no maximum, and none is set
   * by default: more contact than the level's minimum is never reported unless a YOS sets a
   * `max` of its own.
   */
  contactsPerMonth: z
    .strictObject({
      standard: ContactBandSchema.default({ min: 2 }),
      enhanced: ContactBandSchema.default({ min: 4 }),
      intensive: ContactBandSchema.default({ min: 12 }),
    })
    .prefault({}),
  /**
   * Planned contacts a month while the child is in custody (the custodial part of a DTO or of
   * detention): its own expectation, whatever the level (default: at least 1, the case
   * manager's visit; a policy default from practice, not law).
   */
  custodyContactsPerMonth: ContactBandSchema.default({ min: 1 }),
  /**
   * The first weeks of a plan version, and the most actions that may fall due in them, by
   * intervention level (practice default: 4 weeks; 3 / 4 / 6 actions). Over-ambitious plans
   * lose the child (HMI Probation, "Planning" guide).
   */
  firstWeeks: z
    .strictObject({
      weeks: z.int().min(1).max(26).default(4),
      maxActionsDue: countsByLevel(100, { standard: 3, enhanced: 4, intensive: 6 }),
    })
    .prefault({}),
  /** Weeks before the disposal ends by which an exit plan is expected (practice default: 8). */
  exitPlanNoticeWeeks: z.int().min(1).max(52).default(8),
  /**
   * Weeks before the child's 18th birthday by which a transition plan is expected when the
   * disposal runs to 18 or beyond (default 26: preparation from about 17 and a half).
   */
  transitionNoticeWeeks: z.int().min(1).max(104).default(26),
  /**
   * Working days within which a looked-after or child-protection child's care plan or child
   * protection plan is reviewed around the youth justice plan's review (practice default: 20),
   * so the two are reviewed together (`plan.agency-plan-not-aligned`).
   */
  agencyPlanAlignmentWorkingDays: z.int().min(1).max(120).default(20),
  /**
   * Working days within which the actions agreed at a meeting are in a plan version (practice
   * default: 10, the time to draft and share the plan after a planning meeting).
   */
  meetingActionsWorkingDays: z.int().min(1).max(60).default(10),
  /** Working days after a hand-over to probation by which it is reviewed (practice default: 20). */
  transitionReviewWorkingDays: z.int().min(1).max(120).default(20),
  /** The least significance of an assessed factor that the plan must address or defer (default medium). */
  significantFactorFrom: z.enum(['low', 'medium', 'high']).default('medium'),
  /**
   * The ratings from which the plan needs an objective with each focus (default: medium for
   * each). Desistance follows the likelihood of reoffending, the child's safety the safety and
   * wellbeing rating, other people's safety the risk of serious harm (HMI Probation youth
   * inspection standards 2.2: planning for desistance, safety and wellbeing, others' safety).
   */
  focusFrom: z
    .strictObject({
      desistance: RatingThresholdSchema.default('medium'),
      safetyAndWellbeing: RatingThresholdSchema.default('medium'),
      safetyOfOthers: RatingThresholdSchema.default('medium'),
    })
    .prefault({}),
  /**
   * The ratings from which the plan needs a contingency plan (default: risk of serious harm
   * medium, safety and wellbeing high). Inspection standards expect contingency arrangements
   * where risk to the child or to others is significant.
   */
  contingencyFrom: z
    .strictObject({
      riskOfSeriousHarm: RatingThresholdSchema.default('medium'),
      safetyAndWellbeing: RatingThresholdSchema.default('high'),
    })
    .prefault({}),
  /**
   * The intervention level each rating suggests; the suggested level is the higher of the two
   * (the scaled approach's usual matrix, historic: standard for low, enhanced for medium,
   * intensive for high or very high).
   */
  suggestedLevel: z
    .strictObject({
      likelihoodOfReoffending: z
        .strictObject({
          low: level.default('standard'),
          medium: level.default('enhanced'),
          high: level.default('intensive'),
        })
        .prefault({}),
      riskOfSeriousHarm: z
        .strictObject({
          low: level.default('standard'),
          medium: level.default('enhanced'),
          high: level.default('intensive'),
          'very-high': level.default('intensive'),
        })
        .prefault({}),
    })
    .prefault({}),
  /**
   * Assessment domains of a child's immediate, stability needs that come before the work that
   * depends on them: where the child lives, education (structure and routine), and safety from
   * exploitation (HMI Probation, "Implementation and delivery" guide: immediate needs first;
   * "Planning" guide for youth: structure and routine, return to education). The adult list
   * (accommodation, substance use, finances) is not the default.
   */
  stabilityDomains: z
    .array(FactorDomainSchema)
    .max(20)
    .default([
      'living-arrangements',
      'education-training-employment',
      'exploitation-and-victimisation',
    ]),
  /**
   * Assessment domains another agency owns, and the agencies that count as involved (by an
   * action they own or a referral to them). Joint planning with other agencies: HMI Probation,
   * "Planning" guide for youth.
   */
  agencyDomains: z.partialRecord(FactorDomainSchema, z.array(AgencySchema).min(1).max(11)).default({
    'education-training-employment': ['education', 'employment-and-training'],
    'physical-health': ['health'],
    'emotional-mental-health': ['mental-health', 'health'],
    'substance-use': ['substance-misuse', 'health'],
    'living-arrangements': ['housing', 'social-care'],
    'speech-language-communication-neurodisability': ['health', 'education'],
    'exploitation-and-victimisation': ['social-care', 'police'],
  }),
  /**
   * Recorded needs of the child that the plan must show it adapts to, each one (communication,
   * neurodiversity, learning, mental health, cultural and diversity needs: HMI Probation,
   * "Planning" guide for youth; Kirby 2021).
   */
  adaptationNeedKinds: z
    .array(ResponsivityNeedKindSchema)
    .max(20)
    .default([
      'speech-language-communication',
      'neurodiversity',
      'learning',
      'mental-health',
      'cultural-diversity',
    ]),
});

/**
 * Plan proportionality and quality numbers; see {@link PlanPolicySchema}.
 *
 * @example
 * const p: PlanPolicy = PlanPolicySchema.parse({});
 */
export type PlanPolicy = z.infer<typeof PlanPolicySchema>;
