import { finished } from 'node:stream/promises';
import { SimulateCaseloadOptionsSchema, simulateCaseload } from '../../testing/index.js';
import { type CliIo, errorCode, isBrokenPipe, type TextOutput, writeText } from '../io.js';

/** @internal Options of `yjplan simulate`. */
export interface SimulateCommandOptions {
  readonly cases: number;
  readonly seed: number;
  readonly out?: string;
  readonly from?: string;
  readonly to?: string;
}

/**
 * @internal The most cases `yjplan simulate` writes: the simulator's own limit, read from its
 * options schema so the CLI and the library never disagree.
 */
export const MAX_SIMULATED_CASES =
  SimulateCaseloadOptionsSchema.shape.cases.maxValue ?? Number.MAX_SAFE_INTEGER;

const BAR_WIDTH = 30;

/** @internal Whether to draw a progress bar: only on a terminal, never when piped or under CI. */
function showProgress(io: CliIo): boolean {
  return (
    io.stderr.isTTY === true &&
    (io.env.CI === undefined || io.env.CI === '' || io.env.CI === 'false')
  );
}

const cannotWrite = (io: CliIo, path: string, e: unknown): number => {
  const code = errorCode(e);
  io.stderr.write(`yjplan simulate: cannot write ${path}${code ? ` (${code})` : ''}\n`);
  return 2;
};

/**
 * @internal `yjplan simulate`: writes a seeded, deterministic caseload as NDJSON (one case file
 * per line) to a file or standard output, streaming with backpressure (it waits whenever the
 * output's buffer is full, so memory stays flat however many cases), with a progress bar on a
 * terminal.
 */
export async function runSimulate(io: CliIo, options: SimulateCommandOptions): Promise<number> {
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
  const path = options.out;
  let file: Awaited<ReturnType<CliIo['createFile']>> | undefined;
  if (path !== undefined) {
    try {
      file = await io.createFile(path);
    } catch (e) {
      return cannotWrite(io, path, e);
    }
    // A later failure (a full disk) surfaces through the awaits below, never as a crash.
    file.on('error', () => {});
  }
  const sink: TextOutput = file ?? io.stdout;
  const progress = showProgress(io);
  let done = 0;
  let drawn = -1;
  try {
    for (const caseFile of caseload) {
      await writeText(sink, `${JSON.stringify(caseFile)}\n`);
      done++;
      const filled = Math.floor((done / options.cases) * BAR_WIDTH);
      if (progress && filled !== drawn) {
        drawn = filled;
        io.stderr.write(
          `\r[${'#'.repeat(filled)}${' '.repeat(BAR_WIDTH - filled)}] ${done}/${options.cases} cases`,
        );
      }
    }
    if (file) {
      file.end();
      await finished(file);
    }
  } catch (e) {
    if (progress) io.stderr.write('\n');
    if (!file && isBrokenPipe(e)) return 0;
    return cannotWrite(io, path ?? 'standard output', e);
  }
  if (progress) io.stderr.write('\n');
  return 0;
}
