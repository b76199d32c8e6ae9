/**
 * The parts of a generated plan that come from the disposal and the child rather than from the
 * assessed factors: actions that deliver the disposal's requirements, a contingency plan where
 * risk or safety is high, and the exit plan.
 * @internal
 */
import { addMonths, ageOn, maxDate } from '../../_lib/calendar.js';
import { atLeast } from '../../checks/rules/plan/_lib/ratings.js';
import type { Assessment, FactorDomain } from '../../model/assessment.js';
import type { IsoDate } from '../../model/dates.js';
import { type DisposalRequirement, requirementsOf } from '../../model/disposal/index.js';
import type { Owner } from '../../model/owner.js';
import type { ContingencyPlan, ExitPlan, Objective, PlanAction } from '../../model/plan.js';
import { defaultPolicy } from '../../policy/index.js';
import { DOMAIN_CONTENT, DOMAIN_KEY, type OwnerHint } from './content.js';
import { addDays } from './days.js';
import { isHigh } from './ratings.js';
import { agreeingPeople, type CaseSetup } from './setup.js';

/** @internal Shared with the child, the parents/carers and the agencies. */
export const SHARED = { child: true, parentsCarers: true, agencies: true } as const;

const SUBSTANCES = 'substance-use';
const ETE = 'education-training-employment';

/** The area of a requirement's work: its objective, and who usually does it (the area's first action's owner). */
const REQUIREMENT_DOMAIN: Readonly<Record<string, FactorDomain>> = {
  'drug-treatment': SUBSTANCES,
  'drug-testing': SUBSTANCES,
  'intoxicating-substance-treatment': SUBSTANCES,
  'mental-health-treatment': 'emotional-mental-health',
  education: ETE,
  'attend-education-or-work': ETE,
};

/** Restrictions the child keeps to (their work belongs with their lifestyle). */
const KEPT_BY_CHILD = new Set([
  'curfew',
  'exclusion',
  'prohibited-activity',
  'at-home-at-specified-times',
  'stay-away-from-places',
  'stay-away-from-persons',
]);

/** @internal Who does an action: the case manager, the child, a parent with a say in the plan, an agency. */
export function ownerFor(hint: OwnerHint, setup: CaseSetup): Owner {
  if (hint.kind !== 'parent-carer') return { ...hint };
  const parent = agreeingPeople(setup.people)[0];
  return parent
    ? { kind: 'parent-carer', personId: parent.id }
    : { kind: 'yos', role: 'case-manager' };
}

/** Who delivers a requirement (the child, or whoever usually does its area's work), and its objective's key. */
function requirementOwner(r: DisposalRequirement, setup: CaseSetup) {
  if (KEPT_BY_CHILD.has(r.kind)) return { owner: { kind: 'child' } as const, key: 'lifestyle' };
  const domain = REQUIREMENT_DOMAIN[r.kind] ?? 'offending-behaviour';
  const usual = DOMAIN_CONTENT[domain].actions[0]?.owner ?? { kind: 'yos', role: 'case-manager' };
  return { owner: ownerFor(usual, setup), key: DOMAIN_KEY[domain] };
}

/** @internal One action for each requirement of the disposal, under the objective it serves. */
export function requirementActions(
  setup: CaseSetup,
  objectives: readonly Objective[],
): PlanAction[] {
  const first = objectives[0];
  if (!first) return [];
  return requirementsOf(setup.disposal).map((r) => {
    const { owner, key } = requirementOwner(r, setup);
    const objective = objectives.find((o) => o.id === `o-${key}`) ?? first;
    return {
      id: `act-${r.id}`,
      objectiveId: objective.id,
      description: `${r.label}: comply as the ${r.kind === 'caution-condition' ? 'caution' : 'order'} requires`,
      owner,
      dueDate: setup.supervisionEnds,
      deliversRequirement: r.id,
      voluntary: false,
      status: 'planned',
      visibility: SHARED,
    };
  });
}

/**
 * @internal A contingency plan where the default policy's thresholds call for one (the same
 * thresholds `plan.no-contingency` reads), or where exploitation is assessed.
 */
export function contingencyFor(assessment: Assessment): ContingencyPlan | undefined {
  const { riskOfSeriousHarm, safetyAndWellbeing } = assessment.ratings;
  const from = defaultPolicy.plan.contingencyFrom;
  const exploitation = assessment.factors.some(
    (f) => f.domain === 'exploitation-and-victimisation',
  );
  if (
    !atLeast(riskOfSeriousHarm, from.riskOfSeriousHarm) &&
    !atLeast(safetyAndWellbeing, from.safetyAndWellbeing) &&
    !exploitation
  ) {
    return undefined;
  }
  return {
    signs: [
      'Missing from home overnight',
      'Seen again with the associates named in the assessment',
    ],
    responses: [
      {
        response: 'Strategy discussion with children’s social care the same day',
        owner: { kind: 'partner-agency', agency: 'social-care', name: 'Children’s social care' },
      },
      {
        response: 'Review the plan within five working days',
        owner: { kind: 'yos', role: 'case-manager' },
      },
    ],
    visibility: isHigh(riskOfSeriousHarm)
      ? {
          child: false,
          parentsCarers: false,
          agencies: true,
          withheldReason:
            'Details of the measures to keep others safe are shared with agencies only',
        }
      : SHARED,
  };
}

/** @internal Services that continue after the disposal, and a transition plan where the child turns 18. */
export function exitPlanFor(
  setup: CaseSetup,
  actions: readonly PlanAction[],
  from: IsoDate,
): ExitPlan {
  const voluntary = actions.flatMap((a) =>
    a.voluntary && a.owner.kind === 'partner-agency'
      ? [{ agency: a.owner.agency, description: `${a.owner.name} support continues` }]
      : [],
  );
  const eighteen = addMonths(setup.child.dateOfBirth, 18 * 12);
  const adult = ageOn(setup.child.dateOfBirth, addDays(setup.supervisionEnds, 90)) >= 18;
  return {
    continuingServices: [
      ...voluntary.slice(0, 3),
      { agency: 'voluntary-sector', description: 'Youth club mentoring continues after the order' },
    ],
    ...(adult && {
      transitionToAdultServices: {
        agency: 'probation',
        plannedOn: maxDate(from, addDays(eighteen, -60)),
        notes: 'Transition plan made with the child and family',
      },
    }),
    summary: 'Support that carries on once the YOS work ends',
  };
}
