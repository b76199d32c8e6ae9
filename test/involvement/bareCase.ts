/**
 * A case for the involvement tests, made with the testing kit's builders and taken to a stage
 * with NO ONE's involvement recorded: the builders record invitations, attendance, views,
 * agreements and copies at every stage, so these tests, which add each record themselves,
 * open the case with `aCase()` and write the later steps from `anAssessment()` and `aPlan()`.
 */
import type { CaseEventInput, CaseEventType } from '../../src/lifecycle/events/index.js';
import { safeApplyEvent } from '../../src/lifecycle/reducer.js';
import { replay } from '../../src/lifecycle/replay.js';
import type { CaseState } from '../../src/lifecycle/state.js';
import type { FactorDomain } from '../../src/model/assessment.js';
import type { Disposal } from '../../src/model/disposal/schema.js';
import type { InvolvementRecord } from '../../src/model/involvement.js';
import type { ParentCarerInput } from '../../src/model/parentCarer.js';
import {
  aCase,
  aDisposal,
  anAssessment,
  aParentCarer,
  aPlan,
  eventLog,
} from '../../src/testing/index.js';

/** How far a bare case goes: opened, assessed (signed off), plan drafted, plan active. */
export type BareStage = 'opened' | 'assessed' | 'drafted' | 'active';

/** Options for {@link bareCase}. */
export interface BareCaseOptions {
  readonly dateOfBirth?: string;
  readonly lookedAfter?: boolean;
  readonly disposal?: Disposal;
  readonly people?: readonly ParentCarerInput[];
  /** One assessed factor (`f-1`, `f-2`...) per domain; none by default. */
  readonly factorDomains?: readonly FactorDomain[];
  /** People whose views the assessment records. */
  readonly assessmentViewsOf?: readonly string[];
  readonly until?: BareStage;
}

/** Dates of the bare case's steps. */
export const BARE = {
  opened: '2025-03-03',
  assessmentCompleted: '2025-03-10',
  signedOff: '2025-03-11',
  drafted: '2025-03-14',
  activated: '2025-03-17',
} as const;

/** Who records the events, and the manager who signs off. */
const BY = 'pr-test';

/** A YRO with supervision (`req-sup`), sentenced on the day the case opens, ending 2026-03-02. */
export const YRO = aDisposal.yro({
  id: 'd-yro',
  on: BARE.opened,
  months: 12,
  requirements: [{ id: 'req-sup', kind: 'supervision' }],
});

/** A 6-month referral order whose panel agreed the contract on 2025-03-20. */
export const REFERRAL_ORDER = aDisposal.referralOrder({
  id: 'd-ro',
  on: BARE.opened,
  startDate: '2025-03-20',
  months: 6,
  parentOrderedToAttend: true,
});

/** The child's mother, `pc-mum`, with parental responsibility and no restrictions. */
export const MUM = aParentCarer({ id: 'pc-mum' });

/** The events of a bare case for a 15-year-old (by default) on {@link YRO}, up to `until`. */
export function bareCaseEvents(options: BareCaseOptions = {}): CaseEventInput[] {
  const opened = aCase({ start: BARE.opened, caseId: 'case-bare', caseManager: BY })
    .child({
      id: 'child-bare',
      dateOfBirth: options.dateOfBirth ?? '2009-06-01',
      lookedAfter: options.lookedAfter ?? false,
    })
    .disposal(options.disposal ?? YRO)
    .parentCarers(options.people ?? [MUM])
    .events()
    // The builder also records why a restricted person is not involved: a bare case has nothing.
    .filter((e) => e.type === 'case.opened');
  const log = eventLog({ by: BY, idPrefix: 'bare-' });
  log.events.push(...opened);
  const until = options.until ?? 'active';
  if (until === 'opened') return log.events;
  const assessment = anAssessment({
    id: 'a-1',
    on: BARE.assessmentCompleted,
    completedBy: BY,
    factors: (options.factorDomains ?? []).map((domain, i) => ({
      id: `f-${i + 1}`,
      domain,
      description: 'A factor',
      bearsOn: ['desistance'],
      stability: 'stable',
      significance: 'medium',
    })),
    strengths: [],
    ratings: {
      likelihoodOfReoffending: 'low',
      safetyAndWellbeing: 'low',
      riskOfSeriousHarm: 'low',
    },
    interventionLevel: 'standard',
    parentCarerViews: (options.assessmentViewsOf ?? []).map((personId) => ({
      personId,
      views: { inOwnWords: 'Views given at assessment', givenOn: BARE.assessmentCompleted },
    })),
  });
  log.add('assessment.started', BARE.opened, { assessmentId: 'a-1', on: BARE.opened });
  log.add('assessment.submitted', BARE.assessmentCompleted, { assessment });
  log.add(
    'assessment.signedOff',
    BARE.signedOff,
    { assessmentId: 'a-1', on: BARE.signedOff },
    'pr-manager',
  );
  if (until === 'assessed') return log.events;
  // No objectives or actions: the involvement tests add only what they look at.
  const plan = aPlan({
    assessment,
    disposal: options.disposal ?? YRO,
    objectives: [],
    actions: [],
    plannedContactsPerMonth: 2,
  });
  log.add('plan.drafted', BARE.drafted, { version: 1, on: BARE.drafted, plan });
  if (until === 'drafted') return log.events;
  log.add('plan.signedOff', BARE.activated, { version: 1, on: BARE.activated }, 'pr-manager');
  log.add('plan.activated', BARE.activated, { version: 1, on: BARE.activated });
  return log.events;
}

/** A bare case, replayed. */
export function bareCase(options: BareCaseOptions = {}): CaseState {
  return replay(bareCaseEvents(options));
}

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
