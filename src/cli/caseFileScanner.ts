import type { Result } from '../errors/result.js';
import type { YjplanError } from '../errors/YjplanError.js';
import {
  type CaseFile,
  type CaseFileEvents,
  caseFileEvents,
  envelopeError,
} from '../lifecycle/persist.js';

/** What a scan found: text that is not one JSON value, or one value judged as a case file. */
export type ScanOutcome =
  | { readonly syntax: true; readonly line: number }
  | {
      readonly syntax: false;
      /** An object with `schemaVersion` or `events`: what tells a caseload's line from other JSON. */
      readonly caseFileLike: boolean;
      readonly file: Result<CaseFile>;
    };

// Lexical states.
const VALUE = 0;
const ARRAY_START = 1;
const OBJECT_START = 2;
const KEY = 3;
const COLON = 4;
const AFTER_VALUE = 5;
const STRING = 6;
const ESCAPE = 7;
const UNICODE = 8;
const NUMBER = 9;
const LITERAL = 10;
const DONE = 11;
const ERROR = 12;

// Number states: after '-', after a leading 0, in the integer, after '.', in the fraction,
// after 'e', after the exponent's sign, in the exponent.
const N_MINUS = 0;
const N_ZERO = 1;
const N_INT = 2;
const N_DOT = 3;
const N_FRAC = 4;
const N_E = 5;
const N_ESIGN = 6;
const N_EXP = 7;
const NUMBER_MAY_END = [false, true, true, false, true, false, false, true];

const OBJECT = 1;
const ARRAY = 2;

/** The characters that end a run of plain string content. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON forbids raw control characters in strings; this finds them.
const STRING_SPECIAL = /["\\\u0000-\u001f]/g;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (c: number) =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/** A value of the same JSON kind as one starting with `c`, for the case file's envelope. */
function standIn(c: number): unknown {
  if (c === 0x7b) return {};
  if (c === 0x5b) return [];
  if (c === 0x22) return '';
  if (c === 0x74) return true;
  if (c === 0x66) return false;
  if (c === 0x6e) return null;
  return 0;
}

/** A stand-in for a value longer than {@link MAX_VALUE_CHARS}: a long string is not empty. */
const longStandIn = (c: number) => (c === 0x22 ? 'x' : standIn(c));

/**
 * @internal The longest JSON text of one event (or of the file's `schemaVersion`) that is
 * parsed: 4 MiB, some forty times a long plan version. Parsing builds an object per value, so a
 * longer event of tiny values could take hundreds of times its length in memory.
 */
export const MAX_VALUE_CHARS = 4 * 1024 * 1024;

const eventTooLong = {
  code: 'too_big',
  message: 'An event longer than 4 MiB of JSON is not read',
} as const;

/** Defines an own property, as `JSON.parse` does (a key `__proto__` included). */
const define = (o: object, key: string, value: unknown) =>
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });

/**
 * @internal Reads one JSON value given in pieces and judges it as a case file, without building
 * it whole: each event is parsed and validated on its own as soon as its text ends, and once the
 * file is known to be invalid with the list of issues full, later events are only counted. The
 * answer is the one `safeParseCaseFile(JSON.parse(text))` gives; memory is that of one event plus
 * the valid events kept, however long the text. Lines are counted from `firstLine`.
 */
export class CaseFileScanner {
  private line: number;
  private lastContentLine: number;
  private errorLine = 0;
  private state = VALUE;
  private stack = new Uint8Array(64);
  private depth = 0;
  private stringIsKey = false;
  private unicodeLeft = 0;
  private numberState = N_MINUS;
  private literal = '';
  private literalAt = 0;
  private text = '';
  /** Where the text being kept begins in the current piece (-1: nothing is kept). */
  private captureStart = -1;
  private readonly captured: string[] = [];
  private capturedLength = 0;
  /** The value being kept grew past {@link MAX_VALUE_CHARS}: it is dropped, not parsed. */
  private overflow = false;
  private captureLimit = Number.POSITIVE_INFINITY;
  private captureKind = 0;
  // The root value and, when it is an object, its envelope and events.
  private rootStart = -1;
  /** The root value when it is neither an object nor an array (or a stand-in of its kind). */
  private root: unknown;
  private envelope: Record<string, unknown> | undefined;
  private key = '';
  private inEvents = false;
  private eventCount = 0;
  private events: CaseFileEvents | undefined;

  constructor(firstLine = 1) {
    this.line = firstLine;
    this.lastContentLine = firstLine;
  }

  /** Whether the text so far can still begin (or be) one JSON value. */
  get alive(): boolean {
    return this.state !== ERROR;
  }

  /** Whether the text so far is one whole JSON value (whitespace may follow). */
  get complete(): boolean {
    return this.state === DONE;
  }

  /** Reads the next piece of the text. */
  feed(text: string): void {
    if (this.state === ERROR) return;
    this.text = text;
    this.scan(text);
    if (this.captureStart >= 0) {
      this.keep(text.length - this.captureStart);
      if (!this.overflow) this.captured.push(text.slice(this.captureStart));
      this.captureStart = 0;
    }
    this.text = '';
  }

  /** The judgement, once all the text has been read. */
  end(): ScanOutcome {
    if (this.state === NUMBER && this.depth === 0 && NUMBER_MAY_END[this.numberState]) {
      this.valueEnded(0);
      this.state = DONE;
    }
    if (this.state === ERROR) return { syntax: true, line: this.errorLine };
    if (this.state !== DONE) return { syntax: true, line: this.lastContentLine };
    if (this.envelope === undefined) {
      const root = this.rootStart === 0x5b ? [] : this.root;
      const error = envelopeError(root) as YjplanError;
      return { syntax: false, caseFileLike: false, file: { ok: false, error } };
    }
    const envelope = this.envelope;
    const caseFileLike =
      Object.hasOwn(envelope, 'schemaVersion') || Object.hasOwn(envelope, 'events');
    const error = envelopeError(envelope);
    if (error) return { syntax: false, caseFileLike, file: { ok: false, error } };
    return { syntax: false, caseFileLike, file: (this.events ?? caseFileEvents()).result() };
  }

  private fail(): void {
    this.state = ERROR;
    this.errorLine = this.line;
    this.captureStart = -1;
    this.captured.length = 0;
    this.events = undefined;
  }

  /** Keys are read only where they matter: the case file's own (the root object's). */
  private capturesKeys(): boolean {
    return this.depth === 1 && this.envelope !== undefined;
  }

  /** Starts keeping the text from `at` (a key, or a value of kind `c` up to `limit` characters). */
  private startCapture(at: number, c = 0, limit = Number.POSITIVE_INFINITY): void {
    this.captureStart = at;
    this.captured.length = 0;
    this.capturedLength = 0;
    this.overflow = false;
    this.captureLimit = limit;
    this.captureKind = c;
  }

  /** Counts `n` more characters kept; past the limit, what was kept is dropped. */
  private keep(n: number): void {
    this.capturedLength += n;
    if (this.capturedLength > this.captureLimit && !this.overflow) {
      this.overflow = true;
      this.captured.length = 0;
    }
  }

  /** The value kept, parsed, ending just before `end`; undefined when it was too long. */
  private endCapture(end: number): { value: unknown } | undefined {
    this.keep(end - this.captureStart);
    const whole = this.overflow
      ? undefined
      : this.captured.join('') + this.text.slice(this.captureStart, end);
    this.captureStart = -1;
    this.captured.length = 0;
    return whole === undefined ? undefined : { value: JSON.parse(whole) };
  }

  /** A value begins at `at` with character `c`, inside `depth` open containers. */
  private valueStarted(c: number, at: number): void {
    const depth = this.depth;
    if (depth === 0) {
      this.rootStart = c;
      if (c === 0x7b) this.envelope = {};
      else if (c !== 0x5b) this.startCapture(at, c, MAX_VALUE_CHARS);
      return;
    }
    if (this.envelope === undefined) return;
    if (depth === 1) {
      if (this.key === 'events') {
        this.inEvents = c === 0x5b;
        this.eventCount = 0;
        // As in JSON.parse, the last `events` of an object is the one that counts.
        this.events = this.inEvents ? caseFileEvents() : undefined;
        define(this.envelope, 'events', c === 0x5b ? [] : undefined);
        if (!this.inEvents) this.startCapture(at, c, MAX_VALUE_CHARS);
      } else if (this.key === 'schemaVersion') {
        if (c === 0x7b || c === 0x5b) define(this.envelope, 'schemaVersion', standIn(c));
        else this.startCapture(at, c, MAX_VALUE_CHARS);
      } else define(this.envelope, this.key, null);
      return;
    }
    if (depth === 2 && this.inEvents) {
      this.eventCount++;
      if (this.events?.wanted) this.startCapture(at, c, MAX_VALUE_CHARS);
    }
  }

  /** The value that began at `depth` ends just before `end`. */
  private valueEnded(end: number): void {
    const depth = this.depth;
    if (depth === 0 && this.captureStart >= 0) {
      const kept = this.endCapture(end);
      this.root = kept ? kept.value : longStandIn(this.rootStart);
    }
    if (this.envelope === undefined || depth === 0) return;
    if (depth === 2 && this.inEvents) {
      if (this.captureStart < 0) {
        this.events?.skip();
        return;
      }
      const kept = this.endCapture(end);
      if (kept) this.events?.add(kept.value);
      else this.events?.reject(eventTooLong);
    } else if (depth === 1) {
      if (this.captureStart >= 0) {
        const kind = this.captureKind;
        const kept = this.endCapture(end);
        define(this.envelope, this.key, kept ? kept.value : longStandIn(kind));
      } else if (this.key === 'events' && this.inEvents) {
        define(this.envelope, 'events', this.eventCount > 0 ? [null] : []);
        this.inEvents = false;
      }
    }
  }

  private push(kind: number): void {
    if (this.depth === this.stack.length) {
      const bigger = new Uint8Array(this.stack.length * 2);
      bigger.set(this.stack);
      this.stack = bigger;
    }
    this.stack[this.depth++] = kind;
  }

  /** Closes the innermost container at `at`. */
  private close(at: number): void {
    this.depth--;
    this.valueEnded(at + 1);
    this.state = this.depth > 0 ? AFTER_VALUE : DONE;
  }

  private scan(text: string): void {
    const n = text.length;
    let i = 0;
    while (i < n) {
      const state = this.state;
      if (state === STRING) {
        STRING_SPECIAL.lastIndex = i;
        const m = STRING_SPECIAL.exec(text);
        if (m === null) return;
        i = m.index;
        const c = text.charCodeAt(i);
        if (c === 0x22) {
          if (this.stringIsKey) {
            if (this.capturesKeys()) this.key = this.endCapture(i + 1)?.value as string;
            this.state = COLON;
          } else {
            this.valueEnded(i + 1);
            this.state = this.depth > 0 ? AFTER_VALUE : DONE;
          }
        } else if (c === 0x5c) this.state = ESCAPE;
        else {
          this.fail();
          return;
        }
        i++;
        continue;
      }
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d) {
        if (state === NUMBER) {
          this.endNumber(i);
          if (this.state === ERROR) return;
          continue;
        }
        if (state === ESCAPE || state === UNICODE || state === LITERAL) {
          this.fail();
          return;
        }
        if (c === 0x0a) this.line++;
        i++;
        continue;
      }
      this.lastContentLine = this.line;
      switch (state) {
        case VALUE:
        case ARRAY_START:
          if (state === ARRAY_START && c === 0x5d) {
            this.close(i);
            break;
          }
          if (c === 0x7b) {
            this.valueStarted(c, i);
            this.push(OBJECT);
            this.state = OBJECT_START;
          } else if (c === 0x5b) {
            this.valueStarted(c, i);
            this.push(ARRAY);
            this.state = ARRAY_START;
          } else if (c === 0x22) {
            this.valueStarted(c, i);
            this.stringIsKey = false;
            this.state = STRING;
          } else if (c === 0x2d || isDigit(c)) {
            this.valueStarted(c, i);
            this.numberState = c === 0x2d ? N_MINUS : c === 0x30 ? N_ZERO : N_INT;
            this.state = NUMBER;
          } else if (c === 0x74 || c === 0x66 || c === 0x6e) {
            this.valueStarted(c, i);
            this.literal = c === 0x74 ? 'true' : c === 0x66 ? 'false' : 'null';
            this.literalAt = 1;
            this.state = LITERAL;
          } else {
            this.fail();
            return;
          }
          break;
        case OBJECT_START:
        case KEY:
          if (state === OBJECT_START && c === 0x7d) {
            this.close(i);
            break;
          }
          if (c !== 0x22) {
            this.fail();
            return;
          }
          this.stringIsKey = true;
          if (this.capturesKeys()) this.startCapture(i);
          this.state = STRING;
          break;
        case COLON:
          if (c !== 0x3a) {
            this.fail();
            return;
          }
          if (
            this.depth === 1 &&
            this.envelope !== undefined &&
            !Object.hasOwn(this.envelope, this.key)
          )
            define(this.envelope, this.key, undefined);
          this.state = VALUE;
          break;
        case AFTER_VALUE: {
          const top = this.stack[this.depth - 1];
          if (c === 0x2c) this.state = top === OBJECT ? KEY : VALUE;
          else if ((c === 0x7d && top === OBJECT) || (c === 0x5d && top === ARRAY)) this.close(i);
          else {
            this.fail();
            return;
          }
          break;
        }
        case ESCAPE:
          if (c === 0x75) {
            this.unicodeLeft = 4;
            this.state = UNICODE;
          } else if (
            c === 0x22 ||
            c === 0x5c ||
            c === 0x2f ||
            c === 0x62 ||
            c === 0x66 ||
            c === 0x6e ||
            c === 0x72 ||
            c === 0x74
          )
            this.state = STRING;
          else {
            this.fail();
            return;
          }
          break;
        case UNICODE:
          if (!isHex(c)) {
            this.fail();
            return;
          }
          if (--this.unicodeLeft === 0) this.state = STRING;
          break;
        case NUMBER:
          if (!this.numberChar(c)) {
            this.endNumber(i);
            if (this.state === ERROR) return;
            continue;
          }
          break;
        case LITERAL:
          if (c !== this.literal.charCodeAt(this.literalAt)) {
            this.fail();
            return;
          }
          if (++this.literalAt === this.literal.length) {
            this.valueEnded(i + 1);
            this.state = this.depth > 0 ? AFTER_VALUE : DONE;
          }
          break;
        default:
          this.fail();
          return;
      }
      if (this.state === ERROR) return;
      i++;
    }
  }

  /** Moves the number on by `c`; false when `c` cannot continue it. */
  private numberChar(c: number): boolean {
    const s = this.numberState;
    if (isDigit(c)) {
      if (s === N_ZERO) return false;
      this.numberState =
        s === N_MINUS
          ? c === 0x30
            ? N_ZERO
            : N_INT
          : s === N_DOT
            ? N_FRAC
            : s <= N_EXP && s >= N_E
              ? N_EXP
              : s;
      return true;
    }
    if (c === 0x2e && (s === N_ZERO || s === N_INT)) {
      this.numberState = N_DOT;
      return true;
    }
    if ((c === 0x65 || c === 0x45) && (s === N_ZERO || s === N_INT || s === N_FRAC)) {
      this.numberState = N_E;
      return true;
    }
    if ((c === 0x2b || c === 0x2d) && s === N_E) {
      this.numberState = N_ESIGN;
      return true;
    }
    return false;
  }

  /** The number ends before `at`: the character there is read again after it. */
  private endNumber(at: number): void {
    if (!NUMBER_MAY_END[this.numberState]) {
      this.fail();
      return;
    }
    this.valueEnded(at);
    this.state = this.depth > 0 ? AFTER_VALUE : DONE;
  }
}
