import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { copyOnWrite } from '../../src/_lib/copyOnWrite.js';
import { deepFreeze } from '../../src/_lib/freeze.js';

type Tree = Record<string, unknown>;

const record = (): Tree => ({
  caseId: 'c-1',
  contacts: [
    { id: 'c1', on: '2026-01-01' },
    { id: 'c2', on: '2026-01-08' },
  ],
  plans: [{ version: 1, plan: { objectives: [{ id: 'o1', status: 'active' }] } }],
  child: { id: 'ch', name: { given: 'Kai' } },
});

describe('copyOnWrite', () => {
  it('copies the list it pushes to and the path to it, and shares the rest', () => {
    const base = record();
    const next = copyOnWrite(base, (d) => {
      (d.contacts as unknown[]).push({ id: 'c3', on: '2026-01-15' });
    });
    expect((next.contacts as unknown[]).length).toBe(3);
    expect((base.contacts as unknown[]).length).toBe(2);
    expect(next).not.toBe(base);
    expect(next.plans).toBe(base.plans);
    expect(next.child).toBe(base.child);
    expect((next.contacts as unknown[])[0]).toBe((base.contacts as unknown[])[0]);
  });

  it('edits a nested record by copying only the objects on the way to it', () => {
    const base = deepFreeze(record());
    const next = copyOnWrite(base, (d) => {
      const plan = (d.plans as { plan: { objectives: { status: string }[] } }[])[0];
      if (plan?.plan.objectives[0]) plan.plan.objectives[0].status = 'achieved';
    });
    expect(next.plans).toEqual([
      { version: 1, plan: { objectives: [{ id: 'o1', status: 'achieved' }] } },
    ]);
    expect(base).toEqual(record());
    expect(next.contacts).toBe(base.contacts);
  });

  it('returns the base itself when nothing is written', () => {
    const base = record();
    expect(copyOnWrite(base, (d) => void JSON.stringify(d))).toBe(base);
  });

  it('stores what it is handed as given, and a moved value as it now stands', () => {
    const base = record();
    const handed = { id: 'c9', on: '2026-02-01' };
    const next = copyOnWrite(base, (d) => {
      const contacts = d.contacts as Tree[];
      contacts.unshift(handed);
      const moved = contacts[2];
      if (moved) moved.on = '2026-01-09';
      d.first = contacts[1];
    });
    const contacts = next.contacts as Tree[];
    expect(contacts[0]).toBe(handed);
    expect(contacts.map((c) => c.on)).toEqual(['2026-02-01', '2026-01-01', '2026-01-09']);
    expect(next.first).toBe(contacts[1]);
    expect(base).toEqual(record());
  });

  it('answers as the data does: keys, spread, JSON, Array.isArray, iteration', () => {
    copyOnWrite(record(), (d) => {
      expect(Object.keys(d)).toEqual(['caseId', 'contacts', 'plans', 'child']);
      expect(Array.isArray(d.contacts)).toBe(true);
      expect(JSON.parse(JSON.stringify(d))).toEqual(record());
      expect({ ...(d.child as Tree) }).toEqual({ id: 'ch', name: { given: 'Kai' } });
      expect([...(d.contacts as Tree[])].map((c) => c.id)).toEqual(['c1', 'c2']);
      expect('caseId' in d).toBe(true);
    });
  });

  // Random changes to random data: the same result as immer's `produce`, the base untouched.
  const json = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.integer({ min: 0, max: 9 }),
      fc.string({ maxLength: 2 }),
      tie('object'),
      tie('array'),
    ),
    object: fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('value'), { maxKeys: 3 }),
    array: fc.array(tie('value'), { maxLength: 4 }),
  })).object as fc.Arbitrary<Tree>;

  type Op =
    | { kind: 'set'; path: number[]; key: string; value: unknown }
    | { kind: 'push'; path: number[]; value: unknown }
    | { kind: 'delete'; path: number[]; key: string }
    | { kind: 'splice'; path: number[]; start: number; count: number }
    | { kind: 'reverse'; path: number[] }
    | { kind: 'pop'; path: number[] };
  const path = fc.array(fc.nat(3), { maxLength: 3 });
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({
      kind: fc.constant('set' as const),
      path,
      key: fc.constantFrom('a', 'b', 'c', '0', '1'),
      value: fc.oneof(fc.integer(), fc.constant({ fresh: [1] })),
    }),
    fc.record({ kind: fc.constant('push' as const), path, value: fc.integer() }),
    fc.record({ kind: fc.constant('delete' as const), path, key: fc.constantFrom('a', 'b') }),
    fc.record({
      kind: fc.constant('splice' as const),
      path,
      start: fc.nat(3),
      count: fc.nat(2),
    }),
    fc.record({ kind: fc.constant('reverse' as const), path }),
    fc.record({ kind: fc.constant('pop' as const), path }),
  );

  /** Follows `path` through whatever objects are there (each step takes the n-th value). */
  function at(root: unknown, steps: number[]): unknown {
    let node = root;
    for (const n of steps) {
      if (typeof node !== 'object' || node === null) return node;
      const values = Object.values(node);
      const next = values[n % Math.max(values.length, 1)];
      if (typeof next !== 'object' || next === null) return node;
      node = next;
    }
    return node;
  }
  function run(draft: Tree, ops: Op[]): void {
    for (const o of ops) {
      const node = at(draft, o.path) as Tree | unknown[];
      if (typeof node !== 'object' || node === null) continue;
      const list = Array.isArray(node) ? node : undefined;
      const obj = node as Tree;
      // Lists take index writes only (as immer insists), objects any key.
      if (o.kind === 'set' && (!list || /^\d$/.test(o.key))) obj[o.key] = structuredClone(o.value);
      else if (o.kind === 'delete' && !list) delete obj[o.key];
      else if (list && o.kind === 'push') list.push(o.value);
      else if (list && o.kind === 'splice') list.splice(o.start, o.count);
      else if (list && o.kind === 'reverse') list.reverse();
      else if (list && o.kind === 'pop') list.pop();
    }
  }

  it('gives what immer gives for any sequence of writes, and leaves the base as it was', () => {
    fc.assert(
      fc.property(json, fc.array(op, { maxLength: 8 }), (data, ops) => {
        const before = structuredClone(data);
        const frozen = deepFreeze(structuredClone(data));
        const ours = copyOnWrite(frozen, (d) => run(d, ops));
        const theirs = produce(structuredClone(data), (d) => run(d as Tree, ops));
        expect(ours).toEqual(theirs);
        expect(frozen).toEqual(before);
      }),
      { numRuns: 2000 },
    );
  });
});
