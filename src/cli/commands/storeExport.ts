import { isYjplanError } from '../../errors/YjplanError.js';
import { caseIdArg } from '../../store/args.js';
import { type CliIo, writeText } from '../io.js';
import { openOrSay, openStore, type StoreOpener, type StoreTarget } from './storeOpen.js';

/** Exit codes: 0 written, 1 no such case, 2 a bad case id or the store cannot be opened. */
const EXIT = { ok: 0, notFound: 1, invalid: 2 } as const;

/**
 * @internal `yjplan store export <case>`: writes everything the store holds about a case as a
 * case file (subject access), to standard output or `--out`.
 */
export async function runStoreExport(
  io: CliIo,
  caseId: string,
  options: { out?: string },
  target: StoreTarget,
  open: StoreOpener = openStore,
): Promise<number> {
  try {
    caseIdArg(caseId);
  } catch (e) {
    io.stderr.write(`yjplan store export: ${isYjplanError(e) ? e.message : 'invalid case id'}\n`);
    return EXIT.invalid;
  }
  const opened = await openOrSay(io, 'export', target, open);
  if (!opened) return EXIT.invalid;
  try {
    const file = await opened.store.exportCase(caseId);
    if (!file) {
      io.stderr.write('yjplan store export: the store holds no case with this id\n');
      return EXIT.notFound;
    }
    const text = `${JSON.stringify(file, null, 2)}\n`;
    if (options.out === undefined) {
      await writeText(io.stdout, text);
    } else {
      const out = await io.createFile(options.out);
      await new Promise<void>((resolve, reject) =>
        out.end(text, (error?: Error | null) => (error ? reject(error) : resolve())),
      );
    }
    return EXIT.ok;
  } catch (e) {
    io.stderr.write(
      `yjplan store export: cannot write the case file${(e as { code?: string }).code ? ` (${(e as { code?: string }).code})` : ''}\n`,
    );
    return EXIT.invalid;
  } finally {
    await opened.close();
  }
}
