import { type StateValue, transition } from 'xstate';
import { deepFreeze } from '../_lib/freeze.js';
import { contextKey, type MachineContext, machineContext } from './context.js';
import type { Fact } from './defineEvent.js';
import { eventDefinition } from './events/index.js';
import { caseMachine } from './machine.js';
import type { CaseRecord } from './record.js';
import { labelOf } from './stateValue.js';

/**
 * @internal The fact an event's guards read (`undefined` for an event whose transitions have no
 * guard on it): each event declares how its fact is read from the case and its payload.
 */
export function factOf(record: CaseRecord, type: string, payload: unknown): Fact {
  return eventDefinition(type)?.fact?.of(record, payload as never);
}

/**
 * The library's own copy of each state value the machine rests in, frozen: values are shared by
 * every case in that state and key the memo by identity, so no caller may change one.
 */
const values = new Map<string, StateValue>();
/** @internal The library's own (frozen, shared) copy of a state value the machine gave. */
export function own(value: StateValue): StateValue {
  const label = labelOf(value);
  const known = values.get(label);
  if (known !== undefined) return known;
  const copy = deepFreeze(structuredClone(value));
  values.set(label, copy);
  return copy;
}

/**
 * state value -> event type -> (context, fact) key -> next state value (`null`: not accepted).
 * The machine's answer depends on nothing else: its guards read the context and the fact only.
 */
const memo = new Map<StateValue, Map<string, Map<string, StateValue | null>>>();

/**
 * @internal The machine's answer for one event: the next state value, or `null` when the
 * machine does not accept it. Answers depend only on (state value, context, type, fact), which
 * take few values, so they are memoised: bulk replay pays xstate's cost once per shape.
 * `value` is one of the library's own values (from this function or `initialStateValue`).
 */
export function nextStateValue(
  value: StateValue,
  context: MachineContext,
  type: string,
  fact: Fact,
): StateValue | null {
  let byType = memo.get(value);
  if (byType === undefined) {
    byType = new Map();
    memo.set(value, byType);
  }
  let byKey = byType.get(type);
  if (byKey === undefined) {
    byKey = new Map();
    byType.set(type, byKey);
  }
  const key = contextKey(context, fact);
  const known = byKey.get(key);
  if (known !== undefined) return known;
  const next = askMachine(value, context, type, fact);
  byKey.set(key, next);
  return next;
}

/** Runs xstate itself: the one place the lifecycle's answer comes from. */
function askMachine(
  value: StateValue,
  context: MachineContext,
  type: string,
  fact: Fact,
): StateValue | null {
  const snapshot = caseMachine.resolveState({ value, context });
  const event = { type, fact };
  if (snapshot.status !== 'active' || !snapshot.can(event)) return null;
  return own(transition(caseMachine, snapshot, event)[0].value);
}

/** @internal The machine's initial state value for a newly opened case. */
export function initialStateValue(record: CaseRecord): StateValue {
  return own(caseMachine.resolveState({ value: 'opened', context: machineContext(record) }).value);
}

/** Every state value the machine can rest in, by a key of its JSON with sorted object keys. */
let resting: Map<string, StateValue> | undefined;

/** A state value's key: JSON with sorted keys (`undefined` for anything that is not one). */
function sortedKey(value: unknown, depth = 0): string | undefined {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value !== 'object' || value === null || Array.isArray(value) || depth > 6) {
    return undefined;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const parts: string[] = [];
  for (const k of Object.keys(value).sort()) {
    const sub = sortedKey((value as Record<string, unknown>)[k], depth + 1);
    if (sub === undefined) return undefined;
    parts.push(`${JSON.stringify(k)}:${sub}`);
  }
  return `{${parts.join(',')}}`;
}

interface Node {
  readonly type: string;
  readonly states: Record<string, Node>;
  readonly always?: readonly unknown[];
}

/** The values a node can rest in, written as the machine writes them. */
function restingIn(node: Node): (StateValue | undefined)[] {
  const children = Object.entries(node.states).filter(([, c]) => !(c.always?.length ?? 0));
  if (children.length === 0) return [undefined];
  if (node.type === 'parallel') {
    return children.reduce<Record<string, StateValue>[]>(
      (combos, [name, child]) =>
        combos.flatMap((combo) =>
          restingIn(child).map((sub) => ({ ...combo, [name]: sub as StateValue })),
        ),
      [{}],
    );
  }
  return children.flatMap(([name, child]) =>
    restingIn(child).map((sub) => (sub === undefined ? name : { [name]: sub })),
  );
}

/**
 * @internal The library's own copy of a state value the machine can rest in, given in any key
 * order; `undefined` for anything else (not a state of the machine, a partial value such as
 * `'planning'`, a state the case only passes through).
 */
export function restingValue(value: unknown): StateValue | undefined {
  if (resting === undefined) {
    resting = new Map();
    for (const v of restingIn(caseMachine.root as unknown as Node)) {
      if (v !== undefined) resting.set(sortedKey(v) as string, own(v));
    }
  }
  let key: string | undefined;
  try {
    key = sortedKey(value);
  } catch {
    // A getter or proxy that throws is not a state value.
    return undefined;
  }
  return key === undefined ? undefined : resting.get(key);
}
