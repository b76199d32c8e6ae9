import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/** One case file's JSON and where it came from, or why it could not be read. */
export interface CaseInput {
  /** 1-based line number in an NDJSON caseload; undefined for a single JSON document. */
  readonly line?: number;
  readonly json?: unknown;
  readonly syntaxError?: boolean;
}

type Parsed = { ok: true; json: unknown } | { ok: false };

const parse = (text: string): Parsed => {
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
};

/**
 * @internal Reads case files from a stream: NDJSON (one case file per line, streamed so memory
 * stays flat on a large caseload), or one JSON document spread over many lines. The first line
 * with content decides when it is valid JSON. When it is not, the input is held until its end:
 * if the whole of it is one JSON document, that is the case file; if not, and some line holds a
 * case file of its own, it is NDJSON with a broken first line and every line is reported on its
 * own (the bad ones as invalid), so one broken line never hides a caseload; otherwise it is one
 * broken document. Only that corner case holds the whole input in memory.
 */
export async function* readCases(stream: Readable): AsyncGenerator<CaseInput> {
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNo = 0;
  let sawContent = false;
  /** Every line since a first line that was not valid JSON, with its number. */
  let held: { line: number; text: string }[] | undefined;
  for await (const text of lines) {
    lineNo++;
    if (held) {
      held.push({ line: lineNo, text });
      continue;
    }
    if (text.trim() === '') continue;
    const first = !sawContent;
    sawContent = true;
    const parsed = parse(text);
    if (parsed.ok) yield { line: lineNo, json: parsed.json };
    else if (first) held = [{ line: lineNo, text }];
    else yield { line: lineNo, syntaxError: true };
  }
  if (!held) return;
  const whole = parse(held.map((l) => l.text).join('\n'));
  if (whole.ok) {
    yield { json: whole.json };
    return;
  }
  const perLine = held.filter((l) => l.text.trim() !== '').map((l) => ({ ...l, ...parse(l.text) }));
  if (!perLine.some(isCaseFileLine)) {
    yield { syntaxError: true };
    return;
  }
  for (const l of perLine)
    yield l.ok ? { line: l.line, json: l.json } : { line: l.line, syntaxError: true };
}

/**
 * A line that holds a case file of its own (an object with `schemaVersion` or `events`): what
 * tells NDJSON with a broken first line from one broken document spread over many lines, whose
 * lines may hold small objects (`{ "kind": "child" }`) but never a case file.
 */
const isCaseFileLine = (p: Parsed): boolean =>
  p.ok &&
  typeof p.json === 'object' &&
  p.json !== null &&
  !Array.isArray(p.json) &&
  (Object.hasOwn(p.json, 'schemaVersion') || Object.hasOwn(p.json, 'events'));
