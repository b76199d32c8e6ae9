/**
 * Helpers for the delivery, compliance and review tests, which build their cases with the
 * testing kit (`aCase()`: contacts with chosen ids and dates through `withContacts`, reviews with
 * their dates, panel and re-rating through `reviewed`) and add events after the built ones with
 * the kit's `eventLog`: one event applied (or its refusal), a contact or a warning as a payload.
 */
import type { CaseEventInput, CaseEventType } from '../../src/lifecycle/events/index.js';
import { applyEvent, safeApplyEvent } from '../../src/lifecycle/reducer.js';
import type { CaseState } from '../../src/lifecycle/state.js';
import { aCase, type CaseBuilder, eventLog } from '../../src/testing/index.js';

type PayloadOf<T extends CaseEventType> = Extract<CaseEventInput, { type: T }>['payload'];

const log = eventLog({ by: 'pr-test', idPrefix: 't-' });

/** A 6-month referral order opened on 1 September 2025, its plan active from mid-September. */
export const referralOrderInDelivery: CaseBuilder = aCase({ start: '2025-09-01' })
  .referralOrder()
  .active();

/** `base` with an unacceptable absence, `c-03`, on Tuesday 14 October 2025. */
export const missedOn14October = (base: CaseBuilder = referralOrderInDelivery): CaseState =>
  base
    .withContacts(1, { attendance: 'unacceptable-absence', ids: ['c-03'], dates: ['2025-10-14'] })
    .state();

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
