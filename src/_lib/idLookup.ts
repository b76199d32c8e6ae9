/**
 * Positions by id for the growing lists of a case record (contacts, involvement records), so a
 * long replay never rescans a list to find one id. An index follows its list as it grows at the
 * end (a replay appends in place); a list that is replaced, or shrinks, gets a new index. A list
 * asked once (the fresh copy one event makes) is scanned instead: building an index costs more
 * than one scan. A hit is checked against the list itself, so an answer is never a stale position.
 */
const indexes = new WeakMap<readonly unknown[], { byId: Map<string, number>; count: number }>();
/** Lists asked about once, not yet worth an index. */
const askedOnce = new WeakSet<readonly unknown[]>();

/** The item whose id is `id`, by a scan from the end (the newest item is the likeliest). */
function scan<T>(list: readonly T[], id: string, idOf: (item: T) => string): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) {
    const item = list[i] as T;
    if (idOf(item) === id) return item;
  }
  return undefined;
}

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
    if (!askedOnce.has(list)) {
      askedOnce.add(list);
      return scan(list, id, idOf);
    }
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
  return at === undefined ? undefined : scan(list, id, idOf);
}
