/**
 * @internal List queries as plain loops. Case states are deep-frozen (ADR 0001), and on Node 20
 * `Array.prototype.some`, `every`, `find`, `findLast`, `findIndex`, `filter`, `forEach` and
 * `slice` take a slow path on frozen arrays (a few microseconds a call, 5-50x a plain array);
 * `for` loops do not. The checks read frozen lists all the time, so their readers use these
 * instead. Same answers as the builtins for arrays without holes (every list in a case record):
 * the callback gets each item and its index, in order, and stops where the builtin would.
 *
 * @example
 * some(record.contacts, (c) => c.attendance === 'attended');
 */

/** A test of an item and its index, as the array builtins call it. */
type Test<T> = (item: T, index: number) => unknown;

/**
 * @internal `list.some(test)` as a loop.
 * @example
 * some([1, 2], (n) => n > 1); // true
 */
export function some<T>(list: readonly T[], test: Test<T>): boolean {
  for (let i = 0; i < list.length; i++) if (test(list[i] as T, i)) return true;
  return false;
}

/**
 * @internal `list.every(test)` as a loop.
 * @example
 * every([1, 2], (n) => n > 1); // false
 */
export function every<T>(list: readonly T[], test: Test<T>): boolean {
  for (let i = 0; i < list.length; i++) if (!test(list[i] as T, i)) return false;
  return true;
}

/**
 * @internal `list.find(test)` as a loop.
 * @example
 * find([1, 2, 3], (n) => n > 1); // 2
 */
export function find<T, S extends T>(
  list: readonly T[],
  test: (item: T, index: number) => item is S,
): S | undefined;
export function find<T>(list: readonly T[], test: Test<T>): T | undefined;
export function find<T>(list: readonly T[], test: Test<T>): T | undefined {
  for (let i = 0; i < list.length; i++) {
    const item = list[i] as T;
    if (test(item, i)) return item;
  }
  return undefined;
}

/**
 * @internal `list.findLast(test)` as a loop.
 * @example
 * findLast([1, 2, 3], (n) => n > 1); // 3
 */
export function findLast<T, S extends T>(
  list: readonly T[],
  test: (item: T, index: number) => item is S,
): S | undefined;
export function findLast<T>(list: readonly T[], test: Test<T>): T | undefined;
export function findLast<T>(list: readonly T[], test: Test<T>): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) {
    const item = list[i] as T;
    if (test(item, i)) return item;
  }
  return undefined;
}

/**
 * @internal `list.findIndex(test)` as a loop.
 * @example
 * findIndex([1, 2, 3], (n) => n > 1); // 1
 */
export function findIndex<T>(list: readonly T[], test: Test<T>): number {
  for (let i = 0; i < list.length; i++) if (test(list[i] as T, i)) return i;
  return -1;
}

/**
 * @internal `list.filter(test)` as a loop: a new array.
 * @example
 * filter([1, 2, 3], (n) => n > 1); // [2, 3]
 */
export function filter<T, S extends T>(
  list: readonly T[],
  test: (item: T, index: number) => item is S,
): S[];
export function filter<T>(list: readonly T[], test: Test<T>): T[];
export function filter<T>(list: readonly T[], test: Test<T>): T[] {
  const out: T[] = [];
  for (let i = 0; i < list.length; i++) {
    const item = list[i] as T;
    if (test(item, i)) out.push(item);
  }
  return out;
}

/**
 * @internal `list.forEach(visit)` as a loop.
 * @example
 * forEach(['a', 'b'], (s, i) => console.log(i, s));
 */
export function forEach<T>(list: readonly T[], visit: (item: T, index: number) => void): void {
  for (let i = 0; i < list.length; i++) visit(list[i] as T, i);
}

/**
 * @internal `list.slice(start, end)` as a loop: a new array, with the builtin's handling of
 * negative and missing bounds.
 * @example
 * slice([1, 2, 3], -2); // [2, 3]
 */
export function slice<T>(list: readonly T[], start?: number, end?: number): T[] {
  const n = list.length;
  const bound = (x: number | undefined, missing: number) => {
    if (x === undefined) return missing;
    const i = Math.trunc(x) || 0;
    return i < 0 ? Math.max(n + i, 0) : Math.min(i, n);
  };
  const from = bound(start, 0);
  const to = bound(end, n);
  const out: T[] = [];
  for (let i = from; i < to; i++) out.push(list[i] as T);
  return out;
}
