import type { Result } from '../../errors/result.js';
import { isYjplanError } from '../../errors/YjplanError.js';
import type { CaseFile } from '../../lifecycle/persist.js';
import { replayParsed } from '../../lifecycle/replay.js';
import type { Audience } from '../../model/visibility.js';
import { renderPlan } from '../../render/renderPlan.js';
import { readSmallFile, writeDocument } from '../format/output.js';
import { formatPath } from '../format/paths.js';
import { type CliIo, errorCode } from '../io.js';
import { readCases } from '../readCases.js';

/** @internal The audiences as the command line names them. */
export const VIEW_AUDIENCES = {
  child: 'child',
  parent: 'parentsCarers',
  agency: 'agencies',
  practitioner: 'practitioner',
} as const satisfies Record<string, Audience>;

/** @internal Options of `yjplan view`. */
export interface ViewCommandOptions {
  readonly audience: keyof typeof VIEW_AUDIENCES;
  readonly asOf: string;
  readonly lang: 'en' | 'cy';
  readonly person?: string;
  readonly agency?: string;
  readonly directory?: string;
  readonly out?: string;
}

const fail = (io: CliIo, message: string): number => {
  io.stderr.write(`yjplan view: ${message}\n`);
  return 2;
};

/**
 * @internal `yjplan view <case.json>`: the plan of one case as an HTML document for an audience
 * (the child, a parent/carer, an agency, the practitioner), written to `--out` or standard
 * output. Exit 0, or 2 for input it cannot use (naming the file and field, never a value).
 */
export async function runView(
  io: CliIo,
  source: string,
  options: ViewCommandOptions,
): Promise<number> {
  const name = source === '-' ? '<stdin>' : source;
  let directory: unknown;
  if (options.directory !== undefined) {
    const text = await readSmallFile(io, options.directory);
    if (text === undefined) return fail(io, `cannot read ${options.directory}`);
    try {
      directory = JSON.parse(text);
    } catch {
      return fail(io, `${options.directory}: not valid JSON`);
    }
  }
  let file: Result<CaseFile> | undefined;
  let count = 0;
  try {
    for await (const input of readCases(source === '-' ? io.stdin : io.openFile(source))) {
      count++;
      if (count > 1) return fail(io, `${name} holds more than one case; view takes one case file`);
      if (input.syntax) return fail(io, `${name}: not valid JSON`);
      file = input.file;
    }
  } catch (e) {
    const code = errorCode(e);
    return fail(io, `cannot read ${name}${code ? ` (${code})` : ''}`);
  }
  if (count === 0 || file === undefined) return fail(io, `${name} holds no case file`);
  const state = file.ok ? replayParsed(file.value.events) : file;
  if (!state.ok) {
    const issue = state.error.issues[0];
    const path = issue ? `: ${formatPath(file.ok ? ['events', ...issue.path] : issue.path)}` : '';
    return fail(
      io,
      `${name}${path}: ${issue?.message ?? state.error.message} [${state.error.code}]`,
    );
  }
  let html: string;
  try {
    html = renderPlan(state.value, VIEW_AUDIENCES[options.audience], {
      asOf: options.asOf,
      lang: options.lang,
      ...(options.person !== undefined && { personId: options.person }),
      ...(options.agency !== undefined && { agency: options.agency as never }),
      ...(directory !== undefined && { directory: directory as never }),
    });
  } catch (e) {
    if (!isYjplanError(e)) throw e;
    const issue = e.issues[0];
    const path = issue && issue.path.length > 0 ? ` (${formatPath(issue.path)})` : '';
    return fail(io, `${e.message}${path} [${e.code}]`);
  }
  return writeDocument(io, 'view', options.out, html);
}
