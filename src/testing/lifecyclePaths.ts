import { type AdjacencyValue, getAdjacencyMap } from '@xstate/graph';
import { type EventObject, fromTransition, type TransitionSnapshot } from 'xstate';
import { contextKey, machineContext } from '../lifecycle/context.js';
import type { SampleChoice } from '../lifecycle/defineEvent.js';
import { type CaseEventType, DEFINITIONS } from '../lifecycle/events/index.js';
import { allowedEvents, openCase, safeApplyEvent } from '../lifecycle/reducer.js';
import type { Stage } from '../lifecycle/stages.js';
import type { CaseState } from '../lifecycle/state.js';
import { labelOf, stageOf } from '../lifecycle/stateValue.js';
import type { ReviewDecision } from '../model/review.js';
import { sampleContent, sampleEvent } from './_lifecycle/sampler.js';

/** An event of the walk: its type, and the choice its sample takes (a review's decision). */
interface WalkEvent extends EventObject {
  readonly type: CaseEventType;
  readonly decision?: ReviewDecision;
}

/** A snapshot of the walk: a real case, made by the library from each event's own sample. */
type WalkSnapshot = TransitionSnapshot<CaseState>;
/** A state of the walk with its outgoing transitions. */
type WalkAdjacency = Map<string, AdjacencyValue<WalkSnapshot, WalkEvent>>;

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

/** The state a snapshot rests in, as `stageLabel` writes it. */
const labelAt = (s: WalkSnapshot): string => labelOf(s.context.machineState as never);

/** The definitions whose facts and waiting items tell states of the statechart apart. */
const TELLING = DEFINITIONS.filter((d) => d.fact !== undefined || d.pending !== undefined);

/**
 * The key of a walk state: what the statechart and its guards can tell apart, read
 * from the case through the event definitions: the state value, the machine context, the facts
 * some payload of each guarded event can give, and how much each event that answers something
 * has waiting (capped at two: one more, or none).
 */
const keyOf = (s: WalkSnapshot): string => {
  const { record } = s.context;
  const facts = TELLING.map((d) =>
    [
      (d.fact?.offered?.(record) ?? [d.fact?.of(record, undefined)]).join('/'),
      d.pending ? Math.min(2, d.pending(record)) : '',
    ].join(':'),
  );
  return [labelAt(s), contextKey(machineContext(record), ''), ...facts].join('|');
};

const logicFor = (custodial: boolean) => {
  const content = sampleContent(custodial ? 'dto' : 'referral-order');
  const step = (s: CaseState, e: WalkEvent): CaseState => {
    if (!allowedEvents(s).includes(e.type)) return s;
    const event = sampleEvent({
      type: e.type,
      record: s.record,
      index: s.events.length,
      start: START,
      content,
      ...(e.decision && { choice: { decision: e.decision } }),
    });
    const next = safeApplyEvent(s, event);
    if (next.ok) return next.value;
    // The stage takes the event, but not with this choice (a review in closing decides close).
    if (next.error.code === 'event_not_allowed') return s;
    throw next.error;
  };
  const opened = openCase(
    sampleEvent({ type: 'case.opened', record: undefined, index: 0, start: START, content }),
  );
  return fromTransition(step, opened);
};

const options = { events: CANDIDATES, serializeState: keyOf };

/**
 * One step of a lifecycle path: an event type and, for `review.completed`, the review's
 * decision (the one choice of a payload the statechart routes by; every other guard reads the
 * case as the path has made it).
 *
 * @example
 * const step: LifecyclePathStep = { type: 'review.completed', decision: 'close' };
 */
export interface LifecyclePathStep {
  readonly type: CaseEventType;
  readonly decision?: ReviewDecision;
}

/**
 * A shortest walk from a newly opened case to one state (or through one transition).
 *
 * @example
 * const toReview: LifecyclePath | undefined = lifecyclePaths().find((p) => p.reaches === 'review');
 */
export interface LifecyclePath {
  /** The state reached, as `stageLabel` writes it (`planning.awaitingAgreement`, `delivery.custody+warned`). */
  readonly reaches: string;
  readonly stage: Stage;
  /** Whether the walk is for a custodial order (a DTO: delivery starts in custody). */
  readonly custodial: boolean;
  /** The events after `case.opened`, in order. */
  readonly steps: readonly LifecyclePathStep[];
  /** A shortest way on from `reaches` to `closed`: empty when closed, `null` when transferred. */
  readonly toClosure: readonly LifecyclePathStep[] | null;
}

/**
 * Options for {@link lifecyclePaths}.
 *
 * @example
 * lifecyclePaths({ cover: 'transitions' }); // one path through each transition
 */
export interface LifecyclePathOptions {
  /**
   * `states` (default): one path to each state of the lifecycle. `transitions`: one path through
   * each transition of the statechart (from each state, by each event and review decision).
   */
  readonly cover?: 'states' | 'transitions';
}

/** The step of a lifecycle path an event of the walk is. */
const stepOf = (event: WalkEvent): LifecyclePathStep => ({
  type: event.type,
  ...(event.decision !== undefined && { decision: event.decision }),
});

/** A state of the walk, and a shortest way to it from opening. */
interface Reached {
  readonly state: WalkSnapshot;
  readonly steps: readonly LifecyclePathStep[];
}

/**
 * The statechart as a graph for one kind of order, by @xstate/graph, walked through the library
 * itself: every state a case can reach from opening with its transitions, and a shortest way to
 * each, nearest first (a breadth-first walk of the graph built: a Map visits the entries added
 * while it is walked, so it serves as the queue).
 */
function walkGraph(custodial: boolean): { adjacency: WalkAdjacency; shortest: Reached[] } {
  const adjacency: WalkAdjacency = new Map(
    Object.entries(getAdjacencyMap(logicFor(custodial), options)),
  );
  const [first] = adjacency.values();
  const shortest = new Map<string, Reached>();
  if (first) shortest.set(keyOf(first.state), { state: first.state, steps: [] });
  for (const [key, { steps }] of shortest) {
    for (const { event, state } of Object.values(adjacency.get(key)?.transitions ?? {})) {
      const to = keyOf(state);
      if (!shortest.has(to)) shortest.set(to, { state, steps: [...steps, stepOf(event)] });
    }
  }
  return { adjacency, shortest: [...shortest.values()] };
}

/** A shortest way to `closed` from every state that has one: the graph walked back from closure. */
function closureSteps(adjacency: WalkAdjacency): Map<string, LifecyclePathStep[]> {
  const incoming = new Map<string, { from: string; step: LifecyclePathStep }[]>();
  for (const [from, { transitions }] of adjacency) {
    for (const { event, state: after } of Object.values(transitions)) {
      const to = keyOf(after);
      const step = stepOf(event);
      if (to !== from) incoming.set(to, [...(incoming.get(to) ?? []), { from, step }]);
    }
  }
  const routes = new Map<string, LifecyclePathStep[]>();
  for (const { state } of adjacency.values()) {
    if (stageOf(state.context.machineState as never) === 'closed') routes.set(keyOf(state), []);
  }
  // Breadth first, as in walkGraph: the Map is its own queue.
  for (const [to, route] of routes) {
    for (const { from, step } of incoming.get(to) ?? []) {
      if (!routes.has(from)) routes.set(from, [step, ...route]);
    }
  }
  return routes;
}

function generate(cover: 'states' | 'transitions'): LifecyclePath[] {
  const found = new Map<string, LifecyclePath>();
  for (const custodial of [false, true]) {
    const { adjacency, shortest } = walkGraph(custodial);
    const closure = closureSteps(adjacency);
    const add = (key: string, after: WalkSnapshot, steps: readonly LifecyclePathStep[]) => {
      if (found.has(key)) return;
      const toClosure = closure.get(keyOf(after)) ?? null;
      const stage = stageOf(after.context.machineState as never);
      found.set(key, { reaches: labelAt(after), stage, custodial, steps, toClosure });
    };
    for (const { state, steps } of shortest) {
      if (cover === 'states') {
        add(labelAt(state), state, steps);
        continue;
      }
      const from = keyOf(state);
      for (const { event, state: after } of Object.values(adjacency.get(from)?.transitions ?? {})) {
        if (keyOf(after) === from) continue;
        const edge = `${labelAt(state)} ${event.type}${event.decision ?? ''}`;
        add(`${edge} ${labelAt(after)}`, after, [...steps, stepOf(event)]);
      }
    }
  }
  return [...found.values()];
}

const cache = new Map<string, readonly LifecyclePath[]>();

/**
 * Model-based paths through the case lifecycle, generated from the statechart with
 * `@xstate/graph`: for every state a case can be in (each stage, with the nested states of
 * assessment, planning, the delivery phase and compliance) a shortest walk from opening, or with
 * `cover: 'transitions'` a walk through every transition; each with a shortest way on to
 * closure. Community orders first, then what only a custodial order reaches.
 *
 * A host suite walks each path against its own adapter: `eventsForPath(path)` gives the event
 * log (one event per step, with a payload that makes its `facts` true); apply it and check the
 * stage reads `reaches`; then `eventsForPath(path, { toClosure: true })` and check that the case
 * closes.
 *
 * @example
 * for (const path of lifecyclePaths()) {
 *   const state = myAdapter.load(eventsForPath(path)); // your system, event by event
 *   expect(stageLabel(state)).toBe(path.reaches);
 * }
 */
export function lifecyclePaths(options: LifecyclePathOptions = {}): LifecyclePath[] {
  const cover = options.cover ?? 'states';
  let paths = cache.get(cover);
  if (!paths) {
    paths = generate(cover);
    cache.set(cover, paths);
  }
  return [...paths];
}
