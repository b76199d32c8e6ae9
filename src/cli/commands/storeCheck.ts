import { checkCase } from '../../checks/checkCase.js';
import { isYjplanError } from '../../errors/YjplanError.js';
import { formatFindings, tally } from '../format/findings.js';
import { type CliIo, isBrokenPipe, painter, useColor, writeText } from '../io.js';
import { openOrSay, openStore, type StoreOpener, type StoreTarget } from './storeOpen.js';

/** Exit codes: 0 no error findings, 1 error findings, 2 the store cannot be opened or read. */
const EXIT = { ok: 0, findings: 1, invalid: 2 } as const;

/**
 * @internal `yjplan store check --as-of D`: checks every stored case at a date, as `yjplan check`
 * checks case files (the summaries in the store are as of each case's last event; this is as of
 * the date given).
 */
export async function runStoreCheck(
  io: CliIo,
  options: { asOf: string; format: 'text' | 'json' },
  target: StoreTarget,
  open: StoreOpener = openStore,
): Promise<number> {
  const opened = await openOrSay(io, 'check', target, open);
  if (!opened) return EXIT.invalid;
  const paint = painter(useColor(io, 'stdout'));
  let exit: number = EXIT.ok;
  let cases = 0;
  const all = { errors: 0, warnings: 0 };
  try {
    for (const caseId of await opened.store.caseIds()) {
      const state = await opened.store.load(caseId);
      if (!state) continue;
      cases++;
      const findings = checkCase(state, { asOf: options.asOf });
      const t = tally(findings);
      all.errors += t.errors;
      all.warnings += t.warnings;
      if (t.errors > 0 && exit === EXIT.ok) exit = EXIT.findings;
      const text =
        options.format === 'json'
          ? `${JSON.stringify({ caseId, stage: state.stage, findings })}\n`
          : `${paint.bold(caseId)} ${paint.dim(`(${state.stage})`)}: ${t.errors} error(s), ${t.warnings} warning(s)\n${formatFindings(findings, paint).join('\n')}\n`;
      await writeText(io.stdout, text);
    }
    if (options.format === 'text') {
      await writeText(
        io.stdout,
        `${cases} case(s) checked as of ${options.asOf}: ${all.errors} error(s), ${all.warnings} warning(s).\n`,
      );
    }
  } catch (e) {
    if (isBrokenPipe(e)) return exit;
    io.stderr.write(
      `yjplan store check: ${isYjplanError(e) ? `${e.message} [${e.code}]` : 'cannot read the store'}\n`,
    );
    return EXIT.invalid;
  } finally {
    await opened.close();
  }
  return exit;
}
