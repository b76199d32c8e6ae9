import { type StateValue, transition } from 'xstate';
import { isCustodial } from '../model/disposal/index.js';
import type { ReviewDecision } from '../model/review.js';
import { type ComplianceStatus, complianceStatus, signedOffAssessment } from './derive.js';
import { caseMachine, type GuardFacts, type MachineContext } from './machine.js';
import type { CaseRecord } from './record.js';
import { invalidMachineState, ownStateValue } from './stateValues.js';

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
      return NO_FACTS;
  }
}

const NO_FACTS: GuardFacts = Object.freeze({});

const COMPLIANCE: readonly ComplianceStatus[] = [
  'compliant',
  'warned',
  'enforcement',
  'reengaging',
];
const DECISIONS: readonly (ReviewDecision | undefined)[] = [
  undefined,
  'continue',
  'revise-plan',
  'reassess',
  'close',
];
const tri = (b: boolean | undefined) => (b === undefined ? 0 : b ? 1 : 2);

/** A small integer for (context, facts): every combination the guards can tell apart. */
function shapeCode(context: MachineContext, facts: GuardFacts): number {
  const ctx =
    (context.custodial ? 1 : 0) +
    (context.custodyEnded ? 2 : 0) +
    4 * COMPLIANCE.indexOf(context.compliance);
  const f =
    tri(facts.hasPlan) +
    3 * tri(facts.planVersionExists) +
    9 * tri(facts.assessmentSignedOff) +
    27 * DECISIONS.indexOf(facts.decision);
  return ctx * 256 + f;
}

/**
 * state value -> event type -> shape code -> next state value (`null`: not accepted). Keyed by
 * the library's own copy of each state value ({@link ownStateValue}), so by identity.
 */
const memo = new Map<StateValue, Map<string, Map<number, StateValue | null>>>();

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
  const from = ownStateValue(value);
  if (from === undefined) throw invalidMachineState();
  let byType = memo.get(from);
  if (byType === undefined) {
    byType = new Map();
    memo.set(from, byType);
  }
  let byShape = byType.get(type);
  if (byShape === undefined) {
    byShape = new Map();
    byType.set(type, byShape);
  }
  const code = shapeCode(context, facts);
  const known = byShape.get(code);
  if (known !== undefined) return known;
  const next = askMachine(from, context, type, facts);
  byShape.set(code, next);
  return next;
}

/** Runs xstate itself: the one place the lifecycle's answer comes from. */
function askMachine(
  value: StateValue,
  context: MachineContext,
  type: string,
  facts: GuardFacts,
): StateValue | null {
  const snapshot = caseMachine.resolveState({ value, context });
  const event = { type, facts };
  if (snapshot.status !== 'active' || !snapshot.can(event)) return null;
  const next = ownStateValue(transition(caseMachine, snapshot, event)[0].value);
  if (next === undefined)
    throw new Error(`The machine moved to a state it cannot rest in (${type})`);
  return next;
}

/** @internal The machine's initial state value for a newly opened case. */
export function initialStateValue(context: MachineContext): StateValue {
  return caseMachine.resolveState({ value: 'opened', context }).value;
}
