import { replayParsed } from '../../lifecycle/replay.js';
import { caseloadReportBuilder } from '../../report/caseloadReport.js';
import { writeDocument } from '../format/output.js';
import { type CliIo, errorCode } from '../io.js';
import { readCases } from '../readCases.js';

/** @internal Options of `yjplan report`. */
export interface ReportCommandOptions {
  readonly asOf: string;
  readonly format: 'html' | 'json' | 'csv';
  readonly reference: boolean;
  readonly out?: string;
}

/**
 * @internal `yjplan report <caseload.ndjson>`: streams the caseload one case at a time into the
 * report (memory stays flat), then writes it as HTML, JSON or CSV to `--out` or standard output.
 * A case that cannot be read is named on standard error and left out; the exit code is then 2
 * (the report is still written), else 0.
 */
export async function runReport(
  io: CliIo,
  source: string,
  options: ReportCommandOptions,
): Promise<number> {
  const name = source === '-' ? '<stdin>' : source;
  const builder = caseloadReportBuilder({ asOf: options.asOf, reference: options.reference });
  let cases = 0;
  let invalid = 0;
  try {
    for await (const input of readCases(source === '-' ? io.stdin : io.openFile(source))) {
      const at = input.line === undefined ? name : `${name}:${input.line}`;
      if (input.syntax) {
        invalid++;
        io.stderr.write(`${at}: not valid JSON; left out of the report\n`);
        continue;
      }
      const { file } = input;
      const state = file.ok ? replayParsed(file.value.events) : file;
      if (!state.ok) {
        invalid++;
        io.stderr.write(
          `${at}: not a valid case file [${state.error.code}]; left out of the report\n`,
        );
        continue;
      }
      builder.add(state.value);
      cases++;
    }
  } catch (e) {
    const code = errorCode(e);
    io.stderr.write(`yjplan report: cannot read ${name}${code ? ` (${code})` : ''}\n`);
    return 2;
  }
  if (cases === 0) {
    io.stderr.write(`yjplan report: ${name} holds no valid case file\n`);
    return 2;
  }
  const report = builder.finish();
  const text =
    options.format === 'json' ? report.json : options.format === 'csv' ? report.csv : report.html;
  const written = await writeDocument(io, 'report', options.out, text);
  return written !== 0 || invalid > 0 ? 2 : 0;
}
