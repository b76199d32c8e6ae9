/**
 * @internal O(1) "is this id already recorded?" for the case record's growing lists (contacts,
 * involvement records). An index is built once per list and handed on to the list that
 * `appendIndexed` makes from it, so replaying a long case never rescans its lists.
 */
const indexes = new WeakMap<readonly unknown[], Map<string, unknown>>();

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
 */
export function appendIndexed<T>(list: readonly T[], item: T, idOf: (item: T) => string): T[] {
  const next = [...list, item];
  const index = indexes.get(list) as Map<string, T> | undefined;
  if (index) {
    indexes.delete(list);
    index.set(idOf(item), item);
    indexes.set(next, index);
  }
  return next;
}
