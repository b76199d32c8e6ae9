import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { stateDiagram } from '../lifecycle/diagram.js';
import { IsoDateSchema } from '../model/dates.js';
import { version } from '../version.js';
import { runCheck } from './commands/check.js';
import { runDemo } from './commands/demo.js';
import { runSchema } from './commands/schema.js';
import { MAX_SIMULATED_CASES, runSimulate } from './commands/simulate.js';
import { addStoreCommand } from './commands/storeCommand.js';
import type { CliIo } from './io.js';

const isoDate = (value: string): string => {
  if (!IsoDateSchema.safeParse(value).success)
    throw new InvalidArgumentError('Expected a date YYYY-MM-DD.');
  return value;
};

const wholeNumber =
  (min: number, max: number) =>
  (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`Expected a whole number from ${min} to ${max}.`);
    }
    return n;
  };

const formatOption = () =>
  new Option('--format <format>', 'output format').choices(['text', 'json']).default('text');

/**
 * @internal Runs the `yjplan` command line with the given arguments and I/O, and resolves to
 * the exit code. The CLI is a thin shell over the library's functions.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  const program = new Command()
    .name('yjplan')
    .description(
      'Youth justice intervention plans: the worked example, checks of case files, simulated caseloads.',
    )
    .version(version, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError('(run with --help for usage)');

  program
    .command('demo')
    .description(
      'Run the worked example case (a 15-year-old on a referral order) from opening to closure.',
    )
    .addOption(formatOption())
    .action((opts: { format: 'text' | 'json' }) => {
      exitCode = runDemo(io, opts);
    });

  program
    .command('check')
    .description(
      'Validate and check a case file (JSON) or a caseload (NDJSON, one case file per line).',
    )
    .argument('<file>', 'case file or caseload; - reads standard input')
    .option('--as-of <date>', 'the date to judge the cases at (default: today)', isoDate)
    .addOption(formatOption())
    .addHelpText(
      'after',
      '\nExit codes: 0 no error findings, 1 at least one error finding, 2 invalid input (the message names the file, line, event index and field).',
    )
    .action(async (file: string, opts: { asOf?: string; format: 'text' | 'json' }) => {
      exitCode = await runCheck(io, file, { asOf: opts.asOf ?? io.today(), format: opts.format });
    });

  program
    .command('simulate')
    .description(
      'Write a seeded, deterministic simulated caseload as NDJSON (one case file per line).',
    )
    .requiredOption(
      '--cases <n>',
      `how many cases (1 to ${MAX_SIMULATED_CASES.toLocaleString('en-GB')})`,
      wholeNumber(1, MAX_SIMULATED_CASES),
    )
    .requiredOption(
      '--seed <s>',
      'the seed: the same seed always writes the same caseload',
      wholeNumber(-2_147_483_648, 2_147_483_647),
    )
    .option('--out <file>', 'write to this file (default: standard output)')
    .option('--from <date>', 'earliest case start date', isoDate)
    .option(
      '--to <date>',
      'the caseload is cut at this date; later events are not written',
      isoDate,
    )
    .action(
      async (opts: { cases: number; seed: number; out?: string; from?: string; to?: string }) => {
        exitCode = await runSimulate(io, opts);
      },
    );

  program
    .command('schema')
    .description('Print the JSON Schema of a top-level input (all of them when no name is given).')
    .argument(
      '[name]',
      'case-file, case-event, child, disposal, assessment, intervention-plan, ...',
    )
    .action((name: string | undefined) => {
      exitCode = runSchema(io, name);
    });

  program
    .command('diagram')
    .description(
      'Print the case lifecycle as a Mermaid stateDiagram-v2, generated from the statechart.',
    )
    .action(() => {
      io.stdout.write(stateDiagram());
    });

  addStoreCommand(program, io, (code) => {
    exitCode = code;
  });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ||
        e.code === 'commander.helpDisplayed' ||
        e.code === 'commander.version'
        ? 0
        : 2;
    }
    throw e;
  }
  return exitCode;
}
