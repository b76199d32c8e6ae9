import { checkCase } from '../../checks/checkCase.js';
import type { Finding } from '../../checks/finding.js';
import { type Policy, safeParsePolicy } from '../../checks/policy/index.js';
import type { YjplanIssue } from '../../errors/YjplanError.js';
import { safeParseCaseFile } from '../../lifecycle/persist.js';
import { replayParsed } from '../../lifecycle/replay.js';
import { formatFindings, tally } from '../format/findings.js';
import { formatPath } from '../format/paths.js';
import { type CliIo, errorCode, isBrokenPipe, painter, useColor, writeText } from '../io.js';
import { readCases } from '../readCases.js';

/** @internal Options of `yjplan check`. */
export interface CheckCommandOptions {
  readonly asOf: string;
  readonly format: 'text' | 'json';
  readonly policy?: unknown;
}

/** Exit codes: 0 no error findings, 1 error findings, 2 invalid input. */
export const EXIT = { ok: 0, findings: 1, invalid: 2 } as const;

function where(source: string, line: number | undefined, issue: YjplanIssue | undefined): string {
  const at = line === undefined ? source : `${source}:${line}`;
  if (!issue) return at;
  const [first, ...rest] = issue.path;
  const path =
    first === 'events' && typeof rest[0] === 'number'
      ? `event ${rest[0]}: ${formatPath(rest.slice(1))}`
      : formatPath(issue.path);
  return `${at}: ${path}`;
}

/**
 * @internal `yjplan check <file|->`: validates and checks one case file or an NDJSON caseload.
 * Streams the input; prints findings as text or NDJSON; returns the exit code.
 */
export async function runCheck(
  io: CliIo,
  source: string,
  options: CheckCommandOptions,
): Promise<number> {
  const paint = painter(useColor(io, 'stdout'));
  const policyResult = safeParsePolicy(options.policy);
  if (!policyResult.ok) {
    io.stderr.write(`yjplan check: invalid policy: ${policyResult.error.message}\n`);
    return EXIT.invalid;
  }
  const policy: Policy = policyResult.value;
  const stream = source === '-' ? io.stdin : io.openFile(source);
  const name = source === '-' ? '<stdin>' : source;
  let exit: number = EXIT.ok;
  let cases = 0;
  try {
    for await (const input of readCases(stream)) {
      cases++;
      if (input.syntaxError) {
        io.stderr.write(`${where(name, input.line, undefined)}: not valid JSON\n`);
        exit = EXIT.invalid;
        continue;
      }
      const file = safeParseCaseFile(input.json);
      // The file is validated once; its parsed events are replayed without validating again.
      const state = file.ok ? replayParsed(file.value.events) : file;
      if (!state.ok) {
        const issues = file.ok
          ? state.error.issues.map((i) => ({ ...i, path: ['events', ...i.path] }))
          : state.error.issues;
        const first = issues[0];
        io.stderr.write(
          `${where(name, input.line, first)}: ${first?.message ?? state.error.message} [${state.error.code}]\n`,
        );
        exit = EXIT.invalid;
        continue;
      }
      const findings = checkCase(state.value, { asOf: options.asOf, policy });
      if (tally(findings).errors > 0 && exit === EXIT.ok) exit = EXIT.findings;
      await report(io, paint, options.format, state.value.caseId, state.value.stage, findings);
    }
  } catch (e) {
    // The reader of the findings went away (`| head`): it has what it wanted.
    if (isBrokenPipe(e)) return exit;
    const code = errorCode(e);
    io.stderr.write(`yjplan check: cannot read ${name}${code ? ` (${code})` : ''}\n`);
    return EXIT.invalid;
  }
  if (cases === 0) {
    io.stderr.write(`yjplan check: ${name} holds no case file\n`);
    return EXIT.invalid;
  }
  return exit;
}

/** One case's findings; waits while standard output's buffer is full (a slow reader). */
async function report(
  io: CliIo,
  paint: ReturnType<typeof painter>,
  format: 'text' | 'json',
  caseId: string,
  stage: string,
  findings: Finding[],
): Promise<void> {
  if (format === 'json') {
    await writeText(io.stdout, `${JSON.stringify({ caseId, stage, findings })}\n`);
    return;
  }
  const t = tally(findings);
  await writeText(
    io.stdout,
    `${paint.bold(caseId)} ${paint.dim(`(${stage})`)}: ${t.errors} error(s), ${t.warnings} warning(s)\n${formatFindings(findings, paint).join('\n')}\n`,
  );
}
