import * as z from 'zod';
import type { Immutable } from '../_lib/immutable.js';
import { AgencyPlanKindSchema } from './agencies.js';
import { FactorDomainSchema, RatingsSchema, StrengthSchema } from './assessment.js';
import { IsoDateSchema } from './dates.js';
import { IdSchema } from './ids.js';
import { AgencySchema } from './owner.js';
import {
  AchievementSchema,
  ActionStatusSchema,
  ObjectiveFocusSchema,
  ObjectiveStatusSchema,
  RiskNoteAboutSchema,
} from './plan.js';
import { HandoverSharedSchema } from './transition.js';

const Text = z.string();

/** Who does an activity, as probation reads it. */
const WhoSchema = z.strictObject({
  kind: z.enum(['young-person', 'parent-carer', 'yos', 'partner-agency']),
  /** For a partner agency: which. */
  agency: AgencySchema.optional(),
  /** The agency's service, or the YOS role. */
  name: Text.optional(),
});

const ActivitySchema = z.strictObject({
  id: IdSchema,
  activity: Text,
  inOwnWords: Text.optional(),
  who: WhoSchema,
  startsOn: IsoDateSchema.optional(),
  dueDate: IsoDateSchema.optional(),
  status: ActionStatusSchema,
});

const ObjectiveSchema = z.strictObject({
  id: IdSchema,
  objective: Text,
  inOwnWords: Text.optional(),
  priority: z.int(),
  focus: z.array(ObjectiveFocusSchema),
  /** The assessed needs it addresses, by the assessment's factor ids and domains. */
  needs: z.array(z.strictObject({ factorId: IdSchema, domain: FactorDomainSchema })),
  /** The strengths it builds on, by the assessment's strength ids. */
  buildsOn: z.array(IdSchema),
  howProgressIsMeasured: Text.optional(),
  targetDate: IsoDateSchema.optional(),
  status: ObjectiveStatusSchema,
  progress: AchievementSchema,
  activities: z.array(ActivitySchema),
});

/**
 * What the Probation Service needs when a case is handed over at 18, laid out as an OASys-style
 * sentence plan: objectives with their activities, who does what, how progress is measured and
 * by when; the young person's own words and strengths; the risk information; the other agencies'
 * plans; and the transition itself. Made by `handoverPlan(state, { asOf })` from the plan as the
 * Probation Service may see it (items not shared with probation are left out and counted). A
 * JSON Schema of it is `jsonSchemas()['handover-plan']`.
 *
 * @example
 * HandoverPlanSchema.parse(handoverPlan(state, { asOf: '2026-09-14' })).sentencePlan.objectives.length;
 */
export const HandoverPlanSchema = z.strictObject({
  format: z.literal('yjplan/handover-plan'),
  formatVersion: z.literal(1),
  caseId: IdSchema,
  preparedOn: IsoDateSchema,
  youngPerson: z.strictObject({
    id: IdSchema,
    preferredName: Text.optional(),
    dateOfBirth: IsoDateSchema,
  }),
  /** The case's order in force on the day (absent on bail or remand before any sentence). */
  order: z
    .strictObject({
      type: Text,
      startDate: IsoDateSchema,
      endDate: IsoDateSchema.optional(),
      requirements: z.array(z.strictObject({ id: IdSchema, kind: Text })),
    })
    .optional(),
  transition: z
    .strictObject({
      decision: z.enum(['transfer', 'retain']),
      decidedOn: IsoDateSchema,
      reason: Text.optional(),
      plannedTransferOn: IsoDateSchema.optional(),
      handedOverOn: IsoDateSchema.optional(),
      receivingTeam: Text.optional(),
      receivingPractitionerId: IdSchema.optional(),
      threeWayMeetingOn: IsoDateSchema.optional(),
      shared: z.array(HandoverSharedSchema).optional(),
    })
    .optional(),
  leadProfessional: z
    .strictObject({
      kind: z.enum(['yos', 'agency']),
      agency: AgencySchema.optional(),
      practitionerId: IdSchema.optional(),
      since: IsoDateSchema,
    })
    .optional(),
  sentencePlan: z.strictObject({
    planVersion: z.int(),
    objectives: z.array(ObjectiveSchema),
    nextReviewDate: IsoDateSchema.optional(),
    plannedContactsPerMonth: z.number(),
  }),
  strengths: z.array(StrengthSchema),
  /** The young person's own words: on the plan, at assessment, and on the transfer. */
  inOwnWords: z.strictObject({
    onThePlan: Text.optional(),
    atAssessment: Text.optional(),
    onTheTransfer: Text.optional(),
  }),
  risk: z.strictObject({
    ratings: RatingsSchema.optional(),
    ratedOn: IsoDateSchema.optional(),
    mappa: z
      .strictObject({
        category: z.int(),
        level: z.int(),
        since: IsoDateSchema,
      })
      .optional(),
    contingency: z.strictObject({ signs: z.array(Text), responses: z.array(Text) }).optional(),
    notes: z.array(z.strictObject({ id: IdSchema, about: RiskNoteAboutSchema, note: Text })),
    /** Counts only: what a victim said or wants stays with the victim service. */
    victims: z.strictObject({
      recorded: z.int(),
      withSafetyConcerns: z.int(),
      restorativeJusticeAccepted: z.int(),
    }),
  }),
  otherAgencyPlans: z.array(
    z.strictObject({
      kind: AgencyPlanKindSchema,
      agency: AgencySchema,
      lead: IdSchema.optional(),
      startedOn: IsoDateSchema,
      lastReviewedOn: IsoDateSchema.optional(),
      nextReviewOn: IsoDateSchema.optional(),
    }),
  ),
  continuingServices: z.array(z.strictObject({ agency: AgencySchema, description: Text })),
  /** Plan items not shared with the Probation Service, left out. */
  withheldItems: z.int(),
});

/**
 * The hand-over plan for the Probation Service.
 *
 * @example
 * const plan: HandoverPlan = handoverPlan(state, { asOf: '2026-09-14' });
 * plan.sentencePlan.objectives.map((o) => o.objective);
 */
export type HandoverPlan = Immutable<z.infer<typeof HandoverPlanSchema>>;
