/**
 * The scanner reads a case file in pieces without building it whole; its answers must be those
 * of `JSON.parse` followed by `safeParseCaseFile`, for any text, however it is cut into pieces.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaseFileScanner, type ScanOutcome } from '../../src/cli/caseFileScanner.js';
import { safeParseCaseFile } from '../../src/lifecycle/persist.js';
import { workedExampleEvents } from '../../src/testing/index.js';

const EXAMPLE = workedExampleEvents();
/** Runs of the damaged-text property; raise with YJPLAN_FUZZ_RUNS for a deeper search. */
const RUNS = Number(process.env.YJPLAN_FUZZ_RUNS ?? 1000);

/** What `JSON.parse` and the library say of a text, in the scanner's terms. */
function reference(text: string) {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { syntax: true };
  }
  const isObject = typeof json === 'object' && json !== null && !Array.isArray(json);
  const r = safeParseCaseFile(json);
  return {
    syntax: false,
    caseFileLike:
      isObject &&
      (Object.hasOwn(json as object, 'schemaVersion') || Object.hasOwn(json as object, 'events')),
    file: r.ok ? { ok: true, value: r.value } : { ok: false, error: r.error.toJSON() },
  };
}

/** The scanner's answer for `text` read in the given pieces. */
function scanned(pieces: readonly string[]) {
  const scanner = new CaseFileScanner();
  for (const piece of pieces) scanner.feed(piece);
  const out: ScanOutcome = scanner.end();
  if (out.syntax) return { syntax: true };
  return {
    syntax: false,
    caseFileLike: out.caseFileLike,
    file: out.file.ok
      ? { ok: true, value: out.file.value }
      : { ok: false, error: out.file.error.toJSON() },
  };
}

/** `text` cut at the given positions. */
const cut = (text: string, at: number[]) => {
  const points = [...new Set(at.map((p) => p % (text.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const p of points) {
    pieces.push(text.slice(from, p));
    from = p;
  }
  pieces.push(text.slice(from));
  return pieces;
};

/** Case files, nearly case files and other JSON, written compactly or spread over lines. */
const caseFileish = fc.oneof(
  fc.constant({ schemaVersion: 1, events: EXAMPLE }),
  fc
    .tuple(fc.nat({ max: EXAMPLE.length }), fc.jsonValue({ maxDepth: 3 }))
    .map(([i, junk]) => ({ schemaVersion: 1, events: [...EXAMPLE.slice(0, i), junk] })),
  fc.record(
    {
      schemaVersion: fc.oneof(fc.constant(1), fc.jsonValue({ maxDepth: 1 })),
      events: fc.oneof(
        fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
        fc.jsonValue({ maxDepth: 1 }),
      ),
      extra: fc.jsonValue({ maxDepth: 1 }),
    },
    { requiredKeys: [] },
  ),
  fc.jsonValue({ maxDepth: 3 }),
);

const asText = fc
  .tuple(caseFileish, fc.constantFrom(undefined, 0, 2, '\t'))
  .map(([value, space]) => JSON.stringify(value, null, space) ?? 'null');

/** A text broken the way files break: cut short, a character changed, one added or removed. */
const damaged = fc
  .tuple(asText, fc.nat(), fc.constantFrom('', ',', '}', ']', '"', '\n', 'x', '0', '-', '\\', ' '))
  .chain(([text, at, ch]) =>
    fc.constantFrom(
      text.slice(0, at % (text.length + 1)),
      text.slice(0, at % (text.length + 1)) + ch + text.slice(at % (text.length + 1)),
      text.slice(0, at % (text.length + 1)) + ch + text.slice((at % (text.length + 1)) + 1),
    ),
  );

describe('the case file scanner', () => {
  it('judges any JSON text as JSON.parse and safeParseCaseFile do', () => {
    fc.assert(
      fc.property(asText, fc.array(fc.nat(), { maxLength: 6 }), (text, at) => {
        expect(scanned(cut(text, at))).toEqual(reference(text));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it(
    'tells valid JSON from broken text exactly as JSON.parse does, in any pieces',
    () => {
      fc.assert(
        fc.property(damaged, fc.array(fc.nat(), { maxLength: 4 }), (text, at) => {
          expect(scanned(cut(text, at))).toEqual(reference(text));
        }),
        { numRuns: RUNS },
      );
    },
    10_000 + RUNS * 20,
  );

  it('agrees with JSON.parse on the corners of the grammar', () => {
    const texts = [
      '',
      ' ',
      '0',
      '-0',
      '01',
      '-',
      '1.',
      '.5',
      '1e',
      '1e+',
      '1E-7',
      '2.5e10',
      'tru',
      'true',
      'nul',
      'null ',
      '"\\u00e9"',
      '"\\u00g9"',
      '"\\x"',
      '"a\tb"',
      '"a\u2028b"',
      '[1,]',
      '{"a":1,}',
      '{"a" 1}',
      '{,}',
      '[]',
      '{}',
      '[[[]]]',
      '{"schemaVersion":1,"events":[]}',
      '{"schemaVersion":1,"events":[],"events":[{}]}',
      '{"events":[{}],"events":5,"schemaVersion":1}',
      '{"__proto__":1,"schemaVersion":1,"events":[{}]}',
      '{"schemaVersion":1.0,"events":[{"type":"nope"}]}',
      '{"schema\\u0056ersion":1,"events":[{}]}',
      '{"schemaVersion":{"a":[1]},"events":{}}',
      '{"schemaVersion":1,"events":{"length":0}}',
      '{"schemaVersion":"","events":""}',
      '{"1":0,"schemaVersion":1,"events":[1]} ',
      '{} {}',
      '\ufeff{}',
    ];
    for (const text of texts) {
      expect([text, scanned([text])]).toEqual([text, reference(text)]);
    }
  });

  it('names the line on which the text stops being JSON', () => {
    const scan = (text: string, firstLine = 1) => {
      const s = new CaseFileScanner(firstLine);
      s.feed(text);
      return s.end();
    };
    expect(scan('{\n  "schemaVersion": 1,\n  x\n}')).toEqual({ syntax: true, line: 3 });
    expect(scan('{\n  "a": "b\n"}')).toEqual({ syntax: true, line: 2 });
    expect(scan('{"a":\n\n[1,\n', 10)).toEqual({ syntax: true, line: 12 });
  });

  it('refuses to parse an event longer than 4 MiB of JSON, and reads on', {
    timeout: 60_000,
  }, () => {
    const scanner = new CaseFileScanner();
    scanner.feed('{"schemaVersion":1,"events":[{"payload":[');
    for (let i = 0; i < 1100; i++) scanner.feed('{},'.repeat(1300));
    scanner.feed('{}]},{}]}');
    const out = scanner.end();
    const issues = !out.syntax && !out.file.ok ? out.file.error.issues : [];
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [['events', 0], 'too_big'],
      [['events', 1, 'type'], 'invalid_union'],
    ]);
  });

  it('stops validating a file of a million empty events after 100 issues, and counts the rest', {
    timeout: 60_000,
  }, () => {
    const scanner = new CaseFileScanner();
    scanner.feed('{"schemaVersion":1,"events":[{}');
    for (let i = 0; i < 1000; i++) scanner.feed(',{}'.repeat(1000));
    scanner.feed(']}');
    const out = scanner.end();
    expect(out.syntax).toBe(false);
    const error = !out.syntax && !out.file.ok ? out.file.error : undefined;
    expect(error?.issues).toHaveLength(101);
    expect(error?.issues.at(-1)).toEqual({
      path: ['events'],
      code: 'too_many_issues',
      message: 'Events 100 to 1,000,000 (999,901) were not validated',
    });
  });
});
