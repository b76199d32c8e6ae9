import fc from 'fast-check';
import { AgencyPlanKindSchema } from '../../model/agencies.js';
import { FactorDomainSchema } from '../../model/assessment.js';
import type { HandoverPlan } from '../../model/handoverPlan.js';
import { AgencySchema } from '../../model/owner.js';
import {
  AchievementSchema,
  ActionStatusSchema,
  ObjectiveFocusSchema,
  ObjectiveStatusSchema,
  RiskNoteAboutSchema,
} from '../../model/plan.js';
import { HandoverSharedSchema } from '../../model/transition.js';
import { ratings, strength } from './assessment.js';
import { dateArb, idArb, practitionerArb, textArb, withOptional } from './primitives.js';

const count = fc.integer({ min: 0, max: 3 });

const activity = withOptional(
  {
    id: idArb('act'),
    activity: textArb('Homelessness assessment', 'Weekly sessions at the women’s service'),
    who: fc.oneof(
      fc.constant({ kind: 'young-person' as const }),
      fc.constant({ kind: 'yos' as const, name: 'case-manager' }),
      fc.record({
        kind: fc.constant('partner-agency' as const),
        agency: fc.constantFrom(...AgencySchema.options),
        name: textArb('Housing options', 'Young people’s drug service'),
      }),
    ),
    status: fc.constantFrom(...ActionStatusSchema.options),
  },
  { inOwnWords: textArb('Get my own place'), startsOn: dateArb(), dueDate: dateArb() },
);

const objective = withOptional(
  {
    id: idArb('o'),
    objective: textArb('Secure stable accommodation', 'Return to hairdressing training'),
    priority: fc.integer({ min: 1, max: 9 }),
    focus: fc.subarray([...ObjectiveFocusSchema.options], { minLength: 1 }),
    needs: fc.array(
      fc.record({ factorId: idArb('f'), domain: fc.constantFrom(...FactorDomainSchema.options) }),
      { maxLength: 2 },
    ),
    buildsOn: fc.array(idArb('s'), { maxLength: 2 }),
    status: fc.constantFrom(...ObjectiveStatusSchema.options),
    progress: fc.constantFrom(...AchievementSchema.options),
    activities: fc.array(activity, { maxLength: 3 }),
  },
  {
    inOwnWords: textArb('Somewhere I can stay'),
    howProgressIsMeasured: textArb('Living at one address for 8 weeks'),
    targetDate: dateArb(),
  },
);

/**
 * A hand-over plan for the Probation Service, as `handoverPlan` exports it (small and
 * invented): every sample parses with `HandoverPlanSchema`.
 *
 * @example
 * fc.assert(fc.property(arbitraries.handoverPlan(), (p) => HandoverPlanSchema.safeParse(p).success));
 */
export const handoverPlan = (): fc.Arbitrary<HandoverPlan> =>
  withOptional(
    {
      format: fc.constant('yjplan/handover-plan' as const),
      formatVersion: fc.constant(1 as const),
      caseId: idArb('case'),
      preparedOn: dateArb(),
      youngPerson: fc.record({ id: idArb('child'), dateOfBirth: dateArb('2007-01-01') }),
      order: fc.record({
        type: fc.constantFrom('youth-rehabilitation-order', 'detention-and-training-order'),
        startDate: dateArb(),
        requirements: fc.array(
          fc.record({ id: idArb('req'), kind: fc.constantFrom('supervision', 'activity') }),
          { maxLength: 2 },
        ),
      }),
      sentencePlan: fc.record({
        planVersion: fc.integer({ min: 1, max: 4 }),
        objectives: fc.array(objective, { maxLength: 3 }),
        plannedContactsPerMonth: fc.integer({ min: 0, max: 12 }),
      }),
      strengths: fc.array(strength(), { maxLength: 2 }),
      inOwnWords: fc.record(
        { onThePlan: textArb('I want my own place first'), onTheTransfer: textArb('Nervous') },
        { requiredKeys: [] },
      ),
      risk: fc.record({
        ratings: ratings(),
        notes: fc.array(
          fc.record({
            id: idArb('rn'),
            about: fc.constantFrom(...RiskNoteAboutSchema.options),
            note: textArb('Seen with older men'),
          }),
          { maxLength: 2 },
        ),
        victims: fc.record({
          recorded: count,
          withSafetyConcerns: count,
          restorativeJusticeAccepted: count,
        }),
      }),
      otherAgencyPlans: fc.array(
        fc.record({
          kind: fc.constantFrom(...AgencyPlanKindSchema.options),
          agency: fc.constantFrom(...AgencySchema.options),
          startedOn: dateArb(),
        }),
        { maxLength: 2 },
      ),
      continuingServices: fc.array(
        fc.record({
          agency: fc.constantFrom(...AgencySchema.options),
          description: textArb('Personal adviser under the pathway plan'),
        }),
        { maxLength: 2 },
      ),
      withheldItems: count,
    },
    {
      transition: withOptional(
        {
          decision: fc.constantFrom('transfer' as const, 'retain' as const),
          decidedOn: dateArb(),
        },
        {
          reason: textArb('The order runs six months past 18'),
          handedOverOn: dateArb(),
          receivingTeam: textArb('City probation delivery unit'),
          receivingPractitionerId: idArb('ext-pp'),
          threeWayMeetingOn: dateArb(),
          shared: fc.subarray([...HandoverSharedSchema.options], { minLength: 1 }),
        },
      ),
      leadProfessional: fc.record({
        kind: fc.constant('yos' as const),
        practitionerId: practitionerArb,
        since: dateArb(),
      }),
    },
  ) as fc.Arbitrary<HandoverPlan>;
