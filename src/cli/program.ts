import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { stateDiagram } from '../lifecycle/diagram.js';
import { IsoDateSchema } from '../model/dates.js';
import { AgencySchema } from '../model/owner.js';
import { version } from '../version.js';
import { runCheck } from './commands/check.js';
import { DEMO_EXAMPLES, runDemo } from './commands/demo.js';
import { runExplain } from './commands/explain.js';
import { runSchema } from './commands/schema.js';
import { MAX_SIMULATED_CASES, runSimulate } from './commands/simulate.js';
import { addStoreCommand } from './commands/storeCommand.js';
import type { CliIo } from './io.js';
import { loadDocuments } from './loadDocuments.js';

const isoDate = (value: string): string => {
  if (!IsoDateSchema.safeParse(value).success)
    throw new InvalidArgumentError('Expected a date YYYY-MM-DD.');
  return value;
};

const AGENCIES = [...AgencySchema.options];

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
      'Run a worked example case from opening to closure (by default a 15-year-old on a referral order).',
    )
    .addOption(formatOption())
    .addOption(
      new Option(
        '--example <name>',
        'which example: referral-order, or multi-agency (a 17-year-old, five agencies and the hand-over to probation at 18)',
      )
        .choices([...DEMO_EXAMPLES])
        .default('referral-order'),
    )
    .action((opts: { format: 'text' | 'json'; example: (typeof DEMO_EXAMPLES)[number] }) => {
      exitCode = runDemo(io, opts);
    });

  program
    .command('check')
    .description(
      'Validate and check a case file (JSON) or a caseload (NDJSON, one case file per line).',
    )
    .argument('<file>', 'case file or caseload; - reads standard input')
    .option('--as-of <date>', 'the date to judge the cases at (default: today)', isoDate)
    .option('--policy <file>', "a JSON file with the YOS's policy (default: the documented one)")
    .addOption(formatOption())
    .addHelpText(
      'after',
      '\nEnds with a summary (cases, cases with error findings, findings per rule); with --format json, one record per line: kind "case", "invalid" (line, index, error) and a last "summary".\nExit codes: 0 no error findings, 1 at least one error finding, 2 invalid input (the message names the file, line, event index and field).',
    )
    .action(
      async (file: string, opts: { asOf?: string; policy?: string; format: 'text' | 'json' }) => {
        exitCode = await runCheck(io, file, {
          asOf: opts.asOf ?? io.today(),
          format: opts.format,
          ...(opts.policy !== undefined && { policyFile: opts.policy }),
        });
      },
    );

  program
    .command('explain')
    .description('Explain a check rule: what it checks and its source; with no rule, list them.')
    .argument('[rule]', 'a rule id, such as plan.front-loaded')
    .addOption(formatOption())
    .action((rule: string | undefined, opts: { format: 'text' | 'json' }) => {
      exitCode = runExplain(io, rule, opts);
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
    .command('view')
    .description(
      'Write the plan of one case as an HTML document for the child, a parent/carer, an agency or the practitioner.',
    )
    .argument('<file>', 'case file (JSON); - reads standard input')
    .addOption(
      new Option('--audience <audience>', 'who the document is for')
        .choices(['child', 'parent', 'agency', 'practitioner'])
        .makeOptionMandatory(),
    )
    .option(
      '--person <id>',
      'for a parent/carer copy: the person it is for (their restrictions apply)',
    )
    .addOption(
      new Option('--agency <name>', 'for an agency copy: the agency it is for').choices(AGENCIES),
    )
    .addOption(new Option('--lang <lang>', 'language').choices(['en', 'cy']).default('en'))
    .option('--as-of <date>', 'the date the copy is made (default: today)', isoDate)
    .option(
      '--directory <file>',
      'JSON with names and phone numbers: { "service": {...}, "people": { "<id>": { "name": ... } } }',
    )
    .option('--out <file>', 'write to this file (default: standard output)')
    .action(async (file: string, opts: Record<string, string | undefined>) => {
      // Loaded only for this command: other commands start without the renderer.
      const { runView } = await loadDocuments();
      exitCode = await runView(io, file, {
        audience: opts.audience as 'child',
        asOf: opts.asOf ?? io.today(),
        lang: opts.lang === 'cy' ? 'cy' : 'en',
        ...(opts.person !== undefined && { person: opts.person }),
        ...(opts.agency !== undefined && { agency: opts.agency }),
        ...(opts.directory !== undefined && { directory: opts.directory }),
        ...(opts.out !== undefined && { out: opts.out }),
      });
    });

  program
    .command('report')
    .description(
      'Write the caseload report (HTML with charts, JSON or CSV) for an NDJSON caseload.',
    )
    .argument(
      '<file>',
      'caseload (NDJSON, one case file per line) or one case file; - reads standard input',
    )
    .option('--as-of <date>', 'the date to judge the cases at (default: today)', isoDate)
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['html', 'json', 'csv'])
        .default('html'),
    )
    .option('--no-reference', 'leave out the published inspection figures')
    .option('--out <file>', 'write to this file (default: standard output)')
    .addHelpText(
      'after',
      '\nExit codes: 0 written, 2 some input could not be read (those cases are left out and named on standard error).',
    )
    .action(
      async (
        file: string,
        opts: { asOf?: string; format: 'html' | 'json' | 'csv'; reference: boolean; out?: string },
      ) => {
        // Loaded only for this command: the charting libraries stay out of other commands' start-up.
        const { runReport } = await loadDocuments();
        exitCode = await runReport(io, file, {
          asOf: opts.asOf ?? io.today(),
          format: opts.format,
          reference: opts.reference,
          ...(opts.out !== undefined && { out: opts.out }),
        });
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
