import type { CaseEventType } from '../lifecycle/events/index.js';
import type { Stage } from '../lifecycle/stages.js';
import { labelOf, stageOf } from '../lifecycle/stateValue.js';
import type { ReviewDecision } from '../model/review.js';
import {
  keyOf,
  type WalkAdjacency,
  type WalkEvent,
  type WalkPath,
  type WalkSnapshot,
  walkGraph,
} from './_lifecycle/walk.js';

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

/** @xstate/graph paths start with an `xstate.init` step; each later step holds the state after its event. */
const stepOf = (event: WalkEvent): LifecyclePathStep => ({
  type: event.type,
  ...(event.decision !== undefined && { decision: event.decision }),
});
const toSteps = (path: WalkPath): LifecyclePathStep[] =>
  path.steps.slice(1).map(({ event }) => stepOf(event));

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
  const closed = [...adjacency.values()]
    .filter(({ state }) => stageOf(state.context.state.machineState as never) === 'closed')
    .map(({ state }) => keyOf(state));
  const routes = new Map<string, LifecyclePathStep[]>(closed.map((key) => [key, []]));
  const queue = [...closed];
  for (let to = queue.shift(); to !== undefined; to = queue.shift()) {
    for (const { from, step } of incoming.get(to) ?? []) {
      if (routes.has(from)) continue;
      routes.set(from, [step, ...(routes.get(to) ?? [])]);
      queue.push(from);
    }
  }
  return routes;
}

function generate(cover: 'states' | 'transitions'): LifecyclePath[] {
  const found = new Map<string, LifecyclePath>();
  for (const custodial of [false, true]) {
    const { adjacency, shortest } = walkGraph(custodial);
    const closure = closureSteps(adjacency);
    const add = (key: string, after: WalkSnapshot, steps: LifecyclePathStep[]) => {
      if (found.has(key)) return;
      const value = after.context.state.machineState as never;
      const reaches = labelOf(value);
      const toClosure = closure.get(keyOf(after)) ?? null;
      found.set(key, { reaches, stage: stageOf(value), custodial, steps, toClosure });
    };
    const byLength = [...shortest.values()].sort((a, b) => a.weight - b.weight);
    for (const path of byLength) {
      const steps = toSteps(path);
      if (cover === 'states') {
        add(labelOf(path.state.context.state.machineState as never), path.state, steps);
        continue;
      }
      const from = keyOf(path.state);
      for (const { event, state: after } of Object.values(adjacency.get(from)?.transitions ?? {})) {
        if (keyOf(after) === from) continue;
        const label = (s: WalkSnapshot) => labelOf(s.context.state.machineState as never);
        const edge = `${label(path.state)} ${event.type}${event.decision ?? ''}`;
        add(`${edge} ${label(after)}`, after, [...steps, stepOf(event)]);
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
