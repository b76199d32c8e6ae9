import fc from 'fast-check';
import type { Assessment } from '../../model/assessment.js';
import type { Owner } from '../../model/owner.js';
import {
  AchievementSchema,
  ActionStatusSchema,
  type ContingencyPlan,
  type ExitPlan,
  type InterventionPlan,
  type Objective,
  ObjectiveFocusSchema,
  ObjectiveStatusSchema,
  type PlanAction,
} from '../../model/plan.js';
import type { Visibility } from '../../model/visibility.js';
import { assessment } from './assessment.js';
import { dateArb, textArb, withOptional } from './primitives.js';

/**
 * Who may see an item: everyone, or an audience left out with the reason.
 *
 * @example
 * fc.assert(fc.property(arbitraries.visibility(), (v) => VisibilitySchema.safeParse(v).success));
 */
export const visibility = (): fc.Arbitrary<Visibility> =>
  fc.oneof(
    fc.constant({ child: true, parentsCarers: true, agencies: true }),
    fc
      .record({ child: fc.boolean(), parentsCarers: fc.boolean(), agencies: fc.boolean() })
      .map((v) => ({
        ...v,
        withheldReason: 'Victim safety: shared with agencies only',
      })),
  );

/**
 * Who owns an action; parents/carers only among `personIds`.
 *
 * @example
 * arbitraries.owner(['pc-mum']); // parents/carers only pc-mum
 */
export const owner = (personIds: readonly string[] = ['pc-1']): fc.Arbitrary<Owner> =>
  fc.oneof(
    fc.constant({ kind: 'child' as const }),
    fc
      .constantFrom('case-manager' as const, 'specialist' as const, 'volunteer' as const)
      .map((role) => ({ kind: 'yos' as const, role })),
    fc
      .constantFrom('education' as const, 'housing' as const, 'substance-misuse' as const)
      .map((agency) => ({ kind: 'partner-agency' as const, agency, name: 'Local service' })),
    ...(personIds.length > 0
      ? [
          fc
            .constantFrom(...personIds)
            .map((personId) => ({ kind: 'parent-carer' as const, personId })),
        ]
      : []),
  );

/**
 * A contingency plan: signs to watch for and who responds, shared or withheld with the reason.
 *
 * @example
 * fc.assert(fc.property(arbitraries.contingencyPlan(), (c) => ContingencyPlanSchema.safeParse(c).success));
 */
export const contingencyPlan = (
  personIds: readonly string[] = ['pc-1'],
): fc.Arbitrary<ContingencyPlan> =>
  fc.record({
    signs: fc.uniqueArray(
      textArb(
        'Missing from home overnight',
        'Seen with older associates',
        'Stops attending college',
      ),
      { minLength: 1, maxLength: 3 },
    ),
    responses: fc.array(
      fc.record({
        response: textArb(
          'Strategy discussion with social care',
          'Review the plan within five working days',
        ),
        owner: owner(personIds),
      }),
      { minLength: 1, maxLength: 2 },
    ),
    visibility: visibility(),
  });

/**
 * An exit plan: services that continue, sometimes a transition to adult services.
 *
 * @example
 * fc.assert(fc.property(arbitraries.exitPlan(), (e) => ExitPlanSchema.safeParse(e).success));
 */
export const exitPlan = (): fc.Arbitrary<ExitPlan> =>
  withOptional(
    {
      continuingServices: fc.array(
        fc.record({
          agency: fc.constantFrom(
            'education' as const,
            'voluntary-sector' as const,
            'health' as const,
          ),
          description: textArb('College mentor to July', 'Football club mentor'),
        }),
        { maxLength: 2 },
      ),
    },
    {
      transitionToAdultServices: withOptional(
        { agency: fc.constant('probation' as const), plannedOn: dateArb() },
        { notes: textArb('Transition plan made with the child and family') },
      ),
      summary: textArb('Support that carries on after the order'),
    },
  );

function objectiveArb(index: number, a: Assessment): fc.Arbitrary<Objective> {
  const factorIds = a.factors.map((f) => f.id);
  const strengthIds = a.strengths.map((s) => s.id);
  const earlier = Array.from({ length: index }, (_, i) => `o-${i + 1}`);
  return withOptional(
    {
      id: fc.constant(`o-${index + 1}`),
      wording: textArb(
        'Return to full-time education',
        'Stay safe from exploitation',
        'Stop and think before acting',
      ),
      focus: fc.uniqueArray(fc.constantFrom(...ObjectiveFocusSchema.options), {
        minLength: 1,
        maxLength: 3,
      }),
      addresses: fc.record({
        factorIds: fc.subarray(factorIds),
        strengthIds: fc.subarray(strengthIds),
      }),
      priority: fc.integer({ min: 1, max: 9 }),
      dependsOn: fc.subarray(earlier, { maxLength: Math.min(2, earlier.length) }),
      adaptations: fc.array(textArb('Visual timeline', 'Short sessions'), { maxLength: 2 }),
      status: fc.constantFrom(...ObjectiveStatusSchema.options),
      achievement: fc.constantFrom(...AchievementSchema.options),
      visibility: visibility(),
    },
    {
      childWords: textArb('Get back to school', 'Stay out of trouble'),
      measureOfSuccess: textArb(
        'Attends 80% of sessions for 6 weeks',
        'No missing episodes for 8 weeks',
      ),
      targetDate: dateArb(),
    },
  );
}

function actionArb(
  index: number,
  objectiveIds: readonly string[],
  personIds: readonly string[],
): fc.Arbitrary<PlanAction> {
  return withOptional(
    {
      id: fc.constant(`act-${index + 1}`),
      objectiveId: fc.constantFrom(...objectiveIds),
      description: textArb('Agree a college place', 'Weekly sessions with the case manager'),
      owner: owner(personIds),
      voluntary: fc.boolean(),
      status: fc.constantFrom(...ActionStatusSchema.options),
      visibility: visibility(),
    },
    { childWords: textArb('Sign up for football'), dueDate: dateArb() },
  );
}

/**
 * A plan version referentially consistent with `forAssessment`: objectives address only its
 * factors and strengths, depend only on earlier objectives (never in a circle), deferred factors
 * are its factors, actions belong to the plan's objectives and name only parents/carers in
 * `personIds`. Without an assessment, one is generated first (see {@link assessmentWithPlan}).
 *
 * @example
 * fc.assert(fc.property(arbitraries.interventionPlan(), (p) => InterventionPlanSchema.safeParse(p).success));
 */
export function interventionPlan(
  forAssessment?: Assessment,
  personIds: readonly string[] = ['pc-1'],
): fc.Arbitrary<InterventionPlan> {
  if (!forAssessment) return assessment().chain((a) => interventionPlan(a, personIds));
  const a = forAssessment;
  return fc
    .integer({ min: 1, max: 4 })
    .chain((n) => {
      const objectiveIds = Array.from({ length: n }, (_, i) => `o-${i + 1}`);
      return fc.tuple(
        fc.tuple(...Array.from({ length: n }, (_, i) => objectiveArb(i, a))),
        fc
          .integer({ min: 0, max: 6 })
          .chain((k) =>
            fc.tuple(...Array.from({ length: k }, (_, i) => actionArb(i, objectiveIds, personIds))),
          ),
      );
    })
    .chain(([objectives, actions]) =>
      withOptional(
        {
          objectives: fc.constant(objectives),
          actions: fc.constant(actions),
          deferredFactors: fc
            .subarray(
              a.factors.map((f) => f.id),
              { maxLength: Math.min(2, a.factors.length) },
            )
            .map((ids) =>
              ids.map((factorId) => ({ factorId, reason: 'After accommodation is settled' })),
            ),
          plannedContactsPerMonth: fc.constantFrom(2, 4, 12),
        },
        {
          nextReviewDate: dateArb(),
          childViews: textArb('I’m fine with it if I can still do football'),
          exitPlan: exitPlan(),
          contingency: contingencyPlan(personIds),
        },
      ),
    );
}

/**
 * An assessment and a plan that addresses it: what `assessment.submitted` and `plan.drafted`
 * need to fit together.
 *
 * @example
 * fc.assert(fc.property(arbitraries.assessmentWithPlan(), ([a, p]) => p.objectives.every((o) => o.addresses.factorIds.every((id) => a.factors.some((f) => f.id === id)))));
 */
export const assessmentWithPlan = (
  personIds: readonly string[] = ['pc-1'],
): fc.Arbitrary<[Assessment, InterventionPlan]> =>
  assessment().chain((a) => fc.tuple(fc.constant(a), interventionPlan(a, personIds)));
