/**
 * Fuzzing the boundary: whatever JSON a host passes, the throwing forms throw only a
 * YjplanError and the safe forms never throw, and a failed event leaves the case untouched.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  type CaseState,
  ERROR_CODES,
  isYjplanError,
  openCase,
  replay,
  safeApplyEvent,
  safeOpenCase,
  YjplanError,
} from '../../src/index.js';
import {
  parseCaseEvent,
  parseCaseFile,
  parsePolicy,
  safeParseCaseEvent,
  safeParseCaseFile,
  safeParsePolicy,
} from '../../src/schemas.js';
import { workedExampleEvents } from '../../src/testing/index.js';

/** Runs per property; raise with YJPLAN_FUZZ_RUNS=10000 for a deeper search. */
const RUNS = Number(process.env.YJPLAN_FUZZ_RUNS ?? 300);
const TIMEOUT = 10_000 + RUNS * 10;
const EXAMPLE = workedExampleEvents();

/** Keys that attack object handling: prototype pollution and look-alike field names. */
const nastyKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'type',
  'payload',
);

/** A JSON object with nasty own keys, as `JSON.parse` would build it. */
const nastyObject = fc
  .dictionary(nastyKey, fc.jsonValue({ maxDepth: 2 }), { minKeys: 1 })
  .map((o) => JSON.parse(JSON.stringify(o)) as unknown);

/** A deeply nested value, as objects or as arrays. */
const deep = fc.tuple(fc.integer({ min: 100, max: 5000 }), fc.boolean()).map(([depth, asArray]) => {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { payload: v };
  return v;
});

type Json = unknown;

/** Every path to a value inside `v`. */
function pathsIn(v: Json, at: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(at);
  if (Array.isArray(v)) {
    for (const [i, x] of v.entries()) pathsIn(x, [...at, i], out);
  } else if (typeof v === 'object' && v !== null) {
    for (const [k, x] of Object.entries(v)) pathsIn(x, [...at, k], out);
  }
  return out;
}

/** A copy of `v` with the value at `path` replaced (or removed when `replacement` is absent). */
function withAt(v: Json, path: (string | number)[], replacement: { value?: Json }): Json {
  if (path.length === 0) return 'value' in replacement ? replacement.value : undefined;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(v) ? [...v] : { ...(v as object) }) as Record<string | number, Json>;
  if (rest.length === 0 && !('value' in replacement)) delete copy[head];
  else copy[head] = withAt(copy[head], rest, replacement);
  return copy;
}

/** One event of the worked example with one field replaced, removed, or a nasty key added. */
const mutatedEvent = fc
  .tuple(
    fc.nat({ max: EXAMPLE.length - 1 }),
    fc.nat(),
    fc.option(fc.jsonValue({ maxDepth: 2 })),
    nastyKey,
  )
  .map(([i, pick, value, key]) => {
    const event = EXAMPLE[i] as Json;
    const paths = pathsIn(event);
    const path = paths[pick % paths.length] ?? [];
    if (value === null) return withAt(event, path, {});
    if (typeof value === 'string' && value.length % 3 === 0) {
      return withAt(event, [...path, key], { value });
    }
    return withAt(event, path, { value });
  });

const anyInput = fc.oneof(fc.jsonValue(), nastyObject, deep, mutatedEvent, mutatedEvent);

const midPlanning: CaseState = replay(EXAMPLE.slice(0, 13));

/** Throws if `f` throws anything but a well-formed YjplanError. */
function onlyYjplanErrors(f: () => unknown): void {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(YjplanError);
    wellFormed(e as YjplanError);
  }
}

function wellFormed(e: YjplanError): void {
  expect(isYjplanError(e)).toBe(true);
  expect(Object.keys(ERROR_CODES)).toContain(e.code);
  for (const issue of e.issues) {
    expect(typeof issue.code).toBe('string');
    expect(typeof issue.message).toBe('string');
    for (const p of issue.path) expect(['string', 'number']).toContain(typeof p);
  }
  expect(() => JSON.stringify(e)).not.toThrow();
}

/** Calls a safe form: it must return a result, never throw. */
function neverThrows(f: () => { ok: boolean; error?: YjplanError }): void {
  const r = f();
  expect(typeof r.ok).toBe('boolean');
  if (!r.ok) wellFormed(r.error as YjplanError);
}

describe('the throwing forms, on arbitrary JSON', () => {
  it(
    'throw nothing but a YjplanError',
    () => {
      fc.assert(
        fc.property(anyInput, (input) => {
          onlyYjplanErrors(() => parseCaseEvent(input));
          onlyYjplanErrors(() => openCase(input as never));
          onlyYjplanErrors(() => applyEvent(midPlanning, input as never));
          onlyYjplanErrors(() => parseCaseFile(input));
          onlyYjplanErrors(() => parseCaseFile({ schemaVersion: 1, events: [input] }));
          onlyYjplanErrors(() => parsePolicy(input));
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});

describe('the safe forms, on arbitrary JSON', () => {
  it(
    'never throw, and fail with a well-formed YjplanError',
    () => {
      fc.assert(
        fc.property(anyInput, (input) => {
          neverThrows(() => safeParseCaseEvent(input));
          neverThrows(() => safeOpenCase(input));
          neverThrows(() => safeApplyEvent(midPlanning, input));
          neverThrows(() => safeParseCaseFile(input));
          neverThrows(() => safeParsePolicy(input));
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'leave the case exactly as it was when an event fails',
    () => {
      const before = structuredClone(midPlanning);
      fc.assert(
        fc.property(mutatedEvent, (input) => {
          safeApplyEvent(midPlanning, input);
        }),
        { numRuns: RUNS },
      );
      expect(midPlanning).toEqual(before);
    },
    TIMEOUT,
  );
});

describe('the fuzzer itself', () => {
  it('produces events that are sometimes accepted, so it reaches past the first check', () => {
    const accepted = fc
      .sample(mutatedEvent, { numRuns: 500, seed: 42 })
      .filter((e) => safeParseCaseEvent(e).ok).length;
    expect(accepted).toBeGreaterThan(10);
  });
});
