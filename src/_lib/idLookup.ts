/**
 * Positions by id for the growing lists of a case record (contacts, involvement records), so a
 * long case never rescans a list to find one id. An index follows its list as it grows at the
 * end (a replay appends in place); a list that is replaced, or shrinks, gets a new index. A hit is
 * checked against the list itself, so an answer is never a stale position.
 */
const indexes = new WeakMap<readonly unknown[], { byId: Map<string, number>; count: number }>();

/**
 * @internal The item of `list` whose id is `id`, if any.
 *
 * @example
 * findById(record.contacts, 'c-12', (c) => c.id)?.attendance; // 'attended'
 */
export function findById<T>(
  list: readonly T[],
  id: string,
  idOf: (item: T) => string,
): T | undefined {
  let index = indexes.get(list);
  if (index === undefined || index.count > list.length) {
    index = { byId: new Map(), count: 0 };
    indexes.set(list, index);
  }
  for (let i = index.count; i < list.length; i++) index.byId.set(idOf(list[i] as T), i);
  index.count = list.length;
  const at = index.byId.get(id);
  const item = at === undefined ? undefined : list[at];
  if (item !== undefined && idOf(item) === id) return item;
  // Not indexed, or the list changed under its index: look, and start the index again.
  if (at !== undefined) indexes.delete(list);
  return at === undefined ? undefined : list.find((i) => idOf(i) === id);
}
