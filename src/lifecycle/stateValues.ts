import type { AnyStateNode, StateValue } from 'xstate';
import { deepFreeze } from '../_lib/deepFreeze.js';
import { YjplanError } from '../errors/YjplanError.js';
import { caseMachine, type MachineContext } from './machine.js';

/**
 * The library's own state values: one deep-frozen copy per value, so the transition memo can be
 * keyed by identity and no caller can change a value that other cases share. A value from
 * anywhere else (the machine's own snapshot, a state rebuilt from JSON) is matched by its key,
 * and only ever copied: the caller's object is never kept, registered or frozen.
 */
const owned = new WeakSet<object>();
/** Valid state values only (a finite set): key -> the owned copy. */
const byKey = new Map<string, StateValue>();
/** The valid state values that are a bare name (`'opened'`, `'review'`...). */
const restingNames = new Set<string>();

/** Deeper than any state of the case machine: anything deeper is not one of its values. */
const MAX_DEPTH = 6;

/**
 * A state value's key: JSON with sorted keys, so equal values written in another key order
 * match. `undefined` for anything that is not a tree of plain objects with string leaves.
 */
function keyOf(value: unknown, depth: number): string | undefined {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value !== 'object' || value === null || Array.isArray(value) || depth > MAX_DEPTH) {
    return undefined;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const parts: string[] = [];
  for (const k of Object.keys(value).sort()) {
    const sub = keyOf((value as Record<string, unknown>)[k], depth + 1);
    if (sub === undefined) return undefined;
    parts.push(`${JSON.stringify(k)}:${sub}`);
  }
  return `{${parts.join(',')}}`;
}

/** True when some state the value names has eventless transitions: the case never rests there. */
function passesThrough(node: AnyStateNode, value: StateValue): boolean {
  const entries: [string, StateValue | undefined][] =
    typeof value === 'string' ? [[value, undefined]] : Object.entries(value);
  return entries.some(([name, sub]) => {
    const child = node.states[name];
    if (child === undefined) return true;
    if (child.always !== undefined && child.always.length > 0) return true;
    return sub !== undefined && passesThrough(child, sub);
  });
}

const ANY_CONTEXT: MachineContext = {
  custodial: false,
  custodyEnded: false,
  compliance: 'compliant',
};

/** A fresh copy of a valid value, its keys in the order the machine declares its states. */
function inMachineOrder(node: AnyStateNode, value: StateValue): StateValue {
  if (typeof value === 'string') return value;
  const copy: Record<string, StateValue> = {};
  for (const [name, child] of Object.entries(node.states)) {
    const sub = value[name];
    if (sub !== undefined) copy[name] = inMachineOrder(child, sub as StateValue);
  }
  return copy;
}

/**
 * The value written out as the machine writes it (its keys in the machine's order), when the
 * machine can rest in the state the value names and the value names it in full.
 */
function restingValue(value: StateValue, key: string): StateValue | undefined {
  try {
    const resolved = caseMachine.resolveState({ value, context: ANY_CONTEXT }).value;
    if (keyOf(resolved, 0) !== key || passesThrough(caseMachine.root, value)) return undefined;
    return inMachineOrder(caseMachine.root, resolved);
  } catch {
    return undefined;
  }
}

/**
 * @internal The library's own copy of a state value (deep-frozen, shared by every case in that
 * state), or `undefined` when the value is not a state the case machine can rest in: not a tree
 * of plain objects with string leaves, a state the machine does not have, a partial value such as
 * `'planning'` or `{ delivery: { phase: 'custody' } }`, or a transient state.
 */
export function ownStateValue(value: unknown): StateValue | undefined {
  if (typeof value === 'object' && value !== null && owned.has(value)) return value as StateValue;
  if (typeof value === 'string' && restingNames.has(value)) return value;
  let key: string | undefined;
  try {
    key = keyOf(value, 0);
  } catch {
    // A getter or proxy that throws: not a state value.
    return undefined;
  }
  if (key === undefined) return undefined;
  const known = byKey.get(key);
  if (known !== undefined) return known;
  // Read from the key, never from the caller's object, which may change after this call.
  const copy = restingValue(JSON.parse(key) as StateValue, key);
  if (copy === undefined) return undefined;
  if (typeof copy === 'object') owned.add(deepFreeze(copy));
  else restingNames.add(copy);
  byKey.set(key, copy);
  return copy;
}

/** @internal The error for a case state whose `machineState` is not a state of the lifecycle. */
export function invalidMachineState(): YjplanError {
  const message = 'Not a state of the case lifecycle';
  return new YjplanError('invalid_input', `Invalid case state machineState: ${message}`, [
    { path: ['machineState'], code: 'invalid_value', message },
  ]);
}
