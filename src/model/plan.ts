import * as z from 'zod';
import type { Immutable } from '../_lib/immutable.js';
import { ResponsivityNeedKindSchema } from './child.js';
import { IsoDateSchema } from './dates.js';
import { IdSchema, TextSchema } from './ids.js';
import { AgencySchema, OwnerSchema } from './owner.js';
import { uniqueIds } from './refinements.js';
import { VisibilitySchema } from './visibility.js';

/**
 * The three foci inspectors ask about: supporting desistance, keeping the child safe
 * (`safety-and-wellbeing`), keeping other people safe (`safety-of-others`).
 *
 * @example
 * ObjectiveFocusSchema.parse('safety-of-others');
 */
export const ObjectiveFocusSchema = z.enum([
  'desistance',
  'safety-and-wellbeing',
  'safety-of-others',
]);
/**
 * An objective's focus.
 *
 * @example
 * const focus: ObjectiveFocus = 'desistance';
 */
export type ObjectiveFocus = Immutable<z.infer<typeof ObjectiveFocusSchema>>;

/**
 * Why a plan was revised: a review, a new offence, a change in risk, a new order, the child's
 * request, or `other` (with the detail recorded).
 *
 * @example
 * PlanRevisionReasonSchema.parse('change-in-risk');
 */
export const PlanRevisionReasonSchema = z.enum([
  'review',
  'new-offence',
  'change-in-risk',
  'new-order',
  'childs-request',
  'other',
]);
/**
 * Why a plan was revised.
 *
 * @example
 * const reason: PlanRevisionReason = 'childs-request';
 */
export type PlanRevisionReason = Immutable<z.infer<typeof PlanRevisionReasonSchema>>;

/**
 * Where an objective is in its life: kept apart from how well it is being achieved.
 *
 * @example
 * ObjectiveStatusSchema.parse('paused');
 */
export const ObjectiveStatusSchema = z.enum([
  'proposed',
  'active',
  'paused',
  'completed',
  'withdrawn',
]);
/**
 * An objective's lifecycle status.
 *
 * @example
 * const status: ObjectiveStatus = 'active';
 */
export type ObjectiveStatus = Immutable<z.infer<typeof ObjectiveStatusSchema>>;

/**
 * How far an objective has been achieved: judged at reviews, kept apart from its status.
 *
 * @example
 * AchievementSchema.parse('partly-achieved');
 */
export const AchievementSchema = z.enum([
  'not-started',
  'in-progress',
  'improving',
  'achieved',
  'partly-achieved',
  'not-achieved',
  'no-longer-relevant',
]);
/**
 * How far an objective has been achieved.
 *
 * @example
 * const a: Achievement = 'improving';
 */
export type Achievement = Immutable<z.infer<typeof AchievementSchema>>;

/**
 * An objective: the practitioner's wording and the child's own words, its focus, the assessed
 * factors and strengths it addresses, its priority and dependencies (stability first), how
 * success will be measured, and by when.
 *
 * @example
 * ObjectiveSchema.parse({
 *   id: 'o-housing', wording: 'Secure stable accommodation', childWords: 'Somewhere I can stay',
 *   focus: ['safety-and-wellbeing', 'desistance'], addresses: { factorIds: ['f-housing'] },
 *   priority: 1, measureOfSuccess: 'Settled at one address for 8 weeks', targetDate: '2025-06-01',
 * });
 */
export const ObjectiveSchema = z.strictObject({
  id: IdSchema,
  wording: TextSchema,
  childWords: TextSchema.optional(),
  focus: z.array(ObjectiveFocusSchema).min(1, {
    error: 'An objective needs a focus: desistance, safety and wellbeing, or safety of others',
  }),
  addresses: z
    .strictObject({
      factorIds: z.array(IdSchema).max(50).default([]),
      strengthIds: z.array(IdSchema).max(50).default([]),
    })
    .default({ factorIds: [], strengthIds: [] }),
  /** 1 is the most urgent (stability needs such as accommodation usually come first). */
  priority: z.int().min(1).max(99),
  /**
   * Objectives of the same plan that come first (sequencing). A circle of dependencies is a
   * finding of the `plan.sequence-cycle` check.
   */
  dependsOn: z.array(IdSchema).max(50).default([]),
  measureOfSuccess: TextSchema.optional(),
  targetDate: IsoDateSchema.optional(),
  /** How delivery is adapted to the child's needs (communication, neurodiversity, culture...). */
  adaptations: z.array(TextSchema).max(20).default([]),
  /**
   * The kinds of the child's recorded needs that this objective's `adaptations` serve, so each
   * need can be seen to be adapted to (one adaptation does not answer every need). Optional:
   * untagged adaptations are read as serving the child's only need, when there is one.
   */
  adaptedFor: z.array(ResponsivityNeedKindSchema).max(20).optional(),
  status: ObjectiveStatusSchema.default('active'),
  achievement: AchievementSchema.default('not-started'),
  visibility: VisibilitySchema.default({ child: true, parentsCarers: true, agencies: true }),
});

/**
 * An objective of the plan, as parsed (defaults applied).
 *
 * @example
 * const o: Objective = ObjectiveSchema.parse(input);
 * o.status; // 'active' unless given
 */
export type Objective = Immutable<z.infer<typeof ObjectiveSchema>>;

/**
 * Where an action is.
 *
 * @example
 * ActionStatusSchema.parse('not-delivered');
 */
export const ActionStatusSchema = z.enum([
  'planned',
  'in-progress',
  'done',
  'not-delivered',
  'cancelled',
]);
/**
 * An action's status.
 *
 * @example
 * const status: ActionStatus = 'done';
 */
export type ActionStatus = Immutable<z.infer<typeof ActionStatusSchema>>;

/**
 * An action: what will be done, by whom, by when, which disposal requirement it delivers (if
 * any), whether it is voluntary support (which may continue after the order), and who may see it.
 *
 * @example
 * PlanActionSchema.parse({
 *   id: 'act-1', objectiveId: 'o-housing', description: 'Housing assessment',
 *   owner: { kind: 'partner-agency', agency: 'housing', name: 'Housing options' }, dueDate: '2025-03-21',
 * });
 */
export const PlanActionSchema = z.strictObject({
  id: IdSchema,
  objectiveId: IdSchema,
  description: TextSchema,
  childWords: TextSchema.optional(),
  owner: OwnerSchema,
  dueDate: IsoDateSchema.optional(),
  /**
   * When the work is planned to start, where that is later than the plan (sequenced work such
   * as a careers referral once home is settled): a referral for it is not due before then.
   */
  startsOn: IsoDateSchema.optional(),
  /**
   * Whether the child must do or attend it (a session, an appointment, a programme). The load
   * checks count only what the child must do or attend; when this is not recorded, they count
   * the child's own actions and the YOS's actions that deliver a requirement the child attends.
   */
  childTakesPart: z.boolean().optional(),
  /**
   * Work a partner agency already does with the child and goes on doing (a social worker's
   * child protection visits, a school's existing support): no new referral is needed for it.
   */
  continuingService: z.boolean().optional(),
  /** The id of the disposal requirement (YRO requirement, contract element, caution condition) it delivers. */
  deliversRequirement: IdSchema.optional(),
  /**
   * The order the action delivers, where the case holds more than one (a further or consecutive
   * order, a resentence): the requirement is then looked up in that order only. Without it, the
   * requirement is looked up in every order the case holds.
   */
  orderId: IdSchema.optional(),
  /** Voluntary support, not compelled by the disposal (may run after it ends). */
  voluntary: z.boolean().default(false),
  status: ActionStatusSchema.default('planned'),
  visibility: VisibilitySchema.default({ child: true, parentsCarers: true, agencies: true }),
});

/**
 * An action of the plan, as parsed (defaults applied).
 *
 * @example
 * const a: PlanAction = PlanActionSchema.parse(input);
 * a.voluntary; // false unless given
 */
export type PlanAction = Immutable<z.infer<typeof PlanActionSchema>>;

/**
 * What will be done if risk or safety concerns rise: the signs to watch for and the responses,
 * with who responds.
 *
 * @example
 * ContingencyPlanSchema.parse({ signs: ['Missing from home overnight'], responses: [{ response: 'Strategy discussion with social care', owner: { kind: 'yos' } }] });
 */
export const ContingencyPlanSchema = z.strictObject({
  signs: z.array(TextSchema).min(1).max(20),
  responses: z
    .array(
      z.strictObject({
        response: TextSchema,
        owner: OwnerSchema,
        /**
         * Who may see this response, when fewer may than see the contingency plan (a response
         * only the police and social care hold; a victim's safety, `victimInformation`). A
         * response is shown only to those who may see both.
         */
        visibility: VisibilitySchema.optional(),
      }),
    )
    .min(1)
    .max(20),
  visibility: VisibilitySchema.default({ child: true, parentsCarers: true, agencies: true }),
});

/**
 * What a risk note is about: risk to other people, risk to the child, a victim's safety (always
 * marked `victimInformation`), or intelligence (from the police, say).
 *
 * @example
 * RiskNoteAboutSchema.parse('victim-safety');
 */
export const RiskNoteAboutSchema = z.enum([
  'risk-to-others',
  'risk-to-the-child',
  'victim-safety',
  'intelligence',
  'other',
]);

/**
 * What a risk note is about.
 *
 * @example
 * const about: RiskNoteAbout = 'intelligence';
 */
export type RiskNoteAbout = Immutable<z.infer<typeof RiskNoteAboutSchema>>;

/**
 * A piece of risk information recorded with the plan: what the agencies managing the risk need
 * to know. Who may see it is always said (no default: a risk note is never shared by accident);
 * a note about a victim's safety is marked `victimInformation`.
 *
 * @example
 * RiskNoteSchema.parse({
 *   id: 'rn-1', about: 'intelligence', note: 'Seen with older men suspected of stealing to order',
 *   visibility: { child: false, parentsCarers: false, agencies: ['police', 'social-care'], withheldReason: 'Police intelligence' },
 * });
 */
export const RiskNoteSchema = z
  .strictObject({
    id: IdSchema,
    about: RiskNoteAboutSchema,
    note: TextSchema,
    visibility: VisibilitySchema,
  })
  .refine((n) => n.about !== 'victim-safety' || n.visibility.victimInformation === true, {
    path: ['visibility', 'victimInformation'],
    message: 'A note about a victim’s safety is marked as information about a victim',
  });

/**
 * A risk note, as parsed.
 *
 * @example
 * const note: RiskNote = RiskNoteSchema.parse(input);
 */
export type RiskNote = Immutable<z.infer<typeof RiskNoteSchema>>;

/**
 * A contingency plan.
 *
 * @example
 * const c: ContingencyPlan = ContingencyPlanSchema.parse(input);
 */
export type ContingencyPlan = Immutable<z.infer<typeof ContingencyPlanSchema>>;

/**
 * Planning for the end of the disposal: services that continue, and transition to adult
 * services where the child turns 18 during or soon after it.
 *
 * @example
 * ExitPlanSchema.parse({ continuingServices: [{ agency: 'education', description: 'College mentor to July' }] });
 */
export const ExitPlanSchema = z.strictObject({
  continuingServices: z
    .array(z.strictObject({ agency: AgencySchema, description: TextSchema }))
    .max(20)
    .default([]),
  transitionToAdultServices: z
    .strictObject({ agency: AgencySchema, plannedOn: IsoDateSchema, notes: TextSchema.optional() })
    .optional(),
  /**
   * A decision that the youth justice service keeps the case to the order's end although the
   * child turns 18 before it (a youth service may keep a child whose order ends soon after 18),
   * with when it was made and why. Stands in for the transfer-or-retain decision record until
   * the case holds one.
   */
  retainedUntilOrderEnds: z
    .strictObject({ decidedOn: IsoDateSchema, reason: TextSchema })
    .optional(),
  summary: TextSchema.optional(),
});

/**
 * An exit plan.
 *
 * @example
 * const exit: ExitPlan = { continuingServices: [{ agency: 'voluntary-sector', description: 'Football club mentor' }] };
 */
export type ExitPlan = Immutable<z.infer<typeof ExitPlanSchema>>;

/**
 * A significant factor deliberately left for later (sequencing): why, and when to revisit it.
 *
 * @example
 * DeferredFactorSchema.parse({ factorId: 'f-ete', reason: 'After accommodation is settled', revisitBy: '2025-06-01' });
 */
export const DeferredFactorSchema = z.strictObject({
  factorId: IdSchema,
  reason: TextSchema,
  revisitBy: IsoDateSchema.optional(),
});

/**
 * A factor deliberately sequenced later.
 *
 * @example
 * const d: DeferredFactor = { factorId: 'f-family', reason: 'After school is settled' };
 */
export type DeferredFactor = Immutable<z.infer<typeof DeferredFactorSchema>>;

/**
 * How a restriction the child complies with (a curfew, an exclusion, electronic monitoring, a
 * residence or no-contact term...) is monitored: the requirement, who monitors it and how. The
 * responsible officer arranges it; no plan objective or action is needed for a restriction.
 *
 * @example
 * MonitoringArrangementSchema.parse({
 *   requirementId: 'req-curfew',
 *   monitoredBy: { kind: 'partner-agency', agency: 'other', name: 'Electronic monitoring service' },
 *   how: 'Tag fitted on 8 October; violations reported to the case manager the next working day',
 * });
 */
export const MonitoringArrangementSchema = z.strictObject({
  /** The disposal requirement (YRO requirement, contract term, caution condition) monitored. */
  requirementId: IdSchema,
  monitoredBy: OwnerSchema,
  how: TextSchema,
  visibility: VisibilitySchema.default({ child: true, parentsCarers: true, agencies: true }),
});

/**
 * A monitoring arrangement, as parsed.
 *
 * @example
 * const m: MonitoringArrangement = MonitoringArrangementSchema.parse(input);
 */
export type MonitoringArrangement = Immutable<z.infer<typeof MonitoringArrangementSchema>>;

/**
 * Planned contacts a month from a date on: a contact schedule that changes over the order (more
 * at the start, a planned tapering towards the end). A period below the one before it is a
 * planned tapering when it says why.
 *
 * @example
 * ContactPeriodSchema.parse({ from: '2026-02-01', contactsPerMonth: 2, reason: 'Tapering towards the end of the order' });
 */
export const ContactPeriodSchema = z.strictObject({
  from: IsoDateSchema,
  contactsPerMonth: z.number().min(0).max(62),
  reason: TextSchema.optional(),
});

/**
 * One period of a contact schedule.
 *
 * @example
 * const p: ContactPeriod = { from: '2026-02-01', contactsPerMonth: 2 };
 */
export type ContactPeriod = Immutable<z.infer<typeof ContactPeriodSchema>>;

/**
 * A significant factor addressed in another agency's plan rather than this one (a child
 * protection plan, a care plan, an education, health and care plan), so the two are not
 * duplicated.
 *
 * @example
 * AddressedElsewhereSchema.parse({ factorId: 'f-exploitation', agency: 'social-care', plan: 'Child protection plan' });
 */
export const AddressedElsewhereSchema = z.strictObject({
  factorId: IdSchema,
  agency: AgencySchema,
  /** The other agency's plan, by its usual name (e.g. "Child protection plan"). */
  plan: TextSchema,
  /**
   * The plan as the case records it (`agencyPlan.linked`), so the checks can see it is still in
   * force; without it the entry is taken at its word.
   */
  linkedPlanId: IdSchema.optional(),
});

/**
 * A factor addressed in another agency's plan.
 *
 * @example
 * const a: AddressedElsewhere = { factorId: 'f-family', agency: 'social-care', plan: 'Child in need plan' };
 */
export type AddressedElsewhere = Immutable<z.infer<typeof AddressedElsewhereSchema>>;

/**
 * The content of one version of an intervention plan. Versions are never edited in place: a
 * revision is a new version (see the lifecycle), and agreement attaches to a version. Within a
 * version, ids are unique, every action serves an objective of the plan, and objectives depend
 * only on objectives of the plan (a circle of dependencies is a finding of the
 * `plan.sequence-cycle` check). References outside the plan (assessed factors, disposal
 * requirements, people) are checked against the case by the plan events.
 *
 * @example
 * InterventionPlanSchema.parse({
 *   objectives: [], actions: [], plannedContactsPerMonth: 4, nextReviewDate: '2025-06-02',
 * });
 */
export const InterventionPlanSchema = z
  .strictObject({
    objectives: z.array(ObjectiveSchema).max(100),
    actions: z.array(PlanActionSchema).max(500),
    contingency: ContingencyPlanSchema.optional(),
    deferredFactors: z.array(DeferredFactorSchema).max(50).default([]),
    /** Significant factors another agency's plan addresses (none when absent). */
    addressedElsewhere: z.array(AddressedElsewhereSchema).max(50).optional(),
    /** Risk information recorded with the plan, each note shared only as its visibility says. */
    riskNotes: z.array(RiskNoteSchema).max(50).optional(),
    /**
     * How each restriction of the disposal the child complies with is monitored (none when
     * absent). Optional rather than defaulted, so a plan value built in TypeScript without it
     * still type-checks.
     */
    monitoring: z.array(MonitoringArrangementSchema).max(50).optional(),
    /** Planned contacts a month, from the plan's start until the first `contactSchedule` period. */
    plannedContactsPerMonth: z.number().min(0).max(62),
    /** Later periods with their own planned contacts a month, in date order (optional). */
    contactSchedule: z.array(ContactPeriodSchema).max(24).optional(),
    nextReviewDate: IsoDateSchema.optional(),
    exitPlan: ExitPlanSchema.optional(),
    /** The child's views of the plan, in their own words. */
    childViews: TextSchema.optional(),
  })
  .superRefine((plan, ctx) => {
    uniqueIds(plan.objectives, ['objectives'], ctx);
    uniqueIds(plan.actions, ['actions'], ctx);
    uniqueIds(plan.riskNotes ?? [], ['riskNotes'], ctx);
    const objectiveIds = new Set(plan.objectives.map((o) => o.id));
    plan.objectives.forEach((o, i) => {
      o.dependsOn.forEach((dep, j) => {
        if (!objectiveIds.has(dep)) {
          ctx.addIssue({
            code: 'custom',
            path: ['objectives', i, 'dependsOn', j],
            message: 'Depends on an objective that is not in this plan',
          });
        }
      });
    });
    plan.actions.forEach((a, i) => {
      if (!objectiveIds.has(a.objectiveId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['actions', i, 'objectiveId'],
          message: 'Refers to an objective that is not in this plan',
        });
      }
      if (a.startsOn !== undefined && a.dueDate !== undefined && a.startsOn > a.dueDate) {
        ctx.addIssue({
          code: 'custom',
          path: ['actions', i, 'startsOn'],
          message: 'An action cannot start after it is due',
        });
      }
    });
    const schedule = plan.contactSchedule ?? [];
    schedule.forEach((p, i) => {
      const before = schedule[i - 1];
      if (before !== undefined && p.from <= before.from) {
        ctx.addIssue({
          code: 'custom',
          path: ['contactSchedule', i, 'from'],
          message: 'Contact periods are listed in date order, each starting after the one before',
        });
      }
    });
  });

/**
 * The content of one plan version, as parsed (defaults applied).
 *
 * @example
 * const plan: InterventionPlan = InterventionPlanSchema.parse(input);
 */
export type InterventionPlan = Immutable<z.infer<typeof InterventionPlanSchema>>;
/**
 * What a host passes to describe a plan version (defaults not yet applied).
 *
 * @example
 * const input: InterventionPlanInput = { objectives: [], actions: [], plannedContactsPerMonth: 4 };
 */
export type InterventionPlanInput = Immutable<z.input<typeof InterventionPlanSchema>>;
