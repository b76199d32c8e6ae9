import { addDays, addMonths, maxDate, minDate } from '../../../_lib/calendar.js';
import { activePlan, latestAssessment, signedOffAssessment } from '../../../lifecycle/derive.js';
import type { Assessment } from '../../../model/assessment.js';
import type { IsoDate } from '../../../model/dates.js';
import { isCourtOrder } from '../../../model/disposal/index.js';
import type { ReviewDecision } from '../../../model/review.js';
import type { CaseWriter } from '../../_lib/caseWriter.js';
import { typicalChoices } from '../../_lib/choices.js';
import { nextReviewDue, planNow } from '../../_lib/progress.js';
import { daysBetweenContacts } from '../../_lib/scaledApproach.js';
import type { CaseSetup } from '../../_lib/setup.js';
import { writeAssessment } from '../../_lib/steps/assessment.js';
import { writePlanVersion } from '../../_lib/steps/planning.js';
import { writeReview } from '../../_lib/steps/review.js';
import type { ContactOptions, ReviewedOptions } from './config.js';

const c = typicalChoices;

/** @internal `count` contacts at the plan's frequency, each working on the next objective in turn. */
export function writeContacts(w: CaseWriter, count: number, options: ContactOptions): void {
  const plan = activePlan(w.record)?.plan;
  if (!plan) return;
  const gap = daysBetweenContacts(plan.plannedContactsPerMonth);
  let date = w.date;
  for (let i = 0; i < count; i++) {
    date = addDays(date, gap);
    const objective = plan.objectives[i % Math.max(1, plan.objectives.length)];
    w.add('contact.recorded', date, {
      contact: {
        id: w.nextId('c'),
        date,
        kind: options.kind ?? (i % 3 === 0 ? 'supervision' : 'intervention-session'),
        attendance: options.attendance ?? 'attended',
        objectiveIds: objective ? [objective.id] : [],
        deliveredBy: { kind: 'yos', role: 'case-manager' },
      },
    });
  }
}

/** @internal The next review date after a review completed on `on`: 3 months on, or the end of supervision. */
export function nextReviewAfter(setup: CaseSetup, on: IsoDate): IsoDate {
  const next = addMonths(on, 3);
  return setup.supervisionEnds > on ? minDate(next, setup.supervisionEnds) : next;
}

/** @internal A review when the plan says one is due, and what its decision leads to. */
export function writeBuiltReview(
  w: CaseWriter,
  setup: CaseSetup,
  decision: ReviewDecision,
  options: ReviewedOptions,
): void {
  const due = maxDate(addDays(w.date, 1), nextReviewDue(w.record) ?? addDays(w.date, 1));
  const triggeredOn = maxDate(w.date, addDays(due, -7));
  writeReview(w, setup, {
    trigger: options.trigger ?? 'scheduled',
    triggeredOn,
    completedOn: due,
    dueBy: due,
    decision,
    nextReviewDate: nextReviewAfter(setup, due),
    engagement: 1,
    choices: c,
  });
  if (decision === 'revise-plan') revise(w, setup, 'review', latest(w));
  if (decision === 'reassess') {
    const previous = latest(w);
    const { assessment, signedOffOn } = writeAssessment(w, setup, {
      id: w.nextId('a'),
      kind: isCourtOrder(setup.disposal) ? 'reassessment' : 'out-of-court',
      start: addDays(due, 1),
      choices: c,
      previous,
    });
    revise(w, setup, 'change-in-risk', assessment, signedOffOn);
  }
}

function latest(w: CaseWriter): Assessment {
  const a = signedOffAssessment(w.record)?.assessment ?? latestAssessment(w.record)?.assessment;
  if (!a) throw new Error('No assessment to plan from');
  return a;
}

function revise(
  w: CaseWriter,
  setup: CaseSetup,
  reason: 'review' | 'change-in-risk',
  assessment: Assessment,
  after: IsoDate = w.date,
): void {
  const previous = planNow(w.record);
  writePlanVersion(w, setup, {
    version: w.record.plans.length + 1,
    reason,
    assessment,
    start: addDays(after, 1),
    choices: c,
    ...(previous && { previous }),
  });
}

/**
 * @internal The end of the case: remaining actions done, the end-of-order review that decides
 * to close (unless one already did), and the closure on the day supervision ends or the day
 * after the review, whichever is later.
 */
export function writeClosure(w: CaseWriter, setup: CaseSetup): void {
  const end = setup.supervisionEnds;
  if (w.stage !== 'closing') {
    const reviewOn = maxDate(addDays(w.date, 1), addDays(end, -7));
    const triggeredOn = maxDate(w.date, addDays(reviewOn, -7));
    const record = w.record;
    const plan = activePlan(record);
    for (const a of planNow(record)?.actions ?? []) {
      if (plan && (a.status === 'planned' || a.status === 'in-progress')) {
        w.add('action.statusChanged', triggeredOn, {
          actionId: a.id,
          on: triggeredOn,
          status: 'done',
        });
      }
    }
    writeReview(w, setup, {
      trigger: 'end-of-order',
      triggeredOn,
      completedOn: reviewOn,
      dueBy: maxDate(reviewOn, end),
      decision: 'close',
      engagement: 1,
      choices: c,
    });
  }
  const closedOn = maxDate(addDays(w.date, 1), end);
  const exitPlan = activePlan(w.record)?.plan.exitPlan;
  w.add('case.closed', closedOn, {
    on: closedOn,
    reason: 'disposal-completed',
    ...(exitPlan && { exitPlan }),
  });
}
