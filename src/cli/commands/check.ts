import { checkCase } from '../../checks/checkCase.js';
import type { Finding } from '../../checks/finding.js';
import { messagePath } from '../../errors/issueList.js';
import type { YjplanError, YjplanIssue } from '../../errors/YjplanError.js';
import { replayParsed } from '../../lifecycle/replay.js';
import { type Policy, safeParsePolicy } from '../../policy/index.js';
import { CheckSummary } from '../format/checkSummary.js';
import { formatFindings, tally } from '../format/findings.js';
import { formatPath } from '../format/paths.js';
import { type CliIo, errorCode, isBrokenPipe, painter, useColor, writeText } from '../io.js';
import { caseProgress } from '../progress.js';
import { type CaseRead, readCases } from '../readCases.js';
import { readPolicyFile } from './policyFile.js';

/** @internal Options of `yjplan check`. */
export interface CheckCommandOptions {
  readonly asOf: string;
  readonly format: 'text' | 'json';
  /** A policy object (for callers in code); `policyFile` wins when both are given. */
  readonly policy?: unknown;
  /** A JSON file holding the YOS's policy (`--policy FILE`). */
  readonly policyFile?: string;
}

/** @internal Exit codes: 0 no error findings, 1 error findings, 2 invalid input. */
export const EXIT = { ok: 0, findings: 1, invalid: 2 } as const;

/**
 * Where an issue is, for a person: the file and line, the event index, the field. An unknown
 * key is not named (it may be personal data written where a field name belongs): the path
 * stops at the object holding it, and `--format json` gives the full path.
 */
function where(source: string, line: number | undefined, issue: YjplanIssue | undefined): string {
  const at = line === undefined ? source : `${source}:${line}`;
  if (!issue) return at;
  const [first, ...rest] = messagePath(issue);
  const path =
    first === 'events' && typeof rest[0] === 'number'
      ? `event ${rest[0]}: ${formatPath(rest.slice(1))}`
      : formatPath(messagePath(issue));
  return `${at}: ${path}`;
}

/** The error of a case that could not be checked: not JSON, invalid, or refused by the lifecycle. */
function caseError(
  read: CaseRead,
): YjplanError | { code: 'invalid_json'; message: string; issues: [] } | undefined {
  if (read.syntax) return { code: 'invalid_json', message: 'Not valid JSON', issues: [] };
  if (!read.file.ok) return read.file.error;
  return undefined;
}

/**
 * @internal `yjplan check <file|->`: validates and checks one case file or an NDJSON caseload.
 * Streams the input; prints findings as text or NDJSON records (`kind`: `case`, `invalid`, then
 * one `summary`), with a progress count on a terminal; returns the exit code.
 */
export async function runCheck(
  io: CliIo,
  source: string,
  options: CheckCommandOptions,
): Promise<number> {
  const paint = painter(useColor(io, 'stdout'));
  let policy: Policy;
  if (options.policyFile !== undefined) {
    const loaded = await readPolicyFile(io, options.policyFile);
    if (!loaded.ok) {
      io.stderr.write(`yjplan check: ${loaded.message}\n`);
      return EXIT.invalid;
    }
    policy = loaded.policy;
  } else {
    const r = safeParsePolicy(options.policy);
    if (!r.ok) {
      io.stderr.write(`yjplan check: invalid policy: ${r.error.message}\n`);
      return EXIT.invalid;
    }
    policy = r.value;
  }
  const stream = source === '-' ? io.stdin : io.openFile(source);
  const name = source === '-' ? '<stdin>' : source;
  const summary = new CheckSummary(options.asOf);
  const progress = caseProgress(io);
  const out = async (text: string) => {
    progress.clear();
    await writeText(io.stdout, text);
  };
  let exit: number = EXIT.ok;
  try {
    for await (const read of readCases(stream)) {
      const index = summary.count;
      const file = read.syntax ? undefined : read.file;
      // The file is validated once; its parsed events are replayed without validating again.
      const state = file?.ok ? replayParsed(file.value.events) : undefined;
      const error =
        caseError(read) ??
        (state && !state.ok
          ? {
              ...state.error.toJSON(),
              issues: state.error.issues.map((i) => ({ ...i, path: ['events', ...i.path] })),
            }
          : undefined);
      if (error || !state?.ok) {
        exit = EXIT.invalid;
        summary.invalid();
        progress.clear();
        io.stderr.write(invalidLine(name, read, error));
        if (options.format === 'json') {
          await out(`${JSON.stringify({ kind: 'invalid', line: read.line, index, error })}\n`);
        }
      } else {
        const findings = checkCase(state.value, { asOf: options.asOf, policy });
        summary.checked(findings);
        if (tally(findings).errors > 0 && exit === EXIT.ok) exit = EXIT.findings;
        const { caseId, stage } = state.value;
        if (options.format === 'json') {
          await out(
            `${JSON.stringify({ kind: 'case', line: read.line, index, caseId, stage, findings })}\n`,
          );
        } else await out(caseText(paint, caseId, stage, findings));
      }
      progress.update(summary.count);
    }
    if (summary.count === 0) {
      io.stderr.write(`yjplan check: ${name} holds no case file\n`);
      return EXIT.invalid;
    }
    if (options.format === 'json') await out(`${JSON.stringify(summary)}\n`);
    else if (summary.count > 1) await out(`\n${summary.lines(paint).join('\n')}\n`);
  } catch (e) {
    progress.clear();
    // The reader of the findings went away (`| head`): it has what it wanted.
    if (isBrokenPipe(e)) return exit;
    const code = errorCode(e);
    io.stderr.write(`yjplan check: cannot read ${name}${code ? ` (${code})` : ''}\n`);
    return EXIT.invalid;
  }
  progress.clear();
  return exit;
}

/** The line on standard error for a case that could not be checked. */
function invalidLine(
  name: string,
  read: CaseRead,
  error: { code: string; message: string; issues: readonly YjplanIssue[] } | undefined,
): string {
  if (read.syntax || !error) return `${where(name, read.line, undefined)}: not valid JSON\n`;
  const first = error.issues[0];
  const listed = error.issues.filter((i) => i.code !== 'too_many_issues').length;
  const unlisted = listed < error.issues.length ? ', and others not listed' : '';
  const more = listed > 1 ? ` (and ${(listed - 1).toLocaleString('en-GB')} more${unlisted})` : '';
  return `${where(name, read.line, first)}: ${first?.message ?? error.message} [${error.code}]${more}\n`;
}

/** One case's findings as text. */
function caseText(
  paint: ReturnType<typeof painter>,
  caseId: string,
  stage: string,
  findings: Finding[],
): string {
  const t = tally(findings);
  return `${paint.bold(caseId)} ${paint.dim(`(${stage})`)}: ${t.errors} error(s), ${t.warnings} warning(s)\n${formatFindings(findings, paint).join('\n')}\n`;
}
