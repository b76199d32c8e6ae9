/**
 * The arbitraries of the library's inputs, each a thin entry over the one derivation from its
 * zod schema ({@link arbitraryOf}), plus what a schema cannot say: a child's date of birth, ids
 * of parents/carers in the case, a plan that refers to its own assessment.
 */
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
import { type HandoverPlan, HandoverPlanSchema } from '../../model/handoverPlan.js';
import { type InvolvementRecord, InvolvementRecordSchema } from '../../model/involvement.js';
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
import { type ReviewOutcome, ReviewOutcomeSchema } from '../../model/review.js';
import { type Visibility, VisibilitySchema } from '../../model/visibility.js';
import { type PolicyInput, PolicySchema } from '../../policy/index.js';
import { addDays } from '../_lib/days.js';
import { arbitraryOf, type Overrides } from './fromSchema.js';

const idArb = (prefix: string) => fc.integer({ min: 1, max: 3 }).map((n) => `${prefix}-${n}`);
const people = (ids: readonly string[]): Overrides =>
  ids.length > 0 ? { personId: fc.constantFrom(...ids) } : {};

/** @example fc.sample(arbitraries.responsivityNeed(), 1); */
export const responsivityNeed = (): fc.Arbitrary<ResponsivityNeed> =>
  arbitraryOf(ResponsivityNeedSchema);

/**
 * A child born 2005 to 2015.
 *
 * @example
 * fc.assert(fc.property(arbitraries.child(), (c) => ChildSchema.safeParse(c).success));
 */
export const child = (): fc.Arbitrary<Child> =>
  arbitraryOf(ChildSchema, {
    id: idArb('child'),
    dateOfBirth: fc.integer({ min: 0, max: 365 * 11 }).map((d) => addDays('2005-01-01', d)),
  });

/** @example fc.sample(arbitraries.contactRestriction(), 1); */
export const contactRestriction = (): fc.Arbitrary<ContactRestriction> =>
  arbitraryOf(ContactRestrictionSchema);

/**
 * A parent, carer or corporate parent (`pc-1` to `pc-3`), with any restrictions.
 *
 * @example
 * fc.assert(fc.property(arbitraries.parentCarer(), (p) => ParentCarerSchema.safeParse(p).success));
 */
export const parentCarer = (): fc.Arbitrary<ParentCarer> =>
  arbitraryOf(ParentCarerSchema, { id: idArb('pc') });

/**
 * Parents/carers of one case: up to three, with distinct ids.
 *
 * @example
 * fc.assert(fc.property(arbitraries.people(), (ps) => new Set(ps.map((p) => p.id)).size === ps.length));
 */
export const parentCarers = (): fc.Arbitrary<ParentCarer[]> =>
  fc.uniqueArray(parentCarer(), { maxLength: 3, selector: (p) => p.id });

/** @example fc.sample(arbitraries.ratings(), 1); */
export const ratings = (): fc.Arbitrary<Ratings> => arbitraryOf(RatingsSchema);
/** @example fc.sample(arbitraries.views(), 1); */
export const views = (): fc.Arbitrary<Views> => arbitraryOf(ViewsSchema);
/** @example fc.sample(arbitraries.assessedFactor(), 1); */
export const assessedFactor = (): fc.Arbitrary<AssessedFactor> => arbitraryOf(AssessedFactorSchema);
/** @example fc.sample(arbitraries.strength(), 1); */
export const strength = (): fc.Arbitrary<Strength> => arbitraryOf(StrengthSchema);

/**
 * An assessment: factors and strengths with distinct ids, views of parents/carers `pc-1` to `pc-3`.
 *
 * @example
 * fc.assert(fc.property(arbitraries.assessment(), (a) => AssessmentSchema.safeParse(a).success));
 */
export const assessment = (): fc.Arbitrary<Assessment> => arbitraryOf(AssessmentSchema);

/**
 * Who may see an item.
 *
 * @example
 * fc.assert(fc.property(arbitraries.visibility(), (v) => VisibilitySchema.safeParse(v).success));
 */
export const visibility = (): fc.Arbitrary<Visibility> => arbitraryOf(VisibilitySchema);

/**
 * Who owns an action; parents/carers only among `personIds`.
 *
 * @example
 * arbitraries.owner(['pc-mum']); // parents/carers only pc-mum
 */
export const owner = (personIds: readonly string[] = ['pc-1']): fc.Arbitrary<Owner> =>
  arbitraryOf(OwnerSchema, people(personIds)).filter(
    (o) => o.kind !== 'parent-carer' || personIds.length > 0,
  );

/** @example fc.sample(arbitraries.contingencyPlan(['pc-1']), 1); */
export const contingencyPlan = (
  personIds: readonly string[] = ['pc-1'],
): fc.Arbitrary<ContingencyPlan> =>
  arbitraryOf(ContingencyPlanSchema, { ...people(personIds), owner: owner(personIds) });

/** @example fc.sample(arbitraries.exitPlan(), 1); */
export const exitPlan = (): fc.Arbitrary<ExitPlan> => arbitraryOf(ExitPlanSchema);

/**
 * A plan version consistent with `forAssessment`: objectives address only its factors and
 * strengths, deferred factors are its factors, actions belong to the plan's objectives and name
 * only parents/carers in `personIds`. Without an assessment, one is generated first.
 *
 * @example
 * fc.assert(fc.property(arbitraries.interventionPlan(), (p) => InterventionPlanSchema.safeParse(p).success));
 */
export function interventionPlan(
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

/**
 * An assessment and a plan that addresses it.
 *
 * @example
 * fc.sample(arbitraries.assessmentWithPlan(), 1);
 */
export const assessmentWithPlan = (
  personIds: readonly string[] = ['pc-1'],
): fc.Arbitrary<[Assessment, InterventionPlan]> =>
  assessment().chain((a) => fc.tuple(fc.constant(a), interventionPlan(a, personIds)));

/** @example fc.sample(arbitraries.agreement(), 1); */
export const agreement = (): fc.Arbitrary<Agreement> => arbitraryOf(AgreementSchema);
/** @example fc.sample(arbitraries.involvementRecord(), 1); */
export const involvementRecord = (): fc.Arbitrary<InvolvementRecord> =>
  arbitraryOf(InvolvementRecordSchema);
/** @example fc.sample(arbitraries.contact(), 1); */
export const contact = (): fc.Arbitrary<Contact> => arbitraryOf(ContactSchema);
/** @example fc.sample(arbitraries.referral(), 1); */
export const referral = (): fc.Arbitrary<Referral> => arbitraryOf(ReferralSchema);
/** @example fc.sample(arbitraries.notDelivered(), 1); */
export const notDelivered = (): fc.Arbitrary<NotDelivered> => arbitraryOf(NotDeliveredSchema);
/** @example fc.sample(arbitraries.warning(), 1); */
export const warning = (): fc.Arbitrary<Warning> => arbitraryOf(WarningSchema);
/** @example fc.sample(arbitraries.breachAction(), 1); */
export const breachAction = (): fc.Arbitrary<BreachAction> => arbitraryOf(BreachActionSchema);
/** @example fc.sample(arbitraries.objectiveProgress(), 1); */
export const objectiveProgress = (): fc.Arbitrary<ObjectiveProgress> =>
  arbitraryOf(ObjectiveProgressSchema);
/** @example fc.sample(arbitraries.reviewOutcome(), 1); */
export const reviewOutcome = (): fc.Arbitrary<ReviewOutcome> => arbitraryOf(ReviewOutcomeSchema);
/** @example fc.sample(arbitraries.handoverPlan(), 1); */
export const handoverPlan = (): fc.Arbitrary<HandoverPlan> => arbitraryOf(HandoverPlanSchema);

/**
 * A YOS policy: any documented default changed within its range, with overrides for some
 * disposal types; `safeParsePolicy` accepts every one.
 *
 * @example
 * fc.assert(fc.property(arbitraries.policy(), (p) => safeParsePolicy(p).ok));
 */
export const policy = (): fc.Arbitrary<PolicyInput> =>
  arbitraryOf(PolicySchema) as unknown as fc.Arbitrary<PolicyInput>;
