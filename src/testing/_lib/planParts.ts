/**
 * The parts of a generated plan that come from the disposal and the child rather than from the
 * assessed factors: actions that deliver the disposal's requirements, a contingency plan where
 * risk or safety is high, and the exit plan.
 * @internal
 */
import { addMonths, ageOn, maxDate } from '../../_lib/calendar.js';
import type { Assessment } from '../../model/assessment.js';
import type { IsoDate } from '../../model/dates.js';
import { type DisposalRequirement, requirementsOf } from '../../model/disposal/index.js';
import type { Agency, Owner } from '../../model/owner.js';
import type { ContingencyPlan, ExitPlan, Objective, PlanAction } from '../../model/plan.js';
import { atLeast } from '../../checks/rules/plan/_lib/ratings.js';
import { defaultPolicy } from '../../policy/index.js';
import { addDays } from './days.js';
import { isHigh } from './ratings.js';
import type { CaseSetup } from './setup.js';

const SHARED = { child: true, parentsCarers: true, agencies: true } as const;

/** @internal Who delivers a requirement, and the objective domain it belongs with. */
function requirementOwner(r: DisposalRequirement): { owner: Owner; objectiveKey?: string } {
  const agency = (a: Agency, name: string, objectiveKey: string) => ({
    owner: { kind: 'partner-agency' as const, agency: a, name },
    objectiveKey,
  });
  switch (r.kind) {
    case 'drug-treatment':
    case 'drug-testing':
    case 'intoxicating-substance-treatment':
      return agency('substance-misuse', 'Young people’s substance service', 'substances');
    case 'mental-health-treatment':
      return agency('mental-health', 'Children’s mental health service', 'mood');
    case 'education':
    case 'attend-education-or-work':
      return agency('education', 'Local authority inclusion team', 'ete');
    case 'curfew':
    case 'exclusion':
    case 'prohibited-activity':
    case 'at-home-at-specified-times':
    case 'stay-away-from-places':
    case 'stay-away-from-persons':
      return { owner: { kind: 'child' }, objectiveKey: 'lifestyle' };
    default:
      return { owner: { kind: 'yos', role: 'case-manager' }, objectiveKey: 'offending' };
  }
}

/** @internal One action for each requirement of the disposal, under the objective it serves. */
export function requirementActions(
  setup: CaseSetup,
  objectives: readonly Objective[],
): PlanAction[] {
  const first = objectives[0];
  if (!first) return [];
  return requirementsOf(setup.disposal).map((r) => {
    const { owner, objectiveKey } = requirementOwner(r);
    const objective = objectives.find((o) => o.id === `o-${objectiveKey}`) ?? first;
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
