/**
 * A value and everything it holds, read-only in the types: what the library hands a caller.
 * Functions keep their own types; arrays become `ReadonlyArray`s of read-only items; objects get
 * `readonly` keys all the way down. Nothing is frozen at run time by this type alone.
 *
 * @example
 * const plan: Immutable<{ objectives: { id: string }[] }> = { objectives: [{ id: 'o-1' }] };
 * // plan.objectives.push({ id: 'o-2' }); // does not compile
 */
export type Immutable<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends ReadonlyArray<infer U>
    ? ReadonlyArray<Immutable<U>>
    : T extends object
      ? { readonly [K in keyof T]: Immutable<T[K]> }
      : T;

/**
 * @internal The writable form of a read-only type: what a reducer step may change while it
 * builds the next record (a draft), never a value a caller holds.
 */
export type Writable<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends ReadonlyArray<infer U>
    ? Writable<U>[]
    : T extends object
      ? { -readonly [K in keyof T]: Writable<T[K]> }
      : T;
