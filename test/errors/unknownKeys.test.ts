/**
 * A key is part of the input: a host may write a child's name, address or date of birth where a
 * field name belongs. Every parsing entry point reports an unknown key in `issues[].path`, which
 * locates it, and never in a message: no message (the error's or an issue's) repeats any key or
 * value of the input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import {
  type CaseState,
  checkCase,
  deserializeCase,
  isYjplanError,
  openCase,
  planRevision,
  type Result,
  replay,
  safeApplyEvent,
  safeDeserializeCase,
  safeOpenCase,
  safePlanRevision,
  safeReplay,
  type YjplanError,
} from '../../src/index.js';
import {
  parseAgreement,
  parseAssessment,
  parseCaseEvent,
  parseCaseFile,
  parseChild,
  parseDisposal,
  parseInterventionPlan,
  parseInvolvementRecord,
  parseParentCarer,
  parsePolicy,
  safeParseAgreement,
  safeParseAssessment,
  safeParseCaseEvent,
  safeParseCaseFile,
  safeParseChild,
  safeParseDisposal,
  safeParseInterventionPlan,
  safeParseInvolvementRecord,
  safeParseParentCarer,
  safeParsePolicy,
} from '../../src/schemas.js';
import { workedExampleEvents } from '../../src/testing/index.js';
import { memoryIo } from '../cli/io.js';

const RUNS = Number(process.env.YJPLAN_FUZZ_RUNS ?? 150);
const EXAMPLE = workedExampleEvents();
type Json = unknown;
type Path = (string | number)[];
// biome-ignore lint/suspicious/noExplicitAny: the example's JSON is read by hand
const payloadOf = (type: string, n = 0): any =>
  structuredClone(EXAMPLE.filter((e) => e.type === type)[n]?.payload);

/** Personal data as a host might misplace it: names, addresses, dates of birth, postcodes. */
const personal = fc.oneof(
  fc.stringMatching(/^[A-Z][a-z]{2,9} [A-Z][a-z]{2,11}$/),
  fc
    .tuple(
      fc.integer({ min: 1, max: 299 }),
      fc.constantFrom('High Street', 'Church Lane', 'Station Road', 'Heol y Frenhines'),
      fc.stringMatching(/^[A-Z][a-z]{3,9}$/),
    )
    .map(([n, street, town]) => `${n} ${street}, ${town}`),
  fc
    .date({ min: new Date('2006-01-01'), max: new Date('2016-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.stringMatching(/^[A-Z]{1,2}[0-9]{1,2} [0-9][A-Z]{2}$/),
  fc.stringMatching(/^[0-9]{3} [0-9]{3} [0-9]{4}$/),
);

/** Every path to an object inside `v` (where a key can be added). */
function objectPaths(v: Json, at: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(v)) {
    for (const [i, x] of v.entries()) objectPaths(x, [...at, i], out);
  } else if (typeof v === 'object' && v !== null) {
    out.push(at);
    for (const [k, x] of Object.entries(v)) objectPaths(x, [...at, k], out);
  }
  return out;
}

/** A copy of `v` with `key: value` added to the object at `path`. */
function withKey(v: Json, path: Path, key: string, value: Json): Json {
  const copy = structuredClone(v);
  let target = copy as Record<string | number, Json>;
  for (const p of path) target = target[p] as Record<string | number, Json>;
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

/** Unknown key and value, and where in `base` they go. */
const placement = (base: Json) =>
  fc.tuple(fc.nat(), personal, personal).map(([pick, key, value]) => {
    const paths = objectPaths(base);
    return { path: paths[pick % paths.length] as Path, key, value };
  });

/** The messages of an error: its own and its issues'. */
const messages = (e: YjplanError) => [e.message, ...e.issues.map((i) => i.message)];

/** A failed result whose messages repeat neither the key nor the value, with the key in a path. */
function expectSilent(r: Result<unknown>, key: string, value: string): void {
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(isYjplanError(r.error)).toBe(true);
  for (const m of messages(r.error)) {
    expect(m).not.toContain(key);
    expect(m).not.toContain(value);
  }
  expect(r.error.issues.some((i) => i.path.at(-1) === key)).toBe(true);
}

const thrown = (f: () => unknown): Result<unknown> => {
  try {
    return { ok: true, value: f() };
  } catch (e) {
    return { ok: false, error: e as YjplanError };
  }
};

/** Each parser of a part of a case, with a valid example of that part. */
const PARTS: [string, Json, (x: unknown) => Result<unknown>, (x: unknown) => unknown][] = [
  ['child', payloadOf('case.opened').child, safeParseChild, parseChild],
  ['disposal', payloadOf('case.opened').disposal, safeParseDisposal, parseDisposal],
  ['parent/carer', payloadOf('case.opened').people[0], safeParseParentCarer, parseParentCarer],
  [
    'assessment',
    payloadOf('assessment.submitted').assessment,
    safeParseAssessment,
    parseAssessment,
  ],
  ['plan', payloadOf('plan.drafted').plan, safeParseInterventionPlan, parseInterventionPlan],
  ['agreement', payloadOf('plan.agreementRecorded'), safeParseAgreement, parseAgreement],
  [
    'involvement record',
    payloadOf('involvement.recorded').record,
    safeParseInvolvementRecord,
    parseInvolvementRecord,
  ],
];

describe('an unknown key named with personal data', () => {
  it('is valid input without it, for every part parser (the test’s own premise)', () => {
    for (const [name, base, safeParse] of PARTS)
      expect([name, safeParse(base).ok]).toEqual([name, true]);
  });

  for (const [name, base, safeParse, parse] of PARTS) {
    it(`is never named in a message of the ${name} parsers`, { timeout: 60_000 }, () => {
      fc.assert(
        fc.property(placement(base), ({ path, key, value }) => {
          const input = withKey(base, path, key, value);
          expectSilent(safeParse(input), key, value);
          expectSilent(
            thrown(() => parse(input)),
            key,
            value,
          );
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('is never named in a message of the event, case file and replay entry points', () => {
    const file = { schemaVersion: 1, events: EXAMPLE };
    const states = new Map<number, CaseState>();
    const stateBefore = (i: number) => {
      const known = states.get(i);
      if (known) return known;
      const state = replay(EXAMPLE.slice(0, i));
      states.set(i, state);
      return state;
    };
    fc.assert(
      fc.property(placement(file), ({ path, key, value }) => {
        const bad = withKey(file, path, key, value) as { events: unknown[] };
        const text = JSON.stringify(bad);
        for (const r of [
          safeParseCaseFile(bad),
          thrown(() => parseCaseFile(bad)),
          safeDeserializeCase(text),
          thrown(() => deserializeCase(text)),
          safeDeserializeCase(`\ufeff${text}`),
        ])
          expectSilent(r, key, value);
        const i = path[1];
        if (path[0] !== 'events' || typeof i !== 'number') return;
        const event = bad.events[i];
        expectSilent(safeParseCaseEvent(event), key, value);
        expectSilent(
          thrown(() => parseCaseEvent(event)),
          key,
          value,
        );
        expectSilent(safeReplay(bad.events), key, value);
        expectSilent(
          thrown(() => replay(bad.events as never)),
          key,
          value,
        );
        if (i === 0) {
          expectSilent(safeOpenCase(event), key, value);
          expectSilent(
            thrown(() => openCase(event as never)),
            key,
            value,
          );
        } else {
          expectSilent(safeApplyEvent(stateBefore(i), event), key, value);
        }
      }),
      { numRuns: RUNS * 2 },
    );
  }, 120_000);

  it('is never named in a message of the policy parsers, nor of checkCase given the policy', {
    timeout: 60_000,
  }, () => {
    const policy = {
      reviews: { intervalMonths: 2 },
      byInterventionLevel: { intensive: { reviews: { intervalMonths: 1 } } },
      byDisposalType: { 'referral-order': { plan: {}, reviews: { intervalMonths: 3 } } },
    };
    const state = replay(EXAMPLE);
    expect(safeParsePolicy(policy).ok).toBe(true);
    fc.assert(
      fc.property(placement(policy), ({ path, key, value }) => {
        const bad = withKey(policy, path, key, value);
        expectSilent(safeParsePolicy(bad), key, value);
        expectSilent(
          thrown(() => parsePolicy(bad)),
          key,
          value,
        );
        expectSilent(
          thrown(() => checkCase(state, { asOf: '2026-03-31', policy: bad as never })),
          key,
          value,
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('is never named in a message of planRevision, in the revised plan or in its options', {
    timeout: 60_000,
  }, () => {
    const drafted = EXAMPLE.findIndex((e) => e.type === 'plan.activated');
    const state: CaseState = replay(EXAMPLE.slice(0, drafted + 1));
    const plan = payloadOf('plan.drafted').plan;
    fc.assert(
      fc.property(placement(plan), ({ path, key, value }) => {
        const edit = (draft: Record<string | number, unknown>) => {
          let target = draft;
          for (const p of path) target = target[p] as Record<string | number, unknown>;
          target[key] = value;
        };
        const options = { on: '2025-12-19', reason: 'review' } as const;
        expectSilent(safePlanRevision(state, options, edit as never), key, value);
        expectSilent(
          thrown(() => planRevision(state, options, edit as never)),
          key,
          value,
        );
        const withUnknown = { ...options, [key]: value };
        expectSilent(
          safePlanRevision(state, withUnknown as never, () => {}),
          key,
          value,
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('is never named by yjplan check: not in its text, not in a message of its JSON records', async () => {
    const file = { schemaVersion: 1, events: EXAMPLE };
    await fc.assert(
      fc.asyncProperty(placement(file), async ({ path, key, value }) => {
        const text = JSON.stringify(withKey(file, path, key, value));
        const plain = memoryIo({ files: { 'case.json': text } });
        expect(await runCli(['check', 'case.json', '--as-of', '2026-03-31'], plain.io)).toBe(2);
        expect(plain.stderr()).not.toContain(key);
        expect(plain.stderr()).not.toContain(value);
        const json = memoryIo({ files: { 'case.json': text } });
        await runCli(['check', 'case.json', '--as-of', '2026-03-31', '--format', 'json'], json.io);
        const record = JSON.parse(json.stdout().split('\n')[0] as string);
        expect(record.kind).toBe('invalid');
        for (const m of messages(record.error)) {
          expect(m).not.toContain(key);
          expect(m).not.toContain(value);
        }
        const paths = (record.error.issues as { path: unknown[] }[]).map((i) => i.path.at(-1));
        expect(paths).toContain(key);
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  }, 120_000);
});
