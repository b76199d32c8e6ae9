/**
 * Cases for the involvement tests, built with the testing kit's `aCase({ involvement: false })`:
 * no one's involvement is recorded at any stage, so each test adds the records it looks at
 * (with {@link withRecords}). The bases are builders: branch from them
 * (`ACTIVE.disposal(REFERRAL_ORDER).state()`).
 */
import type { CaseEventInput, CaseEventType } from '../../src/lifecycle/events/index.js';
import { safeApplyEvent } from '../../src/lifecycle/reducer.js';
import type { CaseState } from '../../src/lifecycle/state.js';
import type { InvolvementRecord } from '../../src/model/involvement.js';
import { aCase, aDisposal, aParentCarer, eventLog } from '../../src/testing/index.js';

/** The steps' dates. */
export const DATES = {
  opened: '2025-03-03',
  assessmentCompleted: '2025-03-10',
  signedOff: '2025-03-11',
  drafted: '2025-03-14',
  activated: '2025-03-17',
} as const;

/** Who records the events. */
const BY = 'pr-test';

/** A YRO with supervision (`req-sup`), sentenced on the day the case opens, ending 2026-03-02. */
export const YRO = aDisposal.yro({
  id: 'd-yro',
  on: DATES.opened,
  months: 12,
  requirements: [{ id: 'req-sup', kind: 'supervision' }],
});

/** A 6-month referral order whose panel agreed the contract on 2025-03-20. */
export const REFERRAL_ORDER = aDisposal.referralOrder({
  id: 'd-ro',
  on: DATES.opened,
  startDate: '2025-03-20',
  months: 6,
  parentOrderedToAttend: true,
});

/** The child's mother, `pc-mum`, with parental responsibility and no restrictions. */
export const MUM = aParentCarer({ id: 'pc-mum' });

/** A 15-year-old on {@link YRO} with {@link MUM}, opened on 3 March 2025, nothing involved. */
export const OPENED = aCase({ start: DATES.opened, caseManager: BY, involvement: false })
  .child({ dateOfBirth: '2009-06-01' })
  .disposal(YRO)
  .parentCarers([MUM]);

/** {@link OPENED}, assessed at low ratings with no factors, strengths or views. */
export const ASSESSED = OPENED.assessed({
  completedOn: DATES.assessmentCompleted,
  signedOffOn: DATES.signedOff,
  factors: [],
  strengths: [],
  ratings: { likelihoodOfReoffending: 'low', safetyAndWellbeing: 'low', riskOfSeriousHarm: 'low' },
});

/** No objectives or actions: the involvement tests add only what they look at. */
const PLAN = {
  objectives: [],
  actions: [],
  plannedContactsPerMonth: 2,
  draftedOn: DATES.drafted,
  activatedOn: DATES.activated,
};

/** {@link ASSESSED} with its plan drafted on 14 March. */
export const DRAFTED = ASSESSED.planned(PLAN);

/** {@link ASSESSED} with its plan active from 17 March. */
export const ACTIVE = ASSESSED.active(PLAN);

const extra = eventLog({ by: BY, idPrefix: 't-', time: '12:00:00Z' });

/** An event with a fresh id, recorded at noon on `date`. */
export function event<T extends CaseEventType>(
  type: T,
  date: string,
  payload: Extract<CaseEventInput, { type: T }>['payload'],
  by = BY,
): CaseEventInput {
  return extra.add(type, date, payload as never, by);
}

/** Records involvement and returns the new state; throws on refusal. */
export function withRecords(state: CaseState, ...records: readonly InvolvementRecord[]): CaseState {
  return withEvents(
    state,
    ...records.map((record) => event('involvement.recorded', record.on, { record })),
  );
}

/** Applies events one by one; throws on the first refusal. */
export function withEvents(state: CaseState, ...events: readonly CaseEventInput[]): CaseState {
  let s = state;
  for (const e of events) {
    const r = safeApplyEvent(s, e);
    if (!r.ok) throw r.error;
    s = r.value;
  }
  return s;
}

/** The parents'/carers' views as an assessment records them, for `assessed({ parentCarerViews })`. */
export const viewsOf = (...personIds: readonly string[]) =>
  personIds.map((personId) => ({
    personId,
    views: { inOwnWords: 'Views given at assessment', givenOn: DATES.assessmentCompleted },
  }));
