/**
 * The loop versions of the array queries the checks use on frozen state give the builtins'
 * answers (same items, same order, same early stop), and month arithmetic without a Date object
 * gives date-fns's answers on every date shape.
 */
import { addMonths as addMonthsFn } from 'date-fns/addMonths';
import { describe, expect, it } from 'vitest';
import { addMonths, fromDate, toDate } from '../../src/_lib/calendar.js';
import {
  every,
  filter,
  find,
  findIndex,
  findLast,
  forEach,
  slice,
  some,
} from '../../src/_lib/lists.js';

const frozen = Object.freeze([3, 1, 4, 1, 5, 9, 2, 6]);
const tests: ((n: number, i: number) => boolean)[] = [
  (n) => n > 4,
  (n) => n === 1,
  (n) => n > 100,
  (_, i) => i % 3 === 0,
];

describe('list queries as loops', () => {
  it('answer as the builtins do, on frozen and empty lists', () => {
    for (const list of [frozen, Object.freeze([] as number[]), [7]]) {
      for (const test of tests) {
        expect(some(list, test)).toBe(list.some(test));
        expect(every(list, test)).toBe(list.every(test));
        expect(find(list, test)).toBe(list.find(test));
        expect(findLast(list, test)).toBe(list.findLast(test));
        expect(findIndex(list, test)).toBe(list.findIndex(test));
        expect(filter(list, test)).toEqual(list.filter(test));
      }
    }
  });

  it('stop where the builtins stop, and pass each index in order', () => {
    const seen: number[] = [];
    const sawUpTo4 = (n: number, i: number) => {
      seen.push(i);
      return n === 4;
    };
    expect(some(frozen, sawUpTo4)).toBe(true);
    expect(seen).toEqual([0, 1, 2]);
    const backwards: number[] = [];
    const sawDownTo9 = (n: number, i: number) => {
      backwards.push(i);
      return n === 9;
    };
    expect(findLast(frozen, sawDownTo9)).toBe(9);
    expect(backwards).toEqual([7, 6, 5]);
    const visited: [number, number][] = [];
    forEach(frozen, (n, i) => visited.push([i, n]));
    expect(visited).toEqual(frozen.map((n, i) => [i, n]));
  });

  it('return a new, unfrozen array from filter and slice', () => {
    const kept = filter(frozen, () => true);
    expect(kept).not.toBe(frozen);
    expect(Object.isFrozen(kept)).toBe(false);
    expect(Object.isFrozen(slice(frozen))).toBe(false);
  });

  it('slice with every kind of bound, as the builtin does', () => {
    const bounds = [undefined, 0, 1, 3, 7, 8, 9, 100, -1, -3, -8, -9, -100, 1.7, -1.7, Number.NaN];
    for (const start of bounds) {
      for (const end of bounds) {
        expect(slice(frozen, start, end)).toEqual(frozen.slice(start, end));
      }
    }
  });
});

describe('addMonths', () => {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const reference = (iso: string, months: number) => fromDate(addMonthsFn(toDate(iso), months));

  it('gives date-fns’s answer for every day of leap, century and ordinary years', () => {
    const mismatches: string[] = [];
    for (const y of [1, 99, 1900, 1999, 2000, 2023, 2024, 2100, 9999]) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= 31; d++) {
          const iso = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
          for (const months of [-25, -12, -1, 0, 1, 3, 6, 11, 12, 13, 24, 1.5]) {
            if (addMonths(iso, months) !== reference(iso, months)) {
              mismatches.push(`${iso} ${months}`);
            }
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('clamps to the end of a shorter month and keeps 29 February to leap years', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2025-08-31', 1)).toBe('2025-09-30');
    expect(addMonths('2025-12-15', 1)).toBe('2026-01-15');
  });
});
