import type { StateValue } from 'xstate';
import { EVENT_TYPES, eventDefinition } from './events/index.js';
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
 * payload can refer to what the record holds (each event's `offeredWhen`, declared beside its
 * reference checks), so each one is accepted for at least one payload.
 * `test/lifecycle/offered.test.ts` applies a payload for every offered type, so a reference
 * check whose event lacks the matching `offeredWhen` fails there.
 */
export function acceptedTypes(value: StateValue, record: CaseRecord): string[] {
  return stageAcceptedTypes(value, record).filter(
    (type) => eventDefinition(type)?.offeredWhen?.(record) !== false,
  );
}
