import type { Id } from '../model/ids.js';
import type { CaseCount } from './figures.js';

/** @internal Cases counted under keys, each with the ids of its cases (a case counted once per key). */
export class Tally {
  private readonly keys = new Map<string, { ids: Id[]; n: number }>();

  /** Counts `caseId` under `key` (once), adding `n` to the key's running total of items. */
  add(key: string, caseId: Id, n = 1): void {
    let entry = this.keys.get(key);
    if (!entry) {
      entry = { ids: [], n: 0 };
      this.keys.set(key, entry);
    }
    if (entry.ids[entry.ids.length - 1] !== caseId) entry.ids.push(caseId);
    entry.n += n;
  }

  /** The ids under a key (empty when none). */
  ids(key: string): Id[] {
    return this.keys.get(key)?.ids ?? [];
  }

  /** The running total of items under a key. */
  total(key: string): number {
    return this.keys.get(key)?.n ?? 0;
  }

  entries(): [string, { ids: Id[]; n: number }][] {
    return [...this.keys.entries()];
  }

  /** One {@link CaseCount} per key, most cases first (then by key). */
  counts(all: number, label: (key: string) => string = (k) => k): CaseCount[] {
    return this.entries()
      .map(([key, { ids }]) => count(key, label(key), ids, all))
      .sort((a, b) => b.cases - a.cases || a.key.localeCompare(b.key));
  }
}

/** @internal A {@link CaseCount}. */
export function count(key: string, label: string, ids: readonly Id[], all: number): CaseCount {
  return { key, label, cases: ids.length, rate: all === 0 ? 0 : ids.length / all, caseIds: ids };
}
