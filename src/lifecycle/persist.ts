import * as z from 'zod';
import type { Immutable } from '../_lib/immutable.js';
import { errorFromZod, zodIssues } from '../errors/fromZod.js';
import { failureMessage, MAX_ISSUES } from '../errors/issueList.js';
import { libraryParseOptions } from '../errors/messages.js';
import { err, ok, type Result } from '../errors/result.js';
import { YjplanError, type YjplanIssue } from '../errors/YjplanError.js';
import { type CaseEvent, CaseEventSchema } from './events/index.js';
import { checkEvent, expectEvents, unknownTypeIssue } from './parse.js';
import { readCaseOrThrow } from './readCase.js';
import { safeReplay } from './replay.js';
import type { CaseState } from './state.js';

/**
 * The schema version this library writes.
 *
 * @example
 * JSON.parse(serializeCase(state)).schemaVersion === CASE_FILE_SCHEMA_VERSION; // true
 */
export const CASE_FILE_SCHEMA_VERSION = 1;

/**
 * A case on disk: `{ "schemaVersion": 1, "events": [...] }`. A caseload is NDJSON, one case file
 * per line.
 *
 * @example
 * CaseFileSchema.parse(JSON.parse(text)).events.length;
 */
export const CaseFileSchema: z.ZodObject<
  {
    schemaVersion: z.ZodLiteral<typeof CASE_FILE_SCHEMA_VERSION>;
    events: z.ZodArray<typeof CaseEventSchema>;
  },
  z.core.$strict
> = z.strictObject({
  schemaVersion: z.literal(CASE_FILE_SCHEMA_VERSION),
  events: z.array(CaseEventSchema).min(1),
});

/**
 * A case file. (The schema's type is written out above so that declarations name the event
 * schema instead of repeating it.)
 *
 * @example
 * const file: CaseFile = parseCaseFile(JSON.parse(text));
 */
export type CaseFile = Immutable<z.infer<typeof CaseFileSchema>>;

/** A case file's shape around its events, which are validated one by one. */
const EnvelopeSchema = z.strictObject({
  schemaVersion: z.literal(CASE_FILE_SCHEMA_VERSION),
  events: z.array(z.unknown()).min(1),
});

/**
 * @internal A case file with its events list replaced by a stand-in of the same kind (empty or
 * one element), which the envelope schema judges exactly as it would the file: a million events
 * are not copied to be found a list.
 */
export function envelopeOf(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const events = (input as { events?: unknown }).events;
  if (!Array.isArray(events)) return input;
  return { ...input, events: events.length > 0 ? [null] : [] };
}

/**
 * @internal The error of a case file whose shape around its events is wrong (not an object, a
 * schema version other than 1, no events, an unknown key), given {@link envelopeOf} the file.
 */
export function envelopeError(envelope: unknown): YjplanError | undefined {
  const r = EnvelopeSchema.safeParse(envelope, libraryParseOptions);
  return r.success ? undefined : errorFromZod(r.error, 'case file');
}

/**
 * @internal Validates a case file's events one at a time, in order, keeping the events while all
 * are valid and listing at most {@link MAX_ISSUES} issues. Once that many are listed the answer
 * is known, so later events are only counted (`wanted` turns false); the error's last issue
 * (`too_many_issues`) says which were not validated.
 */
export interface CaseFileEvents {
  /** False once the list of issues is full: later events need not be parsed, only counted. */
  readonly wanted: boolean;
  /** Validates the next event (or only counts it once `wanted` is false). */
  add(input: unknown): void;
  /** Counts the next `n` events (1 by default) without validating them (when `wanted` is false). */
  skip(n?: number): void;
  /** Counts the next event as invalid, with one issue at its index (an event a reader refused). */
  reject(issue: { readonly code: string; readonly message: string }): void;
  /** The events, or the error listing the issues found. */
  result(): Result<CaseFile>;
}

/** @internal A fresh {@link CaseFileEvents}. */
export function caseFileEvents(): CaseFileEvents {
  const events: CaseEvent[] = [];
  const issues: YjplanIssue[] = [];
  let seen = 0;
  let omitted = 0;
  let stoppedAt: number | undefined;
  return {
    get wanted() {
      return stoppedAt === undefined;
    },
    add(input) {
      const i = seen++;
      if (stoppedAt !== undefined) return;
      const r = checkEvent(input);
      if (r.ok) {
        if (issues.length === 0) events.push(r.value);
        return;
      }
      // The file is invalid: its events are no longer needed.
      events.length = 0;
      if (r.unknownType) issues.push(unknownTypeIssue(['events', i]));
      else {
        const found = zodIssues(r.error, ['events', i], MAX_ISSUES - issues.length);
        for (const issue of found.issues) issues.push(issue);
        omitted += found.omitted;
      }
      if (issues.length >= MAX_ISSUES) stoppedAt = i + 1;
    },
    reject({ code, message }) {
      const i = seen++;
      if (stoppedAt !== undefined) return;
      events.length = 0;
      issues.push({ path: ['events', i], code, message });
      if (issues.length >= MAX_ISSUES) stoppedAt = i + 1;
    },
    skip(n = 1) {
      seen += n;
    },
    result() {
      if (issues.length === 0) return ok({ schemaVersion: CASE_FILE_SCHEMA_VERSION, events });
      const notValidated = stoppedAt === undefined ? 0 : seen - stoppedAt;
      const message = failureMessage('case file', issues, omitted, {
        stopped: notValidated > 0,
      });
      const summary = [
        omitted > 0
          ? `${count(omitted)} more ${omitted === 1 ? 'issue is' : 'issues are'} not listed`
          : '',
        notValidated === 1 ? `event ${count(seen - 1)} was not validated` : '',
        notValidated > 1
          ? `events ${count(stoppedAt as number)} to ${count(seen - 1)} (${count(notValidated)}) were not validated`
          : '',
      ].filter((part) => part !== '');
      if (summary.length > 0) {
        const text = summary.join('; ');
        issues.push({
          path: ['events'],
          code: 'too_many_issues',
          message: `${text.charAt(0).toUpperCase()}${text.slice(1)}`,
        });
      }
      return err(new YjplanError('invalid_input', message, issues));
    },
  };
}

const count = (n: number) => n.toLocaleString('en-GB');

/**
 * Validates a case file, with paths such as `['events', 3, 'payload', 'on']`. Accepts exactly what {@link CaseFileSchema} accepts,
 * but validates each event with its own compiled schema (several times faster on large files).
 * Lists at most 100 issues: once it has, it stops validating, and a last `too_many_issues`
 * issue says which events were not validated (docs/errors.md, "Hostile input").
 *
 * @example
 * const r = safeParseCaseFile(json);
 */
export function safeParseCaseFile(input: unknown): Result<CaseFile> {
  const wrongShape = envelopeError(envelopeOf(input));
  if (wrongShape) return err(wrongShape);
  const inputs = (input as { events: unknown[] }).events;
  const events = caseFileEvents();
  expectEvents(inputs);
  for (let i = 0; i < inputs.length; i++) {
    if (!events.wanted) {
      events.skip(inputs.length - i);
      break;
    }
    events.add(inputs[i]);
  }
  return events.result();
}

/**
 * Upgrades a persisted case file, written by an older schema version, one version at a time.
 * Key `n` upgrades version `n` to `n + 1`. Every release that changes the persisted form adds
 * one entry here and a fixture test, so logs written today keep loading.
 *
 * @example
 * // A future version 2 that renamed `events` to `log`:
 * const migrations: CaseFileMigrations = { 1: ({ events, ...rest }) => ({ ...rest, log: events }) };
 */
export type CaseFileMigrations = Readonly<
  Record<number, (file: Record<string, unknown>) => Record<string, unknown>>
>;

/**
 * The migrations of this release: none yet, as version 1 is the first.
 *
 * @example
 * Object.keys(CASE_FILE_MIGRATIONS).length; // 0 in version 1
 */
export const CASE_FILE_MIGRATIONS: CaseFileMigrations = {};

/**
 * Brings a persisted case file (any version) to the current schema version.
 *
 * @example
 * migrateCaseFile(JSON.parse(oldText)); // { schemaVersion: 1, events: [...] }
 */
export function migrateCaseFile(
  input: unknown,
  options: { migrations?: CaseFileMigrations; targetVersion?: number } = {},
): Result<Record<string, unknown>> {
  const migrations = options.migrations ?? CASE_FILE_MIGRATIONS;
  const target = options.targetVersion ?? CASE_FILE_SCHEMA_VERSION;
  const version = z
    .strictObject({ schemaVersion: z.int().min(0) })
    .loose()
    .safeParse(input, libraryParseOptions);
  if (!version.success) return err(errorFromZod(version.error, 'case file'));
  let file = input as Record<string, unknown>;
  let v = version.data.schemaVersion;
  if (v > target) {
    return err(
      new YjplanError(
        'unsupported_schema_version',
        `Case file schema version ${v} is newer than this library (${target})`,
        [
          {
            path: ['schemaVersion'],
            code: 'unsupported_schema_version',
            message: 'Unknown newer version',
          },
        ],
      ),
    );
  }
  while (v < target) {
    const migrate = migrations[v];
    if (!migrate) {
      return err(
        new YjplanError(
          'unsupported_schema_version',
          `No migration from case file schema version ${v}`,
          [
            {
              path: ['schemaVersion'],
              code: 'unsupported_schema_version',
              message: 'No migration',
            },
          ],
        ),
      );
    }
    try {
      file = { ...migrate(file), schemaVersion: v + 1 };
    } catch {
      // The migration's own message may quote the file: never pass it on.
      return err(
        new YjplanError('invalid_input', `Migration from case file schema version ${v} failed`, [
          { path: ['schemaVersion'], code: 'migration_failed', message: 'Migration failed' },
        ]),
      );
    }
    v += 1;
  }
  return ok(file);
}

/**
 * The persisted form of a case: its event log with the schema version, as JSON text.
 *
 * @throws {YjplanError} `invalid_input` when given something that is not a case state.
 * @example
 * await fs.writeFile('case.json', serializeCase(state));
 */
export function serializeCase(state: CaseState): string {
  return readCaseOrThrow(state, (own) =>
    JSON.stringify({
      schemaVersion: CASE_FILE_SCHEMA_VERSION,
      events: own.log.slice(0, own.count),
    }),
  );
}

/** U+FEFF, the byte-order mark some editors write at the start of a UTF-8 file. */
const BOM = 0xfeff;

/**
 * Loads a persisted case: parses the JSON (a leading byte-order mark is ignored), migrates older schema versions, validates and replays.
 *
 * @throws {YjplanError} `invalid_json`, `unsupported_schema_version`, `invalid_input`, or the replay error.
 * @example
 * const state = deserializeCase(await fs.readFile('case.json', 'utf8'));
 */
export function deserializeCase(
  text: string,
  options: { migrations?: CaseFileMigrations } = {},
): CaseState {
  const r = safeDeserializeCase(text, options);
  if (!r.ok) throw r.error;
  return r.value;
}

/**
 * The result form of {@link deserializeCase}.
 *
 * @example
 * const r = safeDeserializeCase(text);
 */
export function safeDeserializeCase(
  text: string,
  options: { migrations?: CaseFileMigrations } = {},
): Result<CaseState> {
  let json: unknown;
  try {
    // A byte-order mark is not JSON, but editors on Windows write one: it is not part of the case.
    json = JSON.parse(
      typeof text === 'string' && text.charCodeAt(0) === BOM ? text.slice(1) : text,
    );
  } catch {
    return err(new YjplanError('invalid_json', 'The case file is not valid JSON'));
  }
  const migrated = migrateCaseFile(json, options);
  if (!migrated.ok) return migrated;
  // Check the envelope only: each event is validated once, by the fold.
  const wrongShape = envelopeError(envelopeOf(migrated.value));
  if (wrongShape) return err(wrongShape);
  const r = safeReplay((migrated.value as { events: unknown[] }).events);
  if (!r.ok) {
    return err(
      new YjplanError(
        r.error.code,
        r.error.message,
        r.error.issues.map((i) => ({ ...i, path: ['events', ...i.path] })),
      ),
    );
  }
  return r;
}
