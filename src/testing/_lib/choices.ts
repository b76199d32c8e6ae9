/**
 * The choices a case generator makes (how many factors, which owner, whether a contact is
 * attended). The builders make the typical choice every time, so what they build is predictable;
 * the simulator draws each choice from a seeded generator. One construction code, two policies.
 * @internal
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** @internal A weighted table: each entry is chosen with probability weight / total. */
export type Weighted<T> = readonly (readonly [T, number])[];

/** @internal A weighted table written as an object of weights, in key order. */
export const weights = <K extends string>(table: Readonly<Record<K, number>>): Weighted<K> =>
  Object.entries(table) as unknown as Weighted<K>;

/** @internal A weighted table of numbers (whole numbers come in ascending order, then the rest). */
export const numberWeights = (table: Readonly<Record<number, number>>): Weighted<number> =>
  Object.entries(table).map(([k, w]) => [Number(k), w] as const);

/** @internal A source of choices. */
export interface Choices {
  /** A whole number from `min` to `max` inclusive. */
  int(min: number, max: number): number;
  /** True with probability `p` (0 to 1). */
  chance(p: number): boolean;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** One value of a weighted table. */
  weighted<T>(table: Weighted<T>): T;
  /** `count` distinct items of a list, in list order. */
  some<T>(items: readonly T[], count: number): T[];
}

const first = <T>(items: readonly T[]): T => {
  if (items.length === 0) throw new RangeError('Cannot choose from an empty list');
  return items[0] as T;
};

/**
 * @internal The typical choice every time: the smallest number, the first item, the heaviest
 * weight, and "yes" only to what happens more often than not.
 */
export const typicalChoices: Choices = {
  int: (min) => min,
  chance: (p) => p > 0.5,
  pick: first,
  weighted: (table) => {
    let best = first(table);
    for (const entry of table) if (entry[1] > best[1]) best = entry;
    return best[0];
  },
  some: (items, count) => items.slice(0, count),
};

/** @internal A whole-number seed folded to 32 bits, high bits included (so 1 and 2^32 + 1 differ). */
export const seed32 = (seed: number): number =>
  ((seed % 0x1_0000_0000) ^ Math.trunc(seed / 0x1_0000_0000)) | 0;

/**
 * @internal Choices drawn from pure-rand's xoroshiro128+ generator seeded with `seed`: the same
 * seed always makes the same choices, in the same order.
 */
export function seededChoices(seed: number): Choices {
  const rng = xoroshiro128plus(seed32(seed));
  const int = (min: number, max: number) => (max <= min ? min : uniformInt(rng, min, max));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('Cannot choose from an empty list');
    return items[int(0, items.length - 1)] as T;
  };
  return {
    int,
    chance: (p) => (p <= 0 ? false : p >= 1 ? true : uniformInt(rng, 0, 999_999) < p * 1_000_000),
    pick,
    weighted: <T>(table: Weighted<T>): T => {
      let total = 0;
      for (const [, w] of table) total += w;
      let ticket = int(1, Math.max(1, Math.round(total * 1000)));
      for (const [value, w] of table) {
        ticket -= Math.round(w * 1000);
        if (ticket <= 0) return value;
      }
      return first(table)[0];
    },
    some: <T>(items: readonly T[], count: number): T[] => {
      const chosen = new Set<number>();
      const n = Math.min(count, items.length);
      while (chosen.size < n) chosen.add(int(0, items.length - 1));
      return items.filter((_, i) => chosen.has(i));
    },
  };
}
