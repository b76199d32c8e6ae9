import type { CliIo } from './io.js';

/** @internal Whether to draw progress: only on a terminal, never when piped or under CI. */
export function showProgress(io: CliIo): boolean {
  return (
    io.stderr.isTTY === true &&
    (io.env.CI === undefined || io.env.CI === '' || io.env.CI === 'false')
  );
}

/** Cases between two redraws of the progress line. */
const EVERY = 100;

/**
 * @internal A one-line count of the cases checked so far, on standard error when it is a
 * terminal (drawn every 100 cases, so a short run shows none). Anything else written to the
 * terminal clears it first (`clear`), so it never mixes into findings or messages.
 *
 * @example
 * const progress = caseProgress(io);
 * progress.update(cases); progress.clear(); io.stderr.write(message);
 */
export function caseProgress(io: CliIo) {
  const enabled = showProgress(io);
  let shown = false;
  return {
    update(cases: number): void {
      if (!enabled || cases % EVERY !== 0) return;
      io.stderr.write(`\r\u001b[Kchecking: ${cases.toLocaleString('en-GB')} cases read`);
      shown = true;
    },
    clear(): void {
      if (!shown) return;
      io.stderr.write('\r\u001b[K');
      shown = false;
    },
  };
}
