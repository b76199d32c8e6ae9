/**
 * @internal O(1) "is this id already recorded?" for the case record's growing lists (contacts,
 * involvement records). An index is built once per list and handed on to the list that
 * `appendIndexed` makes from it, so replaying a long case never rescans its lists.
 *
 * During a replay (`withOwnedLists`) the lists made by the replay itself are appended to in
 * place: no caller has seen them yet, and the intermediate states that shared them are thrown
 * away, so copying each list on every append (quadratic in the list's length) buys nothing.
 * See docs/decisions/0004-replay-owns-its-lists.md.
 */
const indexes = new WeakMap<readonly unknown[], Map<string, unknown>>();

/** Lists made during the current replay, which nobody else holds yet (`null`: not replaying). */
let owned: Set<readonly unknown[]> | null = null;

/** @internal The items of a list by id (built on first use, then kept with the list). */
export function indexById<T>(
  list: readonly T[],
  idOf: (item: T) => string,
): ReadonlyMap<string, T> {
  let index = indexes.get(list) as Map<string, T> | undefined;
  if (!index) {
    index = new Map(list.map((item) => [idOf(item), item]));
    indexes.set(list, index);
  }
  return index;
}

/**
 * @internal `[...list, item]`, moving the list's index (if built) to the new list. The old list
 * loses it and rebuilds it on demand, so an older state stays correct if it is used again.
 * Inside `withOwnedLists`, a list the replay made is extended in place instead.
 */
export function appendIndexed<T>(list: readonly T[], item: T, idOf: (item: T) => string): T[] {
  const index = indexes.get(list) as Map<string, T> | undefined;
  if (owned?.has(list)) {
    (list as T[]).push(item);
    index?.set(idOf(item), item);
    return list as T[];
  }
  const next = [...list, item];
  owned?.add(next);
  if (index) {
    indexes.delete(list);
    index.set(idOf(item), item);
    indexes.set(next, index);
  }
  return next;
}

/**
 * @internal Runs `fold` with in-place appends to the lists it makes. Only for a fold whose
 * intermediate states never reach a caller: it returns the final state alone, or an error.
 */
export function withOwnedLists<T>(fold: () => T): T {
  if (owned !== null) return fold();
  owned = new Set();
  try {
    return fold();
  } finally {
    owned = null;
  }
}
