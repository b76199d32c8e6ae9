import { simulateCaseload } from '../../testing/simulator/simulateCaseload.js';
import type { CliIo } from '../io.js';

/** @internal Options of `yjplan simulate`. */
export interface SimulateCommandOptions {
  readonly cases: number;
  readonly seed: number;
  readonly out?: string;
  readonly from?: string;
  readonly to?: string;
}

const BAR_WIDTH = 30;

/** @internal Whether to draw a progress bar: only on a terminal, never when piped or under CI. */
function showProgress(io: CliIo): boolean {
  return (
    io.stderr.isTTY === true &&
    (io.env.CI === undefined || io.env.CI === '' || io.env.CI === 'false')
  );
}

/**
 * @internal `yjplan simulate`: writes a seeded, deterministic caseload as NDJSON (one case file
 * per line) to a file or standard output, streaming, with a progress bar on a terminal.
 */
export async function runSimulate(io: CliIo, options: SimulateCommandOptions): Promise<number> {
  const file = options.out === undefined ? undefined : io.createFile(options.out);
  const sink = file ?? io.stdout;
  const progress = showProgress(io);
  let done = 0;
  let drawn = -1;
  let caseload: Iterable<unknown>;
  try {
    caseload = simulateCaseload({
      seed: options.seed,
      cases: options.cases,
      ...(options.from !== undefined && { from: options.from }),
      ...(options.to !== undefined && { to: options.to }),
    });
  } catch (e) {
    io.stderr.write(`yjplan simulate: ${e instanceof Error ? e.message : 'invalid options'}\n`);
    return 2;
  }
  for (const caseFile of caseload) {
    sink.write(`${JSON.stringify(caseFile)}\n`);
    done++;
    const filled = Math.floor((done / options.cases) * BAR_WIDTH);
    if (progress && filled !== drawn) {
      drawn = filled;
      io.stderr.write(
        `\r[${'#'.repeat(filled)}${' '.repeat(BAR_WIDTH - filled)}] ${done}/${options.cases} cases`,
      );
    }
  }
  if (progress) io.stderr.write('\n');
  await file?.end();
  return 0;
}
