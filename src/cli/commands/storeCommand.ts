import { type Command, InvalidArgumentError, Option } from 'commander';
import { IsoDateSchema } from '../../model/dates.js';
import type { CliIo } from '../io.js';
import { runStoreCheck } from './storeCheck.js';
import { runStoreExport } from './storeExport.js';
import { runStoreImport } from './storeImport.js';
import { DEFAULT_STORE_DIR, openStore, type StoreOpener, type StoreTarget } from './storeOpen.js';

const isoDate = (value: string): string => {
  if (!IsoDateSchema.safeParse(value).success)
    throw new InvalidArgumentError('Expected a date YYYY-MM-DD.');
  return value;
};

interface TargetOptions {
  db?: string;
  databaseUrl?: string;
  schema?: string;
}

/** The options that say where the store is, on each store subcommand. */
function withTarget(command: Command): Command {
  return command
    .addOption(
      new Option('--db <dir>', `PGlite data folder (default ${DEFAULT_STORE_DIR})`).conflicts(
        'databaseUrl',
      ),
    )
    .addOption(new Option('--database-url <url>', 'a PostgreSQL server instead of PGlite'))
    .option('--schema <name>', 'the schema of the store tables (default yjplan)');
}

const targetOf = (o: TargetOptions): StoreTarget => ({
  ...(o.db !== undefined && { db: o.db }),
  ...(o.databaseUrl !== undefined && { databaseUrl: o.databaseUrl }),
  ...(o.schema !== undefined && { schema: o.schema }),
});

/**
 * @internal Adds `yjplan store import | check | export` to the program. `exit` receives each
 * command's exit code; `open` is where the store comes from (tests hand in their own).
 */
export function addStoreCommand(
  program: Command,
  io: CliIo,
  exit: (code: number) => void,
  open: StoreOpener = openStore,
): void {
  const store = program
    .command('store')
    .description(
      'Keep cases in an event store: PGlite in a local folder (the default), or PostgreSQL.',
    );

  withTarget(
    store
      .command('import')
      .description('Store each case file of a caseload (NDJSON) or a case file as a new case.')
      .argument('<file>', 'case file or caseload; - reads standard input'),
  ).action(async (file: string, o: TargetOptions) => {
    exit(await runStoreImport(io, file, targetOf(o), open));
  });

  withTarget(
    store
      .command('check')
      .description('Check every stored case at a date.')
      .option('--as-of <date>', 'the date to judge the cases at (default: today)', isoDate)
      .addOption(
        new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'),
      ),
  ).action(async (o: TargetOptions & { asOf?: string; format: 'text' | 'json' }) => {
    exit(
      await runStoreCheck(io, { asOf: o.asOf ?? io.today(), format: o.format }, targetOf(o), open),
    );
  });

  withTarget(
    store
      .command('export')
      .description('Write everything stored about a case as a case file (subject access).')
      .argument('<case>', 'the case id')
      .option('--out <file>', 'write to this file (default: standard output)'),
  ).action(async (caseId: string, o: TargetOptions & { out?: string }) => {
    exit(await runStoreExport(io, caseId, { ...(o.out && { out: o.out }) }, targetOf(o), open));
  });
}
