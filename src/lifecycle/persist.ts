import * as z from 'zod';
import type { Immutable } from '../_lib/immutable.js';
import { errorFromZod } from '../errors/fromZod.js';
import { libraryParseOptions } from '../errors/messages.js';
import { err, ok, type Result } from '../errors/result.js';
import { YjplanError, type YjplanIssue } from '../errors/YjplanError.js';
import { type CaseEvent, CaseEventSchema } from './events/index.js';
import { expectEvents, parseEvent } from './parse.js';
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
export const CaseFileSchema = z.strictObject({
  schemaVersion: z.literal(CASE_FILE_SCHEMA_VERSION),
  events: z.array(CaseEventSchema).min(1),
});

/**
 * A case file.
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
 * Validates a case file (throws {@link YjplanError} with paths such as `['events', 3, 'payload', 'on']`).
 *
 * @example
 * const file = parseCaseFile(JSON.parse(text));
 */
export function parseCaseFile(input: unknown): CaseFile {
  const r = safeParseCaseFile(input);
  if (!r.ok) throw r.error;
  return r.value;
}

/**
 * The result form of {@link parseCaseFile}. Accepts exactly what {@link CaseFileSchema} accepts,
 * but validates each event with its own compiled schema (several times faster on large files),
 * and reports every offending field of every event.
 *
 * @example
 * const r = safeParseCaseFile(json);
 */
export function safeParseCaseFile(input: unknown): Result<CaseFile> {
  const envelope = EnvelopeSchema.safeParse(input, libraryParseOptions);
  if (!envelope.success) return err(errorFromZod(envelope.error, 'case file'));
  const events: CaseEvent[] = [];
  const issues: YjplanIssue[] = [];
  expectEvents(envelope.data.events);
  envelope.data.events.forEach((input, i) => {
    const r = parseEvent(input);
    if (r.ok) events.push(r.value);
    else
      for (const issue of r.error.issues)
        issues.push({ ...issue, path: ['events', i, ...issue.path] });
  });
  const first = issues[0];
  if (first) {
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    return err(
      new YjplanError(
        'invalid_input',
        `Invalid case file at ${first.path.join('.')}: ${first.message}${more}`,
        issues,
      ),
    );
  }
  return ok({ schemaVersion: CASE_FILE_SCHEMA_VERSION, events });
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

/**
 * Loads a persisted case: parses the JSON, migrates older schema versions, validates and replays.
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
    json = JSON.parse(text);
  } catch {
    return err(new YjplanError('invalid_json', 'The case file is not valid JSON'));
  }
  const migrated = migrateCaseFile(json, options);
  if (!migrated.ok) return migrated;
  // Check the envelope only: each event is validated once, by the fold.
  const file = EnvelopeSchema.safeParse(migrated.value, libraryParseOptions);
  if (!file.success) return err(errorFromZod(file.error, 'case file'));
  const r = safeReplay(file.data.events);
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
