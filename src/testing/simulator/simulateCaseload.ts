import type { CaseFile } from '../../lifecycle/persist.js';
import { seededChoices } from '../_lib/choices.js';
import { addDays, daysBetween } from '../_lib/days.js';
import { beforeSentenceOf } from './beforeSentence.js';
import { caseloadOptions, type SimulateCaseloadOptions } from './options.js';
import { simulateCase } from './simulateCase.js';

/**
 * A caseload of simulated cases, generated lazily one at a time as it is iterated (so 10,000
 * cases stream in bounded memory; iterate again for the same cases again). Case `i` opens on a
 * day drawn between `from` and `to` and is the case {@link simulateCase} makes from its own seed
 * (drawn from `seed`) with id `case-<i+1>`; events after `to` are not written, so cases still
 * running at the end of the period are open. Deterministic for the same options.
 *
 * @throws {YjplanError} `invalid_input` for invalid options (when called, not when iterated).
 * @example
 * for (const file of simulateCaseload({ seed: 7, cases: 1000, from: '2024-01-01', to: '2025-12-31' })) {
 *   process.stdout.write(`${JSON.stringify(file)}\n`); // NDJSON
 * }
 */
export function simulateCaseload(options: SimulateCaseloadOptions): Iterable<CaseFile> {
  const o = caseloadOptions.parse(options);
  const span = daysBetween(o.from, o.to);
  const width = String(o.cases).length;
  return {
    *[Symbol.iterator]() {
      const c = seededChoices(o.seed);
      for (let i = 0; i < o.cases; i++) {
        const seed = c.int(-0x80000000, 0x7fffffff);
        const offset = c.int(0, span);
        // A case that comes before its sentence opens weeks before `start`: still in the period.
        const weeksBefore = beforeSentenceOf(seed)?.weeks ?? 0;
        yield simulateCase({
          seed,
          start: addDays(o.from, Math.max(offset, 7 * weeksBefore)),
          until: o.to,
          caseId: `case-${String(i + 1).padStart(width, '0')}`,
          ...(o.shortfalls && { shortfalls: o.shortfalls }),
        });
      }
    },
  };
}
