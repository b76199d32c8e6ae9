import type { CaseEventInput, CaseEventType } from '../../src/lifecycle/events/index.js';
import { safeApplyEvent } from '../../src/lifecycle/reducer.js';
import { replay } from '../../src/lifecycle/replay.js';
import type { CaseState } from '../../src/lifecycle/state.js';
import type { FactorDomain } from '../../src/model/assessment.js';
import type { InvolvementRecord } from '../../src/model/involvement.js';
import type { ParentCarerInput } from '../../src/model/parentCarer.js';
import { eventLog } from '../../src/testing/eventLog.js';

/** How far a small test case goes: opened, assessed (signed off), plan drafted, plan active. */
export type MiniStage = 'opened' | 'assessed' | 'drafted' | 'active';

/** Options for {@link miniCase}. */
export interface MiniCaseOptions {
  readonly dateOfBirth?: string;
  readonly lookedAfter?: boolean;
  readonly disposal?: Record<string, unknown>;
  readonly people?: readonly ParentCarerInput[];
  readonly factorDomains?: readonly FactorDomain[];
  /** People whose views the assessment records. */
  readonly assessmentViewsOf?: readonly string[];
  readonly until?: MiniStage;
}

/** Dates of the small case's steps. */
export const MINI = {
  opened: '2025-03-03',
  assessmentCompleted: '2025-03-10',
  signedOff: '2025-03-11',
  drafted: '2025-03-14',
  activated: '2025-03-17',
} as const;

/** A YRO with supervision, sentenced on the day the case opens. */
export const YRO = {
  type: 'youth-rehabilitation-order',
  id: 'd-yro',
  convictionDate: '2025-03-03',
  sentenceDate: '2025-03-03',
  endDate: '2026-03-02',
  requirements: [{ id: 'req-sup', kind: 'supervision' }],
};

/** A 6-month referral order whose panel agreed the contract on 2025-03-20. */
export const REFERRAL_ORDER = {
  type: 'referral-order',
  id: 'd-ro',
  convictionDate: '2025-03-03',
  sentenceDate: '2025-03-03',
  startDate: '2025-03-20',
  lengthMonths: 6,
  parentOrderedToAttend: true,
};

/** A mother with parental responsibility and no restrictions. */
export const MUM: ParentCarerInput = {
  id: 'pc-mum',
  role: 'parent',
  relationship: 'mother',
  parentalResponsibility: true,
};

/** The events of a small case for a 15-year-old (by default) on a YRO, up to `until`. */
export function miniCaseEvents(options: MiniCaseOptions = {}): CaseEventInput[] {
  const log = eventLog({ by: 'pr-test', idPrefix: 'm' });
  log.add('case.opened', MINI.opened, {
    caseId: 'case-mini',
    openedOn: MINI.opened,
    caseManager: 'pr-test',
    child: {
      id: 'child-mini',
      dateOfBirth: options.dateOfBirth ?? '2009-06-01',
      lookedAfter: options.lookedAfter ?? false,
    },
    disposal: (options.disposal ?? YRO) as never,
    people: [...(options.people ?? [MUM])],
  });
  const until = options.until ?? 'active';
  if (until === 'opened') return log.events;
  log.add('assessment.started', MINI.opened, { assessmentId: 'a-1', on: MINI.opened });
  log.add('assessment.submitted', MINI.assessmentCompleted, {
    assessment: {
      id: 'a-1',
      kind: 'initial',
      completedOn: MINI.assessmentCompleted,
      completedBy: 'pr-test',
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
        views: { inOwnWords: 'Views given at assessment', givenOn: MINI.assessmentCompleted },
      })),
    },
  });
  log.add(
    'assessment.signedOff',
    MINI.signedOff,
    { assessmentId: 'a-1', on: MINI.signedOff },
    'pr-manager',
  );
  if (until === 'assessed') return log.events;
  log.add('plan.drafted', MINI.drafted, {
    version: 1,
    on: MINI.drafted,
    plan: { objectives: [], actions: [], plannedContactsPerMonth: 2 },
  });
  if (until === 'drafted') return log.events;
  log.add('plan.signedOff', MINI.activated, { version: 1, on: MINI.activated }, 'pr-manager');
  log.add('plan.activated', MINI.activated, { version: 1, on: MINI.activated });
  return log.events;
}

/** A small case, replayed. */
export function miniCase(options: MiniCaseOptions = {}): CaseState {
  return replay(miniCaseEvents(options));
}

let counter = 0;

/** An event with a fresh id, recorded at noon on `date`. */
export function event<T extends CaseEventType>(
  type: T,
  date: string,
  payload: Extract<CaseEventInput, { type: T }>['payload'],
  by = 'pr-test',
): CaseEventInput {
  counter += 1;
  return { id: `t-${counter}`, type, at: `${date}T12:00:00Z`, by, payload } as CaseEventInput;
}

/** Records involvement and returns the new state; throws on refusal. */
export function withRecords(state: CaseState, ...records: readonly InvolvementRecord[]): CaseState {
  let s = state;
  for (const record of records) {
    const r = safeApplyEvent(s, event('involvement.recorded', record.on, { record }));
    if (!r.ok) throw r.error;
    s = r.value;
  }
  return s;
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
