import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/** One case file's JSON and where it came from, or why it could not be read. */
export interface CaseInput {
  /** 1-based line number in an NDJSON caseload; undefined for a single JSON document. */
  readonly line?: number;
  readonly json?: unknown;
  readonly syntaxError?: boolean;
}

/**
 * @internal Reads case files from a stream: NDJSON (one case file per line, streamed so memory
 * stays flat on a large caseload), or one JSON document spread over many lines (decided by
 * the first line with content).
 */
export async function* readCases(stream: Readable): AsyncGenerator<CaseInput> {
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNo = 0;
  let sawContent = false;
  let whole: string[] | undefined;
  for await (const line of lines) {
    lineNo++;
    if (whole) {
      whole.push(line);
      continue;
    }
    if (line.trim() === '') continue;
    const first = !sawContent;
    sawContent = true;
    try {
      yield { line: lineNo, json: JSON.parse(line) };
    } catch {
      if (first) whole = [line];
      else yield { line: lineNo, syntaxError: true };
    }
  }
  if (whole) {
    try {
      yield { json: JSON.parse(whole.join('\n')) };
    } catch {
      yield { syntaxError: true };
    }
  }
}
