import * as z from 'zod';
import type { Immutable } from '../_lib/immutable.js';
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
  /** The id of the disposal requirement (YRO requirement, contract element, caution condition) it delivers. */
  deliversRequirement: IdSchema.optional(),
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
    .array(z.strictObject({ response: TextSchema, owner: OwnerSchema }))
    .min(1)
    .max(20),
  visibility: VisibilitySchema.default({ child: true, parentsCarers: true, agencies: true }),
});

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
    plannedContactsPerMonth: z.number().min(0).max(62),
    nextReviewDate: IsoDateSchema.optional(),
    exitPlan: ExitPlanSchema.optional(),
    /** The child's views of the plan, in their own words. */
    childViews: TextSchema.optional(),
  })
  .superRefine((plan, ctx) => {
    uniqueIds(plan.objectives, ['objectives'], ctx);
    uniqueIds(plan.actions, ['actions'], ctx);
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
