import fc from 'fast-check';
import type { Agreement } from '../../model/agreement.js';
import { AgreementSchema } from '../../model/agreement.js';
import {
  type AssessedFactor,
  AssessedFactorSchema,
  type Assessment,
  AssessmentSchema,
  type Ratings,
  RatingsSchema,
  type Strength,
  StrengthSchema,
  type Views,
  ViewsSchema,
} from '../../model/assessment.js';
import {
  type Child,
  ChildSchema,
  type ResponsivityNeed,
  ResponsivityNeedSchema,
} from '../../model/child.js';
import {
  type BreachAction,
  BreachActionSchema,
  type Contact,
  ContactSchema,
  type NotDelivered,
  NotDeliveredSchema,
  type ObjectiveProgress,
  ObjectiveProgressSchema,
  type Referral,
  ReferralSchema,
  type Warning,
  WarningSchema,
} from '../../model/delivery.js';
import { type SeriousCustody, SeriousCustodySchema } from '../../model/disposal/seriousCustody.js';
import { type HandoverPlan, HandoverPlanSchema } from '../../model/handoverPlan.js';
import { type InvolvementRecord, InvolvementRecordSchema } from '../../model/involvement.js';
import {
  type Offence,
  type OffenceHistory,
  OffenceHistorySchema,
  OffenceSchema,
} from '../../model/offence.js';
import {
  type ReferralOrderContract,
  ReferralOrderContractSchema,
} from '../../model/orders/contract.js';
import { type CustodyDates, CustodyDatesSchema } from '../../model/orders/custodyDates.js';
import { type Revocation, RevocationSchema } from '../../model/orders/revocation.js';
import { type OrderVariation, OrderVariationSchema } from '../../model/orders/variation.js';
import { type Owner, OwnerSchema } from '../../model/owner.js';
import {
  type ContactRestriction,
  ContactRestrictionSchema,
  type ParentCarer,
  ParentCarerSchema,
} from '../../model/parentCarer.js';
import {
  type ContingencyPlan,
  ContingencyPlanSchema,
  type ExitPlan,
  ExitPlanSchema,
  type InterventionPlan,
  InterventionPlanSchema,
} from '../../model/plan.js';
import { type RemandOrBail, RemandOrBailSchema } from '../../model/remand.js';
import { type ReviewOutcome, ReviewOutcomeSchema } from '../../model/review.js';
import { type Visibility, VisibilitySchema } from '../../model/visibility.js';
import { type PolicyInput, PolicySchema } from '../../policy/index.js';
import { addDays } from '../_lib/days.js';
import { arbitraryOf, type Overrides } from './fromSchema.js';
import { disposal } from './lawful.js';

const idArb = (prefix: string) => fc.integer({ min: 1, max: 3 }).map((n) => `${prefix}-${n}`);
const people = (ids: readonly string[]): Overrides =>
  ids.length > 0 ? { personId: fc.constantFrom(...ids) } : {};

/** Who owns an action; parents/carers only among `personIds`. */
const owner = (personIds: readonly string[] = ['pc-1']): fc.Arbitrary<Owner> =>
  arbitraryOf(OwnerSchema, people(personIds)).filter(
    (o) => o.kind !== 'parent-carer' || personIds.length > 0,
  );

/** An assessment: factors and strengths with distinct ids. */
const assessment = (): fc.Arbitrary<Assessment> => arbitraryOf(AssessmentSchema);

/**
 * A plan version consistent with `forAssessment` (one is generated without it): objectives
 * address only its factors and strengths, deferred factors are its factors, actions belong to
 * the plan's objectives and name only parents/carers in `personIds`.
 */
function interventionPlan(
  forAssessment?: Assessment,
  personIds: readonly string[] = ['pc-1'],
): fc.Arbitrary<InterventionPlan> {
  if (!forAssessment) return assessment().chain((a) => interventionPlan(a, personIds));
  const factorIds = forAssessment.factors.map((f) => f.id);
  const ids = (list: readonly string[]) => fc.subarray([...list]);
  return arbitraryOf(
    InterventionPlanSchema,
    {
      ...people(personIds),
      owner: owner(personIds),
      factorIds: ids(factorIds),
      strengthIds: ids(forAssessment.strengths.map((s) => s.id)),
      dependsOn: fc.constant([]),
      deferredFactors: ids(factorIds).map((fs) =>
        fs.map((factorId) => ({ factorId, reason: 'After accommodation is settled' })),
      ),
    },
    (plan) => {
      const objectives = plan.objectives.map((o) => o.id);
      return {
        ...plan,
        actions: plan.actions.map((a, i) => ({
          ...a,
          objectiveId: objectives[i % objectives.length] ?? a.objectiveId,
        })),
      };
    },
  );
}

const parentCarer = (): fc.Arbitrary<ParentCarer> =>
  arbitraryOf(ParentCarerSchema, { id: idArb('pc') });

/**
 * The arbitraries of the library's inputs, each a thin entry over the one derivation from its
 * zod schema, with what a schema cannot say: a child born 2005 to 2015, parents/carers `pc-1`
 * to `pc-3` with distinct ids in a case, owners among the case's parents/carers, a plan that
 * refers to its own assessment.
 *
 * @example
 * fc.assert(fc.property(fromSchemas.child(), (c) => ChildSchema.safeParse(c).success));
 */
export const fromSchemas = {
  child: (): fc.Arbitrary<Child> =>
    arbitraryOf(ChildSchema, {
      id: idArb('child'),
      dateOfBirth: fc.integer({ min: 0, max: 365 * 11 }).map((d) => addDays('2005-01-01', d)),
    }),
  responsivityNeed: (): fc.Arbitrary<ResponsivityNeed> => arbitraryOf(ResponsivityNeedSchema),
  parentCarer,
  contactRestriction: (): fc.Arbitrary<ContactRestriction> => arbitraryOf(ContactRestrictionSchema),
  people: (): fc.Arbitrary<ParentCarer[]> =>
    fc.uniqueArray(parentCarer(), { maxLength: 3, selector: (p) => p.id }),
  ratings: (): fc.Arbitrary<Ratings> => arbitraryOf(RatingsSchema),
  views: (): fc.Arbitrary<Views> => arbitraryOf(ViewsSchema),
  assessedFactor: (): fc.Arbitrary<AssessedFactor> => arbitraryOf(AssessedFactorSchema),
  strength: (): fc.Arbitrary<Strength> => arbitraryOf(StrengthSchema),
  assessment,
  interventionPlan,
  assessmentWithPlan: (
    personIds: readonly string[] = ['pc-1'],
  ): fc.Arbitrary<[Assessment, InterventionPlan]> =>
    assessment().chain((a) => fc.tuple(fc.constant(a), interventionPlan(a, personIds))),
  contingencyPlan: (personIds: readonly string[] = ['pc-1']): fc.Arbitrary<ContingencyPlan> =>
    arbitraryOf(ContingencyPlanSchema, { ...people(personIds), owner: owner(personIds) }),
  exitPlan: (): fc.Arbitrary<ExitPlan> => arbitraryOf(ExitPlanSchema),
  owner,
  visibility: (): fc.Arbitrary<Visibility> => arbitraryOf(VisibilitySchema),
  agreement: (): fc.Arbitrary<Agreement> => arbitraryOf(AgreementSchema),
  involvementRecord: (): fc.Arbitrary<InvolvementRecord> => arbitraryOf(InvolvementRecordSchema),
  contact: (): fc.Arbitrary<Contact> => arbitraryOf(ContactSchema),
  referral: (): fc.Arbitrary<Referral> => arbitraryOf(ReferralSchema),
  notDelivered: (): fc.Arbitrary<NotDelivered> => arbitraryOf(NotDeliveredSchema),
  warning: (): fc.Arbitrary<Warning> => arbitraryOf(WarningSchema),
  breachAction: (): fc.Arbitrary<BreachAction> => arbitraryOf(BreachActionSchema),
  objectiveProgress: (): fc.Arbitrary<ObjectiveProgress> => arbitraryOf(ObjectiveProgressSchema),
  reviewOutcome: (): fc.Arbitrary<ReviewOutcome> => arbitraryOf(ReviewOutcomeSchema),
  // The policy's input: what `safeParsePolicy` reads (its transform merges it with the defaults).
  policy: (): fc.Arbitrary<PolicyInput> =>
    arbitraryOf(PolicySchema) as unknown as fc.Arbitrary<PolicyInput>,
  handoverPlan: (): fc.Arbitrary<HandoverPlan> => arbitraryOf(HandoverPlanSchema),
  seriousCustody: (): fc.Arbitrary<SeriousCustody> => arbitraryOf(SeriousCustodySchema),
  offence: (): fc.Arbitrary<Offence> => arbitraryOf(OffenceSchema),
  offenceHistory: (): fc.Arbitrary<OffenceHistory> => arbitraryOf(OffenceHistorySchema),
  remandOrBail: (): fc.Arbitrary<RemandOrBail> => arbitraryOf(RemandOrBailSchema),
  referralOrderContract: (): fc.Arbitrary<ReferralOrderContract> =>
    arbitraryOf(ReferralOrderContractSchema),
  orderVariation: (): fc.Arbitrary<OrderVariation> => arbitraryOf(OrderVariationSchema),
  // A resentence is a disposal within the law: blind generation would filter forever.
  revocation: (): fc.Arbitrary<Revocation> =>
    arbitraryOf(RevocationSchema, { resentence: disposal() }),
  custodyDates: (): fc.Arbitrary<CustodyDates> => arbitraryOf(CustodyDatesSchema),
} as const;
