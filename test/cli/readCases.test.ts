/**
 * Reading a caseload: each line judged on its own as NDJSON, one document over many lines, or a
 * broken first line told from a broken document, in any chunks, at any line length.
 */
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CaseRead,
  LINE_PARSE_LIMIT,
  LOOKAHEAD_LINES,
  readCases,
} from '../../src/cli/readCases.js';
import { safeParseCaseFile } from '../../src/lifecycle/persist.js';
import { workedExampleEvents } from '../../src/testing/index.js';
import { longCaseEvents } from '../fixtures/longCase.js';

const EXAMPLE = workedExampleEvents();
const RUNS = Number(process.env.YJPLAN_FUZZ_RUNS ?? 150);

async function read(chunks: (string | Buffer)[]): Promise<CaseRead[]> {
  const out: CaseRead[] = [];
  for await (const r of readCases(Readable.from(chunks))) out.push(r);
  return out;
}

/** A read as plain data, to compare. */
const plain = (r: CaseRead) =>
  r.syntax
    ? { line: r.line, syntax: true }
    : { line: r.line, file: r.file.ok ? r.file.value : r.file.error.toJSON() };

/** What a line says on its own: `JSON.parse`, then `safeParseCaseFile`. */
function ownLine(text: string, line: number) {
  try {
    const r = safeParseCaseFile(JSON.parse(text));
    return { line, file: r.ok ? r.value : r.error.toJSON() };
  } catch {
    return { line, syntax: true };
  }
}

const isCaseFileLine = (text: string) => {
  try {
    const j = JSON.parse(text);
    return (
      typeof j === 'object' &&
      j !== null &&
      !Array.isArray(j) &&
      (Object.hasOwn(j, 'schemaVersion') || Object.hasOwn(j, 'events'))
    );
  } catch {
    return false;
  }
};

/** Lines of a caseload: valid case files, damaged ones, blank lines, JSON that is not a case file. */
const caseLine = fc.oneof(
  fc
    .nat({ max: EXAMPLE.length - 1 })
    .map((n) => JSON.stringify({ schemaVersion: 1, events: EXAMPLE.slice(0, n + 1) })),
  fc.tuple(fc.nat({ max: 6 }), fc.nat()).map(([n, cut]) => {
    const text = JSON.stringify({ schemaVersion: 1, events: EXAMPLE.slice(0, n + 1) });
    return text.slice(0, cut % text.length);
  }),
  fc.constantFrom(
    '',
    '   ',
    '{}',
    '1',
    '[]',
    '{"schemaVersion":1',
    '{"schemaVersion":1,"events":[',
  ),
);

/** `text` cut into chunks at the given places. */
function chunked(text: string, at: number[]): string[] {
  const points = [...new Set(at.map((p) => p % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const p of points) {
    out.push(text.slice(from, p));
    from = p;
  }
  out.push(text.slice(from));
  return out.filter((c) => c !== '');
}

describe('reading a caseload', () => {
  it('judges every line on its own when the first line is JSON, or when a later line holds a case file', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(caseLine, { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        async (lines, at) => {
          const text = lines.join('\n');
          const content = lines
            .map((l, i) => ({ text: l, line: i + 1 }))
            .filter((l) => /[^ \t\r]/.test(l.text));
          const first = content[0];
          if (first === undefined) {
            expect(await read(chunked(text, at))).toEqual([]);
            return;
          }
          const firstIsJson = ownLine(first.text, first.line).syntax !== true;
          const later = content.slice(1).some((l) => isCaseFileLine(l.text));
          const got = (await read(chunked(text, at))).map(plain);
          if (firstIsJson || later) {
            expect(got).toEqual(content.map((l) => ownLine(l.text, l.line)));
            return;
          }
          // Neither: one document, whole or broken.
          let whole: unknown;
          try {
            whole = JSON.parse(text);
          } catch {
            expect(got).toHaveLength(1);
            expect(got[0]?.syntax).toBe(true);
            return;
          }
          const r = safeParseCaseFile(whole);
          expect(got).toEqual([{ line: undefined, file: r.ok ? r.value : r.error.toJSON() }]);
        },
      ),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('reads a document over many lines as one case file, in any chunks', async () => {
    const text = JSON.stringify({ schemaVersion: 1, events: EXAMPLE }, null, 2);
    const expected = safeParseCaseFile(JSON.parse(text));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 8 }), async (at) => {
        const got = await read(chunked(text, at));
        expect(got.map(plain)).toEqual([
          { line: undefined, file: expected.ok ? expected.value : undefined },
        ]);
      }),
      { numRuns: 30 },
    );
  }, 60_000);

  it('reads a line longer than 1 MiB in pieces, with the same judgement as a short one', async () => {
    const events = longCaseEvents(6000) as unknown as Record<string, unknown>[];
    const long = JSON.stringify({ schemaVersion: 1, events });
    expect(long.length).toBeGreaterThan(LINE_PARSE_LIMIT);
    const broken = JSON.stringify({ schemaVersion: 1, events: [...events.slice(0, -1), {}] });
    const got = await read(chunked(`${long}\n${broken}\n`, [65_536, 1_000_000, 2_500_000]));
    expect(got.map(plain)).toEqual([ownLine(long, 1), ownLine(broken, 2)]);
  }, 60_000);

  it('takes a broken first line without a case file in the next 1,000 lines for a broken document, and stops there', async () => {
    const doc = JSON.stringify({ schemaVersion: 1, events: EXAMPLE }, null, 2).split('\n');
    // Broken at line 3; then far more than 1,000 lines, none a case file of its own.
    const lines = [
      ...doc.slice(0, 2),
      '  nonsense',
      ...Array(LOOKAHEAD_LINES + 10).fill('  "x": 1,'),
    ];
    let served = 0;
    const source = Readable.from(
      (function* () {
        for (const l of [...lines, ...Array(100_000).fill('  "y": 2,')]) {
          served++;
          yield `${l}\n`;
        }
      })(),
    );
    const out: CaseRead[] = [];
    for await (const r of readCases(source)) out.push(r);
    expect(out).toEqual([{ line: 3, syntax: true }]);
    expect(served).toBeLessThan(lines.length + 1000);
  });

  it('ignores a byte-order mark at the start, and decodes bytes split between chunks', async () => {
    const events = structuredClone(EXAMPLE) as unknown as { payload: Record<string, unknown> }[];
    const text = `\ufeff${JSON.stringify({ schemaVersion: 1, events })}\n`;
    const bytes = Buffer.from(text, 'utf8');
    // Cut inside the three bytes of the mark, and inside every other multi-byte character.
    const cuts = [1, 2];
    for (let i = 3; i < bytes.length; i++)
      if (bytes[i] !== undefined && (bytes[i] as number) >= 0x80) cuts.push(i);
    const chunks: Buffer[] = [];
    let from = 0;
    for (const c of cuts) {
      chunks.push(bytes.subarray(from, c));
      from = c;
    }
    chunks.push(bytes.subarray(from));
    const got = await read(chunks);
    expect(got.map(plain)).toEqual([ownLine(text.slice(1, -1), 1)]);
    expect(got[0]?.syntax ? false : got[0]?.file.ok).toBe(true);
  });
});
