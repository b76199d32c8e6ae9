import { minDate } from '../../../_lib/calendar.js';
import type { PlanVersionReason } from '../../../lifecycle/record.js';
import type { Agreement as AgreementInput } from '../../../model/agreement.js';
import type { Assessment } from '../../../model/assessment.js';
import type { IsoDate } from '../../../model/dates.js';
import type { InterventionPlan } from '../../../model/plan.js';
import type { CaseWriter } from '../caseWriter.js';
import { type Choices, weights } from '../choices.js';
import { addDays } from '../days.js';
import { makePlan } from '../makePlan.js';
import { panelAttendee } from '../panel.js';
import { reviewAfter } from '../progress.js';
import { agreeingPeople, type CaseSetup, involvable, mayReceivePlan } from '../setup.js';
import { writeMeeting } from './involvement.js';

/** @internal How far the planning step goes: drafted, agreed by the parties, or active. */
export type PlanningStage = 'drafted' | 'agreed' | 'active';

/** @internal What the planning step needs beyond the case. */
export interface PlanningStep {
  readonly version: number;
  readonly reason?: Exclude<PlanVersionReason, 'initial' | 'other'>;
  readonly assessment: Assessment;
  readonly start: IsoDate;
  readonly choices: Choices;
  readonly previous?: InterventionPlan;
  readonly until?: PlanningStage;
  readonly reviewEveryMonths?: number;
  /** The day the plan is signed off and activated (default: a day or more after the meeting). */
  readonly activatedOn?: IsoDate;
  /** Fields of the plan to use instead of the typical ones. */
  readonly overrides?: Partial<InterventionPlan>;
}

/**
 * @internal Writes one plan version: drafted (or revised), a planning meeting (the youth offender
 * panel for a referral order's first plan) with the parents/carers, the child's and each
 * parent's/carer's agreement, manager sign-off, activation, and copies given. Returns the plan
 * and the date the step ended.
 */
export function writePlanVersion(
  w: CaseWriter,
  setup: CaseSetup,
  step: PlanningStep,
): { plan: InterventionPlan; endedOn: IsoDate } {
  const c = step.choices;
  const heldOn = addDays(step.start, c.int(2, 5));
  const activeOn = step.activatedOn ?? addDays(heldOn, c.int(1, 3));
  const meetingOn = minDate(heldOn, activeOn);
  const nextReviewDate = reviewAfter(setup.supervisionEnds, activeOn, step.reviewEveryMonths);
  const plan = {
    ...makePlan({
      setup,
      assessment: step.assessment,
      activeFrom: activeOn,
      nextReviewDate,
      choices: c,
      ...(step.previous && { previous: step.previous }),
    }),
    ...step.overrides,
  };
  if (step.version === 1) {
    w.add('plan.drafted', step.start, { version: 1, on: step.start, plan });
  } else {
    w.add('plan.revised', step.start, {
      version: step.version,
      on: step.start,
      reason: step.reason ?? 'review',
      plan,
    });
  }
  if (step.until === 'drafted') return { plan, endedOn: step.start };
  const involved = setup.involvement !== false;
  const panel = setup.disposal.type === 'referral-order' && step.version === 1;
  const came = writeMeeting(
    w,
    involved ? involvable(setup.people) : [],
    panel ? 'panel' : 'planning-meeting',
    step.start,
    meetingOn,
    c,
    { planVersion: step.version },
    panel ? panelAttendee(setup.disposal, setup.child.lookedAfter) : undefined,
  );
  if (involved) writeAgreements(w, setup, step, meetingOn, came);
  if (step.until === 'agreed') return { plan, endedOn: meetingOn };
  w.add('plan.signedOff', activeOn, { version: step.version, on: activeOn }, setup.manager);
  w.add('plan.activated', activeOn, { version: step.version, on: activeOn });
  for (const p of involved ? involvable(setup.people).filter(mayReceivePlan) : []) {
    w.add('involvement.recorded', activeOn, {
      record: {
        kind: 'plan-copy-given',
        id: w.nextId('inv'),
        personId: p.id,
        on: activeOn,
        planVersion: step.version,
      },
    });
  }
  return { plan, endedOn: activeOn };
}

const CHILD_AGREES = weights({
  agreed: 80,
  'agreed-with-misgivings': 14,
  disagreed: 3,
  'could-not-be-discussed': 3,
});
const PARENT_AGREES = weights({ agreed: 90, 'agreed-with-misgivings': 7, disagreed: 3 });

function writeAgreements(
  w: CaseWriter,
  setup: CaseSetup,
  step: PlanningStep,
  on: IsoDate,
  came: ReadonlyMap<string, boolean>,
): void {
  const c = step.choices;
  const base = { planVersion: step.version, recordedBy: setup.caseManager, recordedOn: on };
  const childStatus = c.weighted(CHILD_AGREES);
  // The requirements and the consequences of not complying explained as the child agrees
  // (the child's agreement is where that understanding is recorded), unless a shortfall.
  const explained =
    childStatus !== 'could-not-be-discussed' && !setup.shortfalls?.has('orderNotExplained');
  w.add('plan.agreementRecorded', on, {
    ...base,
    party: { kind: 'child' },
    ...agreement(childStatus),
    ...(explained && { requirementsExplained: true, consequencesExplained: true }),
  });
  for (const p of agreeingPeople(setup.people)) {
    const status = came.get(p.id) ? c.weighted(PARENT_AGREES) : 'could-not-be-discussed';
    w.add('plan.agreementRecorded', on, {
      ...base,
      party: { kind: 'parent-carer', personId: p.id },
      ...agreement(status),
    });
    w.add('involvement.recorded', on, {
      record: {
        kind: 'plan-agreement',
        id: w.nextId('inv'),
        personId: p.id,
        on,
        planVersion: step.version,
        agreed: status === 'agreed' || status === 'agreed-with-misgivings',
      },
    });
  }
}

/** The status with the text each status needs. */
function agreement(
  status: AgreementInput['status'],
): Pick<AgreementInput, 'status' | 'misgivings' | 'reason'> {
  switch (status) {
    case 'agreed-with-misgivings':
      return { status, misgivings: 'Worried the appointments will clash with college' };
    case 'could-not-be-discussed':
      return {
        status,
        reason:
          'Did not attend the planning meeting; the plan will be talked through at the next visit',
      };
    default:
      return { status };
  }
}
