import fc from 'fast-check';
import type { Choices, Weighted } from '../_lib/choices.js';

/**
 * @internal The kit's choices drawn by fast-check, so what a generator builds from them shrinks:
 * a number towards its minimum, a chance towards "no", a pick towards the first item. The same
 * construction code as the builders' typical choices and the simulator's seeded ones.
 */
function fcChoices(g: fc.GeneratorValue): Choices {
  const int = (min: number, max: number) => (max <= min ? min : g(fc.integer, { min, max }));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('Cannot choose from an empty list');
    return items[int(0, items.length - 1)] as T;
  };
  return {
    int,
    chance: (p) => (p <= 0 ? false : p >= 1 ? true : int(0, 999) >= 1000 - p * 1000),
    pick,
    weighted: <T>(table: Weighted<T>) => pick(table.map(([value]) => value)),
    some: <T>(items: readonly T[], count: number): T[] => {
      const left = items.map((_, i) => i);
      const chosen = new Set<number>();
      while (chosen.size < Math.min(count, items.length)) {
        chosen.add(left.splice(int(0, left.length - 1), 1)[0] as number);
      }
      return items.filter((_, i) => chosen.has(i));
    },
  };
}

/**
 * @internal A fast-check arbitrary of what `make` builds from choices: the kit's own generators
 * (disposals from the law tables...) as arbitraries that shrink.
 */
export const fromChoices = <T>(make: (c: Choices) => T): fc.Arbitrary<T> =>
  fc.gen().map((g) => make(fcChoices(g)));
