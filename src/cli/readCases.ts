import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { Result } from '../errors/result.js';
import { type CaseFile, safeParseCaseFile } from '../lifecycle/persist.js';
import { CaseFileScanner, type ScanOutcome } from './caseFileScanner.js';

/**
 * One case file read from the input: where it starts, and either that it is not valid JSON or
 * what validating it found.
 */
export type CaseRead =
  | { readonly line?: number; readonly syntax: true }
  | { readonly line?: number; readonly syntax?: false; readonly file: Result<CaseFile> };

/**
 * @internal A line longer than this (1 MiB) is read in pieces by a {@link CaseFileScanner};
 * shorter ones are handed to `JSON.parse`, which is faster and can build nothing large.
 */
export const LINE_PARSE_LIMIT = 1024 * 1024;

/**
 * @internal After a first line that is not valid JSON, how many lines may pass without one that
 * holds a case file of its own before the input is no longer taken for a caseload.
 */
export const LOOKAHEAD_LINES = 1000;

const BOM = 0xfeff;
/** A character that is not JSON whitespace. */
const CONTENT = /[^ \t\r]/;
/** What a whole JSON value on one line can start with. */
const VALUE_START = /^[ \t\r]*[{["\-0-9tfn]/;

const CONTENT_END_SKIP = new Set([0x20, 0x09, 0x0d]);
const VALUE_ENDS = new Set([...'}]"0123456789el'].map((c) => c.charCodeAt(0)));

/** Whether the line's last character that is not whitespace can end a JSON value. */
function mayEndValue(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CONTENT_END_SKIP.has(text.charCodeAt(i))) i--;
  return i >= 0 && VALUE_ENDS.has(text.charCodeAt(i));
}

/** One line's own judgement, read whole (`JSON.parse`): what a scanner would say of it. */
function parseLine(text: string): ScanOutcome {
  if (!VALUE_START.test(text) || !mayEndValue(text)) return { syntax: true, line: 0 };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { syntax: true, line: 0 };
  }
  const caseFileLike =
    typeof json === 'object' &&
    json !== null &&
    !Array.isArray(json) &&
    (Object.hasOwn(json, 'schemaVersion') || Object.hasOwn(json, 'events'));
  return { syntax: false, caseFileLike, file: safeParseCaseFile(json) };
}

/** The text of one line, kept whole while short, read by a scanner once long. */
class LineText {
  private readonly pieces: string[] = [];
  private length = 0;
  private scanner: CaseFileScanner | undefined;
  hasContent = false;

  constructor(readonly line: number) {}

  add(piece: string): void {
    if (!this.hasContent && CONTENT.test(piece)) this.hasContent = true;
    if (this.scanner) {
      this.scanner.feed(piece);
      return;
    }
    this.pieces.push(piece);
    this.length += piece.length;
    if (this.length <= LINE_PARSE_LIMIT) return;
    this.scanner = new CaseFileScanner(this.line);
    for (const p of this.pieces) this.scanner.feed(p);
    this.pieces.length = 0;
  }

  outcome(): ScanOutcome {
    const r = this.scanner ? this.scanner.end() : parseLine(this.pieces.join(''));
    return r.syntax ? { syntax: true, line: this.line } : r;
  }

  /**
   * The first line's reading as the start of a document: its own judgement when it is one whole
   * JSON value, or else the scanner to read the rest of the document with (already fed this line).
   */
  asDocument(): { own: ScanOutcome } | { doc: CaseFileScanner } {
    if (this.scanner)
      return this.scanner.complete ? { own: this.outcome() } : { doc: this.scanner };
    const text = this.pieces.join('');
    const own = parseLine(text);
    if (!own.syntax) return { own };
    const doc = new CaseFileScanner(this.line);
    doc.feed(text);
    return { doc };
  }
}

/**
 * @internal Turns the input, line by line, into case files: NDJSON (one case file per line) or
 * one JSON document over many lines. The first line decides when it is valid JSON on its own:
 * then it is NDJSON. When it is not, both readings stay open: the document is read in pieces
 * while each later line is also judged on its own. The first line that holds a case file of its
 * own makes it NDJSON (the lines before it are reported one by one); the document wins if it
 * ends whole; if it breaks and no such line comes within {@link LOOKAHEAD_LINES}, it is one
 * broken document, reported at the line where it broke. Nothing is held but the lines' own
 * judgements while undecided, so memory stays flat at any size.
 */
class CaseReader {
  private mode: 'start' | 'ndjson' | 'undecided' | 'stopped' = 'start';
  private lineNo = 1;
  private current: LineText | undefined = new LineText(1);
  /** The input read as one document, from its first line on, while it may still be one. */
  private doc: CaseFileScanner | undefined;
  private deathLine = 0;
  private pending: CaseRead[] = [];
  private lookahead = true;
  private first = true;
  readonly out: CaseRead[] = [];

  get stopped(): boolean {
    return this.mode === 'stopped';
  }

  /** The next piece of the input's text. */
  read(chunk: string): void {
    let text = chunk;
    if (this.first && text.length > 0) {
      this.first = false;
      if (text.charCodeAt(0) === BOM) text = text.slice(1);
    }
    let from = 0;
    while (from < text.length && this.mode !== 'stopped') {
      const nl = text.indexOf('\n', from);
      const end = nl < 0 ? text.length : nl;
      if (end > from) this.piece(text.slice(from, end));
      if (nl < 0) return;
      this.doc?.feed('\n');
      this.lineEnded();
      from = nl + 1;
    }
  }

  /** The end of the input. */
  end(): void {
    if (this.mode === 'stopped') return;
    if (this.current?.hasContent) this.lineEnded();
    if (this.mode !== 'undecided') return;
    const doc = this.doc?.end();
    if (doc && !doc.syntax) this.out.push({ file: doc.file });
    else this.out.push({ line: doc?.line ?? this.deathLine, syntax: true });
  }

  private piece(text: string): void {
    this.doc?.feed(text);
    if (this.mode !== 'undecided' || this.lookahead) this.current?.add(text);
  }

  private lineEnded(): void {
    const line = this.current as LineText;
    this.lineNo++;
    this.current = new LineText(this.lineNo);
    if (this.mode === 'undecided') this.undecidedLineEnded(line);
    else if (!line.hasContent) return;
    else if (this.mode === 'start') this.firstLineEnded(line);
    else if (this.mode === 'ndjson') this.emit(line.line, line.outcome());
  }

  /**
   * The first line with content: NDJSON if it is one whole JSON value (a case file on one line
   * is the common case, parsed once); otherwise the start of a document, or a broken line.
   */
  private firstLineEnded(line: LineText): void {
    const first = line.asDocument();
    if ('own' in first) {
      this.mode = 'ndjson';
      this.emit(line.line, first.own);
      return;
    }
    this.mode = 'undecided';
    this.doc = first.doc;
    this.doc.feed('\n');
    this.pending.push({ line: line.line, syntax: true });
    this.checkDocument();
  }

  private undecidedLineEnded(line: LineText): void {
    this.checkDocument();
    if (this.lookahead && line.hasContent) {
      const own = line.outcome();
      if (!own.syntax && own.caseFileLike) {
        // A case file on a line of its own: this is a caseload.
        this.out.push(...this.pending);
        this.pending = [];
        this.mode = 'ndjson';
        this.doc = undefined;
        this.emit(line.line, own);
        return;
      }
      this.pending.push(
        own.syntax ? { line: line.line, syntax: true } : { line: line.line, file: own.file },
      );
      if (this.pending.length > LOOKAHEAD_LINES) {
        this.lookahead = false;
        this.pending = [];
      }
    }
    if (!this.lookahead && this.doc === undefined) {
      this.out.push({ line: this.deathLine, syntax: true });
      this.mode = 'stopped';
    }
  }

  /** Drops the document reading once the text is no longer one JSON value. */
  private checkDocument(): void {
    if (this.doc === undefined || this.doc.alive) return;
    const r = this.doc.end();
    if (r.syntax) this.deathLine = r.line;
    this.doc = undefined;
  }

  private emit(line: number, r: ScanOutcome): void {
    this.out.push(r.syntax ? { line, syntax: true } : { line, file: r.file });
  }
}

/**
 * @internal Reads case files from a stream of text (a UTF-8 byte-order mark at its start is
 * ignored): NDJSON, one case file per line, streamed so memory stays flat on a large caseload,
 * or one JSON document spread over many lines. See {@link CaseReader} for how a broken first
 * line is told from a broken document. Each case file is validated as it is read; a long line
 * or document is read in pieces, so one with a million bad events costs what one with a hundred
 * does. Stops reading once the answer is known (one broken document).
 */
export async function* readCases(stream: Readable): AsyncGenerator<CaseRead> {
  const reader = new CaseReader();
  const decoder = new StringDecoder('utf8');
  try {
    for await (const chunk of stream) {
      reader.read(typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer));
      yield* reader.out.splice(0);
      if (reader.stopped) return;
    }
    reader.read(decoder.end());
    reader.end();
    yield* reader.out.splice(0);
  } finally {
    stream.destroy();
  }
}
