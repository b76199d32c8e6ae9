import { addDays, maxDate } from '../../../_lib/calendar.js';
import { activePlan } from '../../../lifecycle/derive.js';
import { ratingsInForce } from '../../../lifecycle/ratingsInForce.js';
import type { ReviewDecision } from '../../../model/review.js';
import type { CaseWriter } from '../../_lib/caseWriter.js';
import { typicalChoices } from '../../_lib/choices.js';
import { nextReviewDue, reviewAfter } from '../../_lib/progress.js';
import { daysBetweenContacts } from '../../_lib/scaledApproach.js';
import type { CaseSetup } from '../../_lib/setup.js';
import {
  writeClosed,
  writeClosingReview,
  writeReview,
  writeReviewFollowUp,
} from '../../_lib/steps/review.js';
import type { ContactOptions, ReviewedOptions } from './config.js';

const c = typicalChoices;

/** @internal `count` contacts at the plan's frequency, each working on the next objective in turn. */
export function writeContacts(w: CaseWriter, count: number, options: ContactOptions): void {
  const plan = activePlan(w.record)?.plan;
  if (!plan) return;
  const gap = daysBetweenContacts(plan.plannedContactsPerMonth);
  let date = w.date;
  for (let i = 0; i < count; i++) {
    date = options.dates?.[i] ?? addDays(date, gap);
    const objective = plan.objectives[i % Math.max(1, plan.objectives.length)];
    w.add('contact.recorded', date, {
      contact: {
        id: options.ids?.[i] ?? w.nextId('c'),
        date,
        kind: options.kind ?? (i % 3 === 0 ? 'supervision' : 'intervention-session'),
        attendance: options.attendance ?? 'attended',
        objectiveIds: objective ? [objective.id] : [],
        deliveredBy: { kind: 'yos', role: 'case-manager' },
      },
    });
  }
}

/**
 * @internal A review when the plan says one is due (or on the day asked), re-rating over the
 * ratings in force when asked, and what its decision leads to.
 */
export function writeBuiltReview(
  w: CaseWriter,
  setup: CaseSetup,
  decision: ReviewDecision,
  options: ReviewedOptions,
): void {
  const due =
    options.completedOn ??
    maxDate(addDays(w.date, 1), nextReviewDue(w.record) ?? addDays(w.date, 1));
  const trigger = options.trigger ?? 'scheduled';
  const inForce = ratingsInForce(w.record, undefined)?.ratings;
  writeReview(w, setup, {
    trigger,
    triggeredOn: options.triggeredOn ?? maxDate(w.date, addDays(due, -7)),
    completedOn: due,
    dueBy: due,
    decision,
    nextReviewDate: options.nextReviewDate ?? reviewAfter(setup.supervisionEnds, due),
    engagement: 1,
    choices: c,
    ...(options.ratings && inForce && { ratings: { ...inForce, ...options.ratings } }),
    ...(options.atPanel && { atPanel: true }),
  });
  writeReviewFollowUp(w, setup, {
    trigger,
    decision,
    completedOn: due,
    choices: c,
    until: options.until,
    ...(options.plan && { plan: options.plan }),
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
    writeClosingReview(w, setup, {
      trigger: 'end-of-order',
      triggeredOn: maxDate(w.date, addDays(reviewOn, -7)),
      completedOn: reviewOn,
      dueBy: maxDate(reviewOn, end),
      engagement: 1,
      choices: c,
    });
  }
  writeClosed(w, maxDate(addDays(w.date, 1), end), 'disposal-completed');
}
