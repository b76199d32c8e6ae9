import { maxDate, minDate } from '../../_lib/calendar.js';
import type { AssessedFactor, Assessment } from '../../model/assessment.js';
import type { ResponsivityNeedKind } from '../../model/child.js';
import type { IsoDate } from '../../model/dates.js';
import { requirementsOf } from '../../model/disposal/index.js';
import type { InterventionPlan, Objective, ObjectiveFocus, PlanAction } from '../../model/plan.js';
import type { Choices } from './choices.js';
import { DOMAIN_CONTENT, DOMAIN_KEY } from './content.js';
import { addDays, daysBetween } from './days.js';
import { contingencyFor, exitPlanFor, ownerFor, requirementActions, SHARED } from './planParts.js';
import { CONTACTS_PER_MONTH } from './scaledApproach.js';
import type { CaseSetup } from './setup.js';

/** @internal What a plan version is made from. */
export interface PlanRequest {
  readonly setup: CaseSetup;
  readonly assessment: Assessment;
  /** When delivery of this version is expected to start. */
  readonly activeFrom: IsoDate;
  readonly nextReviewDate: IsoDate;
  readonly choices: Choices;
  /** The version being revised, with each objective's and action's status as it now stands. */
  readonly previous?: InterventionPlan;
}

const SIGNIFICANCE = { high: 0, medium: 1, low: 2 } as const;
const FOCUS = {
  desistance: 'desistance',
  'safety-and-wellbeing': 'safety-and-wellbeing',
  'serious-harm': 'safety-of-others',
} as const satisfies Record<string, ObjectiveFocus>;

const ADAPTATIONS: Partial<Record<ResponsivityNeedKind, string>> = {
  'speech-language-communication': 'Short instructions, one at a time, with a visual summary',
  neurodiversity: 'Short sessions with movement breaks',
  learning: 'Written material read aloud',
  'mental-health': 'Sessions at a quiet time and place the child chooses',
  trauma: 'The child chooses where sessions happen',
  'cultural-diversity': 'Sessions arranged around the family’s commitments',
  faith: 'Sessions arranged around religious observance',
};

/** @internal The date a fraction of the way from `from` to `to`. */
const between = (from: IsoDate, to: IsoDate, fraction: number): IsoDate =>
  addDays(from, Math.max(0, Math.round(daysBetween(from, to) * fraction)));

/** The foci of an objective on a factor: what the factor bears on, less a shortfall's. */
function focusOf(f: AssessedFactor, shortfalls: CaseSetup['shortfalls']): ObjectiveFocus[] {
  const focus = [...new Set(f.bearsOn.map((b) => FOCUS[b]))];
  if (!shortfalls?.has('othersSafety')) return focus;
  const kept = focus.filter((x) => x !== 'safety-of-others');
  return kept.length > 0 ? kept : ['desistance'];
}

function objectiveFor(
  r: PlanRequest,
  f: AssessedFactor,
  priority: number,
  count: number,
): Objective {
  const content = DOMAIN_CONTENT[f.domain];
  const end = r.setup.supervisionEnds;
  const earliest = minDate(end, addDays(r.activeFrom, 28));
  const adaptations = [...new Set(r.setup.child.needs.flatMap((n) => ADAPTATIONS[n.kind] ?? []))];
  return {
    id: `o-${DOMAIN_KEY[f.domain]}`,
    wording: content.objective,
    ...(!r.setup.shortfalls?.has('childVoice') && { childWords: content.childWords }),
    focus: focusOf(f, r.setup.shortfalls),
    addresses: {
      factorIds: [f.id],
      // The first objective also builds on the strengths no other objective's area has.
      strengthIds: r.assessment.strengths
        .filter(() => !r.setup.shortfalls?.has('strengths'))
        .filter((s) => s.domain === f.domain || (priority === 1 && s.id.startsWith('s-general-')))
        .map((s) => s.id),
    },
    priority,
    dependsOn: [],
    measureOfSuccess: content.measure,
    targetDate: maxDate(earliest, between(r.activeFrom, end, priority / (count + 1))),
    adaptations,
    status: 'active',
    achievement: 'not-started',
    visibility: SHARED,
  };
}

function actionsFor(r: PlanRequest, o: Objective, f: AssessedFactor): PlanAction[] {
  const options = DOMAIN_CONTENT[f.domain].actions;
  const count = r.choices.int(1, options.length);
  const due = o.targetDate ?? r.setup.supervisionEnds;
  return options.slice(0, count).map((a, j) => {
    const owner = ownerFor(a.owner, r.setup);
    return {
      id: `act-${DOMAIN_KEY[f.domain]}-${j + 1}`,
      objectiveId: o.id,
      description: a.description,
      owner,
      dueDate: maxDate(r.activeFrom, between(r.activeFrom, due, (j + 1) / (count + 1))),
      voluntary: owner.kind === 'partner-agency' && owner.agency === 'voluntary-sector',
      status: 'planned',
      visibility: SHARED,
    };
  });
}

/** Keeps what a revision carries over; an unfinished objective past its target date gets a new one. */
function carriedOver(r: PlanRequest, previous: InterventionPlan): Objective[] {
  const later = minDate(r.setup.supervisionEnds, addDays(r.activeFrom, 56));
  return previous.objectives.map((o) =>
    o.status === 'active' && o.targetDate !== undefined && o.targetDate < r.activeFrom
      ? { ...o, targetDate: maxDate(r.activeFrom, later) }
      : o,
  );
}

/**
 * @internal A plan version that addresses the assessment: one objective per significant factor
 * (acute first), low factors deferred to the first review with the reason, actions with owners
 * and due dates, an action for each requirement of the disposal, contacts at the scaled-approach
 * frequency, a contingency plan where needed and an exit plan. A revision keeps the previous
 * objectives and actions (same ids, current statuses) and adds objectives for factors not yet
 * addressed.
 */
export function makePlan(r: PlanRequest): InterventionPlan {
  const factors = [...r.assessment.factors].sort(
    (a, b) =>
      (a.stability === 'acute' ? 0 : 1) - (b.stability === 'acute' ? 0 : 1) ||
      SIGNIFICANCE[a.significance] - SIGNIFICANCE[b.significance],
  );
  const kept = r.previous ? carriedOver(r, r.previous) : [];
  const covered = new Set(kept.flatMap((o) => o.addresses.factorIds));
  const open = factors.filter((f) => !covered.has(f.id));
  const significant = open.filter((f) => f.significance !== 'low' || r.previous !== undefined);
  const toAddress = significant.length > 0 || kept.length > 0 ? significant : open;
  const deferred = open.filter((f) => !toAddress.includes(f));
  const fresh = toAddress.map((f, i) => ({
    factor: f,
    objective: objectiveFor(r, f, kept.length + i + 1, kept.length + toAddress.length),
  }));
  const objectives = [...kept, ...fresh.map((x) => x.objective)];
  const factorActions = fresh.flatMap((x) => actionsFor(r, x.objective, x.factor));
  // What delivered a revoked order's requirements is not carried into the new sentence's plan.
  const held = new Set(requirementsOf(r.setup.disposal).map((q) => q.id));
  const previousActions = (r.previous?.actions ?? []).filter(
    (a) => a.deliversRequirement === undefined || held.has(a.deliversRequirement),
  );
  // Each requirement no action delivers yet (all at first; a new sentence's in a revision).
  const delivered = new Set(previousActions.map((a) => a.deliversRequirement));
  const actions = [
    ...previousActions,
    ...factorActions,
    ...(r.setup.shortfalls?.has('requirementUnarranged')
      ? []
      : requirementActions(r.setup, objectives).filter(
          (a) => !delivered.has(a.deliversRequirement),
        )),
  ];
  const contingency = r.setup.shortfalls?.has('contingency')
    ? undefined
    : contingencyFor(r.assessment);
  return {
    objectives,
    actions,
    ...(contingency && { contingency }),
    deferredFactors: deferred.map((f) => ({
      factorId: f.id,
      reason:
        'Lower priority: to be revisited at the first review once the urgent work is under way',
      revisitBy: r.nextReviewDate,
    })),
    plannedContactsPerMonth: CONTACTS_PER_MONTH[r.assessment.interventionLevel],
    nextReviewDate: r.nextReviewDate,
    exitPlan: exitPlanFor(r.setup, actions, r.activeFrom),
    ...(!r.setup.shortfalls?.has('childVoice') && {
      childViews: r.choices.pick([
        'I’m OK with this if it helps me get on with things',
        'I want to do the football bit first',
        'Some of it is a lot, but I’ll give it a go',
      ]),
    }),
  };
}
