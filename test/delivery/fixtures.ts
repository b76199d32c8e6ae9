/**
 * Helpers for the delivery, compliance and review tests, which build their cases with the
 * testing kit (`aCase()`, contacts with chosen ids and dates through `withContacts`) and add
 * events after the built ones with the kit's `eventLog`: one event applied (or its refusal), a
 * contact or a warning as a payload. The worked example (Kai's 6-month referral order) stays for
 * the tests that follow its story (its activation, panel and review dates).
 */
import type { CaseEventInput, CaseEventType } from '../../src/lifecycle/events/index.js';
import { applyEvent, safeApplyEvent } from '../../src/lifecycle/reducer.js';
import { replay } from '../../src/lifecycle/replay.js';
import type { CaseState } from '../../src/lifecycle/state.js';
import { eventLog, workedExampleEvents } from '../../src/testing/index.js';

type PayloadOf<T extends CaseEventType> = Extract<CaseEventInput, { type: T }>['payload'];

/** The worked example's events up to and including the first event of `type` (the n-th with `nth`). */
export function workedExampleUntil(type: CaseEventType, nth = 1): CaseEventInput[] {
  const events = workedExampleEvents();
  let seen = 0;
  const index = events.findIndex((e) => e.type === type && ++seen === nth);
  if (index < 0) throw new Error(`No ${type} in the worked example`);
  return events.slice(0, index + 1);
}

/**
 * Kai's case the day his first plan is activated (24 September 2025): stage `delivery`, no
 * referral, contact, compliance record or review yet. Plan v1: review by 18 December; actions
 * `act-pru-place` (education, due 10 October), `act-mum-mornings`, `act-football`,
 * `act-thinking-sessions`, `act-letter`; objectives `o-school`, `o-peers`, `o-thinking`.
 */
export function kaiInDelivery(): CaseState {
  return replay(workedExampleUntil('plan.activated'));
}

const log = eventLog({ by: 'pr-test', idPrefix: 't-' });

/** An event of `type` recorded on `date`, with a fresh id. */
export function event<T extends CaseEventType>(
  type: T,
  date: string,
  payload: PayloadOf<T>,
): CaseEventInput {
  return log.add(type, date, payload as never);
}

/** Applies an event of `type` recorded on `date`; throws the library's error if refused. */
export function add<T extends CaseEventType>(
  state: CaseState,
  type: T,
  date: string,
  payload: PayloadOf<T>,
): CaseState {
  return applyEvent(state, event(type, date, payload));
}

/** The result form of {@link add}, for tests of refusals. */
export function tryAdd<T extends CaseEventType>(
  state: CaseState,
  type: T,
  date: string,
  payload: PayloadOf<T>,
) {
  return safeApplyEvent(state, event(type, date, payload));
}

/** A contact with the child, delivered by the case manager. */
export function contact(
  id: string,
  date: string,
  attendance: 'attended' | 'acceptable-absence' | 'unacceptable-absence',
  objectiveIds: string[] = [],
): PayloadOf<'contact.recorded'> {
  return {
    contact: {
      id,
      date,
      kind: 'supervision',
      attendance,
      objectiveIds,
      deliveredBy: { kind: 'yos', role: 'case-manager' },
    },
  };
}

/** A warning with the consequences explained and the child's account (`null`: none given). */
export function warning(
  id: string,
  on: string,
  contactIds: string[],
  childAccount: string | null = 'I forgot and my phone was dead',
): PayloadOf<'compliance.warningIssued'> {
  return {
    warning: {
      id,
      on,
      reason: 'Missed a session without letting anyone know',
      ...(childAccount !== null && { childAccount }),
      consequencesExplained: true,
      contactIds,
    },
  };
}

/**
 * Kai in delivery with one review `rv-x` triggered on `triggeredOn` and completed on
 * `completedOn`: decision continue, no progress recorded, next review 18 December 2025.
 */
export function kaiWithReview(
  trigger: PayloadOf<'review.triggered'>['trigger'],
  triggeredOn: string,
  completedOn: string,
): CaseState {
  const triggered = add(kaiInDelivery(), 'review.triggered', triggeredOn, {
    reviewId: 'rv-x',
    on: triggeredOn,
    trigger,
  });
  return add(triggered, 'review.completed', completedOn, {
    reviewId: 'rv-x',
    outcome: { completedOn, progress: [], decision: 'continue', nextReviewDate: '2025-12-18' },
  });
}
