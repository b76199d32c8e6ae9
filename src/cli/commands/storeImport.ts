import { isYjplanError } from '../../errors/YjplanError.js';
import { formatPath } from '../format/paths.js';
import { type CliIo, errorCode } from '../io.js';
import { readCases } from '../readCases.js';
import { openOrSay, openStore, type StoreOpener, type StoreTarget } from './storeOpen.js';

/** Exit codes of `yjplan store import`: 0 every case stored (or already there), 2 otherwise. */
const EXIT = { ok: 0, invalid: 2 } as const;

/**
 * @internal `yjplan store import <file|->`: appends each case file of a caseload (NDJSON) or a
 * single case file to the store as a new case, validated by the lifecycle. A case the store
 * already holds is left as it is and counted; an invalid one is reported and skipped.
 */
export async function runStoreImport(
  io: CliIo,
  source: string,
  target: StoreTarget,
  open: StoreOpener = openStore,
): Promise<number> {
  const opened = await openOrSay(io, 'import', target, open);
  if (!opened) return EXIT.invalid;
  const name = source === '-' ? '<stdin>' : source;
  const stream = source === '-' ? io.stdin : io.openFile(source);
  const counts = { cases: 0, events: 0, stored: 0, invalid: 0 };
  const at = (line: number | undefined) => (line === undefined ? name : `${name}:${line}`);
  try {
    for await (const input of readCases(stream)) {
      if (input.syntax) {
        io.stderr.write(`${at(input.line)}: not valid JSON\n`);
        counts.invalid++;
        continue;
      }
      const { file } = input;
      const first = file.ok ? file.value.events[0] : undefined;
      const caseId = (first?.payload as { caseId?: unknown } | undefined)?.caseId;
      try {
        if (!file.ok) throw file.error;
        if (first?.type !== 'case.opened' || typeof caseId !== 'string') {
          io.stderr.write(
            `${at(input.line)}: the first event must be case.opened [case_not_opened]\n`,
          );
          counts.invalid++;
          continue;
        }
        await opened.store.append(caseId, file.value.events, { expectedVersion: 0 });
        counts.cases++;
        counts.events += file.value.events.length;
      } catch (e) {
        if (!isYjplanError(e)) throw e;
        if (e.code === 'concurrency_conflict') {
          counts.stored++;
          continue;
        }
        const issue = e.issues[0];
        const path = issue
          ? `: ${formatPath(file.ok ? ['events', ...issue.path] : issue.path)}`
          : '';
        io.stderr.write(`${at(input.line)}${path}: ${issue?.message ?? e.message} [${e.code}]\n`);
        counts.invalid++;
      }
    }
  } catch (e) {
    const code = errorCode(e);
    io.stderr.write(`yjplan store import: cannot read ${name}${code ? ` (${code})` : ''}\n`);
    counts.invalid++;
  } finally {
    await opened.close();
  }
  io.stdout.write(
    `Imported ${counts.cases} case(s), ${counts.events} event(s); ${counts.stored} already stored; ${counts.invalid} invalid.\n`,
  );
  return counts.invalid > 0 ? EXIT.invalid : EXIT.ok;
}
