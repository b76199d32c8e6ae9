import type { StateValue } from 'xstate';
import { activePlan } from './derive.js';
import { EVENT_TYPES } from './events/index.js';
import type { GuardFacts } from './machine.js';
import type { CaseRecord } from './record.js';
import { guardFacts, machineContext, nextStateValue } from './transitions.js';

/**
 * The guard facts that some payload of the type can give, given the record, for the types whose
 * facts depend on the payload. Agreement can only name a plan version that exists, so with no plan
 * yet no payload lets `plan.agreementRecorded` through; a review can decide any of its outcomes.
 */
const PAYLOAD_VARIANTS: Readonly<Record<string, (record: CaseRecord) => readonly GuardFacts[]>> = {
  'plan.agreementRecorded': (record) =>
    record.plans.length > 0 ? [{ planVersionExists: true }] : [],
  'review.completed': () => [
    { decision: 'continue' },
    { decision: 'revise-plan' },
    { decision: 'reassess' },
    { decision: 'close' },
  ],
};

const FINISHED_REFERRAL = new Set(['completed', 'declined', 'not-available']);

/**
 * What the record must hold for some payload of the type to pass the event's reference checks:
 * an event that can only refer to something already recorded (update a person, invalidate an
 * involvement record, move a referral on) is not offered while there is nothing it could name.
 * `test/lifecycle/offered.test.ts` applies a payload for every offered type, so a new reference
 * check that this table misses fails there.
 */
const NEEDS: Readonly<Record<string, (record: CaseRecord) => boolean>> = {
  'parentCarer.updated': (record) => record.people.length > 0,
  'involvement.recorded': (record) => record.people.length > 0,
  'involvement.invalidated': (record) => record.involvement.some((e) => !e.invalidated),
  'objective.statusChanged': (record) => (activePlan(record)?.plan.objectives.length ?? 0) > 0,
  'action.statusChanged': (record) => (activePlan(record)?.plan.actions.length ?? 0) > 0,
  'referral.updated': (record) =>
    record.referrals.some((r) => !FINISHED_REFERRAL.has(r.history.at(-1)?.status ?? 'made')),
  'finding.overrideWithdrawn': (record) => record.overrides.some((o) => !o.withdrawn),
  // One assessment at a time: another cannot start while one is in progress or returned.
  'assessment.started': (record) =>
    !record.assessments.some((a) => a.status === 'in-progress' || a.status === 'returned'),
};

const ANY_PAYLOAD: readonly GuardFacts[] = [{}];

/**
 * @internal Event types the machine accepts now for some payload (with the facts such a payload
 * can give): every other type is refused as `event_not_allowed`, whatever its payload.
 */
export function stageAcceptedTypes(value: StateValue, record: CaseRecord): string[] {
  const context = machineContext(record);
  return EVENT_TYPES.filter((type) => {
    const variants = PAYLOAD_VARIANTS[type]?.(record) ?? ANY_PAYLOAD;
    const base = guardFacts(record, type, undefined);
    return variants.some(
      (variant) => nextStateValue(value, context, type, { ...base, ...variant }) !== null,
    );
  });
}

/**
 * @internal Event types the case can take now: the machine accepts them in this state, and some
 * payload can refer to what the record holds (so each one is accepted for at least one payload).
 */
export function acceptedTypes(value: StateValue, record: CaseRecord): string[] {
  return stageAcceptedTypes(value, record).filter((type) => NEEDS[type]?.(record) !== false);
}
