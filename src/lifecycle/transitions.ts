import { type StateValue, transition } from 'xstate';
import { isCustodial } from '../model/disposal/index.js';
import type { ReviewDecision } from '../model/review.js';
import { complianceStatus, signedOffAssessment } from './derive.js';
import { EVENT_TYPES } from './events/index.js';
import { caseMachine, type GuardFacts, type MachineContext } from './machine.js';
import type { CaseRecord } from './record.js';

/** @internal The machine context for a case record. */
export function machineContext(record: CaseRecord): MachineContext {
  return {
    custodial: isCustodial(record.disposal),
    custodyEnded: record.custodyPhaseEndedOn !== undefined,
    compliance: complianceStatus(record),
  };
}

/** @internal The facts the guards need for one event (only those it reads). */
export function guardFacts(
  record: CaseRecord,
  type: string,
  payload: Record<string, unknown> | undefined,
): GuardFacts {
  switch (type) {
    case 'plan.drafted':
    case 'plan.revised':
      return { hasPlan: record.plans.length > 0 };
    case 'plan.agreementRecorded':
      return { planVersionExists: record.plans.some((p) => p.version === payload?.planVersion) };
    case 'plan.activated':
      return { assessmentSignedOff: signedOffAssessment(record) !== undefined };
    case 'review.completed': {
      const outcome = payload?.outcome as { decision?: ReviewDecision } | undefined;
      return outcome?.decision ? { decision: outcome.decision } : {};
    }
    default:
      return {};
  }
}

const keyOf = new WeakMap<object, string>();
const valueKey = (value: StateValue): string => {
  if (typeof value === 'string') return value;
  let key = keyOf.get(value);
  if (key === undefined) {
    key = JSON.stringify(value);
    keyOf.set(value, key);
  }
  return key;
};

const MAX_MEMO = 10_000;
const memo = new Map<string, StateValue | null>();

/**
 * @internal The machine's answer for one event: the next state value, or `null` when the
 * machine does not accept it. Answers depend only on (state value, context, type, facts),
 * which take few values, so they are memoised: bulk replay pays xstate's cost once per shape.
 */
export function nextStateValue(
  value: StateValue,
  context: MachineContext,
  type: string,
  facts: GuardFacts,
): StateValue | null {
  const key = `${valueKey(value)}|${context.custodial ? 1 : 0}${context.custodyEnded ? 1 : 0}${context.compliance}|${type}|${factsKey(facts)}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const snapshot = caseMachine.resolveState({ value, context });
  const event = { type, facts };
  let next: StateValue | null = null;
  if (snapshot.status === 'active' && snapshot.can(event)) {
    next = transition(caseMachine, snapshot, event)[0].value;
  }
  if (memo.size >= MAX_MEMO) memo.clear();
  memo.set(key, next);
  return next;
}

function factsKey(facts: GuardFacts): string {
  return `${flag(facts.hasPlan)}${flag(facts.planVersionExists)}${flag(facts.assessmentSignedOff)}${facts.decision ?? ''}`;
}
const flag = (b: boolean | undefined) => (b === undefined ? '-' : b ? '1' : '0');

/** @internal The machine's initial state value for a newly opened case. */
export function initialStateValue(context: MachineContext): StateValue {
  return caseMachine.resolveState({ value: 'opened', context }).value;
}

const PAYLOAD_VARIANTS: Record<string, readonly GuardFacts[]> = {
  'plan.agreementRecorded': [{ planVersionExists: true }],
  'review.completed': [
    { decision: 'continue' },
    { decision: 'revise-plan' },
    { decision: 'reassess' },
    { decision: 'close' },
  ],
};

/** @internal Event types the machine would accept now, given a payload that refers to what exists. */
export function acceptedTypes(value: StateValue, record: CaseRecord): string[] {
  const context = machineContext(record);
  return EVENT_TYPES.filter((type) => {
    const variants = PAYLOAD_VARIANTS[type] ?? [{}];
    const base = guardFacts(record, type, undefined);
    return variants.some(
      (variant) => nextStateValue(value, context, type, { ...base, ...variant }) !== null,
    );
  });
}
