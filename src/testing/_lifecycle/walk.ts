import { type AdjacencyValue, getAdjacencyMap, type StatePath } from '@xstate/graph';
import { type EventObject, fromTransition, type TransitionSnapshot } from 'xstate';
import { contextKey, machineContext } from '../../lifecycle/context.js';
import type { SampleChoice } from '../../lifecycle/defineEvent.js';
import { type CaseEventType, DEFINITIONS } from '../../lifecycle/events/index.js';
import { allowedEvents, openCase, safeApplyEvent } from '../../lifecycle/reducer.js';
import type { CaseState } from '../../lifecycle/state.js';
import { labelOf } from '../../lifecycle/stateValue.js';
import type { ReviewDecision } from '../../model/review.js';
import { sampleContent, sampleEvent } from './sampler.js';

/**
 * @internal A state of the walk: a real case, made by the library from each event's own sample.
 */
export interface WalkState {
  readonly state: CaseState;
}

/** @internal An event of the walk: its type, and the choice its sample takes (a review's decision). */
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

const START = '2025-01-06';

/**
 * Every event the walk tries: each type once, and once per value of a fact its payload chooses
 * (a review's decision), as the event's own definition declares.
 */
const CANDIDATES: readonly WalkEvent[] = DEFINITIONS.filter(
  (d) => d.type !== 'case.opened',
).flatMap((d): WalkEvent[] => {
  const choose = d.fact?.choose;
  if (!choose) return [{ type: d.type as CaseEventType }];
  return (d.fact?.values ?? []).map((value: unknown) => ({
    type: d.type as CaseEventType,
    ...(choose(value) as SampleChoice),
  }));
});

/** The definitions whose facts and waiting items tell states of the statechart apart. */
const TELLING = DEFINITIONS.filter((d) => d.fact !== undefined || d.pending !== undefined);

/**
 * @internal The key of a walk state: what the statechart and its guards can tell apart, read
 * from the case through the event definitions: the state value, the machine context, the facts
 * some payload of each guarded event can give, and how much each event that answers something
 * has waiting (capped at two: one more, or none).
 */
export const keyOf = (s: WalkSnapshot): string => {
  const { state } = s.context;
  const { record } = state;
  const facts = TELLING.map((d) =>
    [
      (d.fact?.offered?.(record) ?? [d.fact?.of(record, undefined)]).join('/'),
      d.pending ? Math.min(2, d.pending(record)) : '',
    ].join(':'),
  );
  return [
    labelOf(state.machineState as never),
    contextKey(machineContext(record), ''),
    ...facts,
  ].join('|');
};

const logicFor = (custodial: boolean) => {
  const content = sampleContent(custodial ? 'dto' : 'referral-order');
  const step = (s: WalkState, e: WalkEvent): WalkState => {
    if (!allowedEvents(s.state).includes(e.type)) return s;
    const event = sampleEvent({
      type: e.type,
      record: s.state.record,
      index: s.state.events.length,
      start: START,
      content,
      ...(e.decision && { choice: { decision: e.decision } }),
    });
    const next = safeApplyEvent(s.state, event);
    if (next.ok) return { state: next.value };
    // The stage takes the event, but not with this choice (a review in closing decides close).
    if (next.error.code === 'event_not_allowed') return s;
    throw next.error;
  };
  const opened = openCase(
    sampleEvent({ type: 'case.opened', record: undefined, index: 0, start: START, content }),
  );
  return fromTransition(step, { state: opened } satisfies WalkState);
};

const options = { events: CANDIDATES, serializeState: keyOf };

/**
 * @internal The statechart as a graph for one kind of order, by @xstate/graph, walked through
 * the library itself: every state a case can reach from opening with its transitions, and a
 * shortest path to each.
 */
export function walkGraph(custodial: boolean): {
  adjacency: WalkAdjacency;
  shortest: Map<string, WalkPath>;
} {
  const logic = logicFor(custodial);
  const adjacency: WalkAdjacency = new Map(Object.entries(getAdjacencyMap(logic, options)));
  return { adjacency, shortest: shortestPaths(adjacency) };
}

/**
 * A shortest path to every state, by a breadth-first walk of the graph already built (the first
 * state in it is the initial one; transitions in the order they were tried), in @xstate/graph's
 * path form: the first step is the initial state under `xstate.init`.
 */
function shortestPaths(adjacency: WalkAdjacency): Map<string, WalkPath> {
  const [first] = adjacency.values();
  const shortest = new Map<string, WalkPath>();
  if (!first) return shortest;
  const init = { type: 'xstate.init' } as unknown as WalkEvent;
  shortest.set(keyOf(first.state), {
    state: first.state,
    steps: [{ state: first.state, event: init }],
    weight: 0,
  });
  const queue = [keyOf(first.state)];
  for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
    const path = shortest.get(key) as WalkPath;
    for (const { event, state } of Object.values(adjacency.get(key)?.transitions ?? {})) {
      const to = keyOf(state);
      if (shortest.has(to)) continue;
      shortest.set(to, {
        state,
        steps: [...path.steps, { state, event }],
        weight: path.weight + 1,
      });
      queue.push(to);
    }
  }
  return shortest;
}
