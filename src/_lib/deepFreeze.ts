/**
 * @internal Freezes a value and everything it holds, so any later write throws (in strict
 * mode) instead of silently changing what others share. Stops at an object that is already
 * frozen: the library only freezes what it made whole, so a frozen object's contents are frozen
 * too, and freezing a new state costs only what is new in it.
 *
 * @example
 * const state = deepFreeze({ events: [event], record });
 * Object.isFrozen(state.events); // true
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
  } else {
    for (const key in value) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * @internal Deep-freezes `next`, a value made from the deep-frozen `previous` by copying what
 * changed and sharing the rest (a record after one event, say). Only what differs from
 * `previous`, by reference at the same key or index, is walked, so an appended list costs one
 * comparison per entry rather than a check of every entry.
 *
 * @example
 * const record = freezeChanges({ ...before, contacts: [...before.contacts, contact] }, before);
 */
export function freezeChanges<T>(next: T, previous: unknown): T {
  if (next === previous || typeof next !== 'object' || next === null) return next;
  if (typeof previous !== 'object' || previous === null || Object.isFrozen(next)) {
    return deepFreeze(next);
  }
  Object.freeze(next);
  const before = previous as Record<string | number, unknown>;
  if (Array.isArray(next)) {
    for (let i = 0; i < next.length; i++) freezeChanges(next[i], before[i]);
  } else {
    for (const key in next) freezeChanges((next as Record<string, unknown>)[key], before[key]);
  }
  return next;
}

/**
 * @internal Deep-freezes a tree that shares no object with anything else (an event just parsed
 * from its input), without looking for parts already frozen: cheaper than {@link deepFreeze} for
 * the bulk of a replayed case. On a tree that is already frozen it only repeats the work.
 *
 * @example
 * for (const event of log) freezeTree(event);
 */
export function freezeTree<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) freezeTree(value[i]);
  } else {
    for (const key in value) freezeTree((value as Record<string, unknown>)[key]);
  }
  return value;
}
