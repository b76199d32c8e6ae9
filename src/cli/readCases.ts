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
 * A line that holds a whole JSON object with at least one key: an NDJSON case file. A
 * pretty-printed document never has one (it writes each key on a line of its own).
 */
const isObjectLine = (p: Parsed): boolean =>
  p.ok &&
  typeof p.json === 'object' &&
  p.json !== null &&
  !Array.isArray(p.json) &&
  Object.keys(p.json).length > 0;

/**
 * @internal Reads case files from a stream: NDJSON (one case file per line, streamed so memory
 * stays flat on a large caseload), or one JSON document spread over many lines. The first line
 * with content decides, unless it is not valid JSON: then the input is one document, until a
 * later line turns out to be a case file of its own. From that line on it is NDJSON, and the
 * lines before it are reported one by one (the bad first line as invalid), so one broken line
 * never hides a caseload.
 */
export async function* readCases(stream: Readable): AsyncGenerator<CaseInput> {
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNo = 0;
  let sawContent = false;
  /** The lines of a document spread over many lines, with their numbers, while it is one. */
  let whole: { line: number; text: string }[] | undefined;
  for await (const text of lines) {
    lineNo++;
    if (whole) {
      const parsed = text.trim() === '' ? undefined : parse(text);
      if (!parsed || !isObjectLine(parsed)) {
        whole.push({ line: lineNo, text });
        continue;
      }
      // A case file on a line of its own: this is NDJSON after all.
      for (const held of whole) {
        if (held.text.trim() === '') continue;
        const p = parse(held.text);
        yield p.ok ? { line: held.line, json: p.json } : { line: held.line, syntaxError: true };
      }
      whole = undefined;
      yield { line: lineNo, json: (parsed as { json: unknown }).json };
      continue;
    }
    if (text.trim() === '') continue;
    const first = !sawContent;
    sawContent = true;
    const parsed = parse(text);
    if (parsed.ok) yield { line: lineNo, json: parsed.json };
    else if (first) whole = [{ line: lineNo, text }];
    else yield { line: lineNo, syntaxError: true };
  }
  if (whole) {
    const p = parse(whole.map((l) => l.text).join('\n'));
    yield p.ok ? { json: p.json } : { syntaxError: true };
  }
}
