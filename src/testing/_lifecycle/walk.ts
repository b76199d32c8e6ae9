import {
  type AdjacencyValue,
  getAdjacencyMap,
  getShortestPaths,
  type StatePath,
} from '@xstate/graph';
import {
  type EventObject,
  fromTransition,
  type StateValue,
  type TransitionSnapshot,
  transition,
} from 'xstate';
import type { ComplianceStatus } from '../../lifecycle/derive.js';
import { type CaseEventType, EVENT_TYPES } from '../../lifecycle/events/index.js';
import { caseMachine, type GuardFacts, type MachineContext } from '../../lifecycle/machine.js';
import type { ReviewDecision } from '../../model/review.js';

/**
 * @internal What a walk through the statechart tracks besides the state value: exactly what the
 * guards and the machine context read from a case record.
 */
export interface WalkState {
  readonly value: StateValue;
  readonly custodial: boolean;
  readonly custodyEnded: boolean;
  readonly compliance: ComplianceStatus;
  readonly hasPlan: boolean;
  readonly assessmentSignedOff: boolean;
  /** Reviews triggered and not yet completed (at most two are told apart). */
  readonly openReviews: number;
}

/** @internal An event of the walk: its type, and a review's decision. */
export interface WalkEvent extends EventObject {
  readonly type: CaseEventType;
  readonly decision?: ReviewDecision;
}

/** @internal A snapshot of the walk. */
export type WalkSnapshot = TransitionSnapshot<WalkState>;
/** @internal A path of the walk, as @xstate/graph gives it. */
export type WalkPath = StatePath<WalkSnapshot, WalkEvent>;
/** @internal A state of the walk with its outgoing transitions. */
export type WalkAdjacency = Map<string, AdjacencyValue<WalkSnapshot, WalkEvent>>;

const DECISIONS: readonly ReviewDecision[] = ['continue', 'revise-plan', 'reassess', 'close'];

/** Every event the walk tries: each type once, and a review's completion once per decision. */
const CANDIDATES: readonly WalkEvent[] = EVENT_TYPES.filter((t) => t !== 'case.opened').flatMap(
  (type): WalkEvent[] =>
    type === 'review.completed' ? DECISIONS.map((decision) => ({ type, decision })) : [{ type }],
);

/** @internal The guard facts an event carries in a walk state (as `guardFacts` reads a record). */
export function factsFor(s: WalkState, e: WalkEvent): GuardFacts {
  switch (e.type) {
    case 'plan.drafted':
    case 'plan.revised':
      return { hasPlan: s.hasPlan };
    case 'plan.agreementRecorded':
      return { planVersionExists: s.hasPlan };
    case 'plan.activated':
      return { assessmentSignedOff: s.assessmentSignedOff };
    case 'review.completed':
      return e.decision ? { decision: e.decision } : {};
    default:
      return {};
  }
}

/** What each compliance event leaves the child at, as the record's compliance log reads. */
const COMPLIANCE_AFTER: Readonly<Partial<Record<CaseEventType, ComplianceStatus>>> = {
  'compliance.warningIssued': 'warned',
  'compliance.breachActionTaken': 'enforcement',
  'compliance.breachOutcomeRecorded': 'reengaging',
  'compliance.reengaged': 'compliant',
};

/**
 * The case machine's own answer, and what the walk must remember afterwards. Compliance and
 * custody are remembered from the event, as the record does: outside delivery (during a review,
 * say) they move no state value.
 */
function step(s: WalkState, e: WalkEvent): WalkState {
  const context: MachineContext = {
    custodial: s.custodial,
    custodyEnded: s.custodyEnded,
    compliance: s.compliance,
  };
  const snapshot = caseMachine.resolveState({ value: s.value, context });
  const event = { type: e.type, facts: factsFor(s, e) };
  if (snapshot.status !== 'active' || !snapshot.can(event)) return s;
  // A review can only be completed while one is open (the event's reference check).
  if (e.type === 'review.completed' && s.openReviews === 0) return s;
  const value = transition(caseMachine, snapshot, event)[0].value;
  return {
    value,
    custodial: s.custodial,
    custodyEnded: s.custodyEnded || e.type === 'custody.phaseEnded',
    compliance: COMPLIANCE_AFTER[e.type] ?? s.compliance,
    hasPlan: s.hasPlan || e.type === 'plan.drafted' || e.type === 'plan.revised',
    assessmentSignedOff: s.assessmentSignedOff || e.type === 'assessment.signedOff',
    openReviews:
      e.type === 'review.triggered'
        ? Math.min(2, s.openReviews + 1)
        : e.type === 'review.completed'
          ? s.openReviews - 1
          : s.openReviews,
  };
}

const logicFor = (custodial: boolean) =>
  fromTransition(step, {
    value: 'opened',
    custodial,
    custodyEnded: false,
    compliance: 'compliant',
    hasPlan: false,
    assessmentSignedOff: false,
    openReviews: 0,
  } satisfies WalkState);

/** @internal The key of a walk state. */
export const keyOf = (s: WalkSnapshot): string => JSON.stringify(s.context);

const options = { events: CANDIDATES, serializeState: keyOf };

/**
 * @internal The statechart as a graph for one kind of order, by @xstate/graph: every state a
 * case can reach from opening with its transitions, and a shortest path to each.
 */
export function walkGraph(custodial: boolean): {
  adjacency: WalkAdjacency;
  shortest: Map<string, WalkPath>;
} {
  const logic = logicFor(custodial);
  const adjacency: WalkAdjacency = new Map(Object.entries(getAdjacencyMap(logic, options)));
  const paths = getShortestPaths(logic, options) as WalkPath[];
  return { adjacency, shortest: new Map(paths.map((p) => [keyOf(p.state), p])) };
}
