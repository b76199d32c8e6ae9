import type { EventEmitter } from 'node:events';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import type { CliIo } from './io.js';
import { errorCode, isBrokenPipe } from './io.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** Exit code for output that cannot be written (sysexits EX_IOERR). */
const EXIT_IO_ERROR = 74;

/**
 * @internal Ends the process quietly when the reader of standard output goes away (`yjplan
 * schema | head`: EPIPE): the reader has what it wanted, so exit 0 without a stack trace. Any
 * other write failure is reported in one line and exits 74.
 */
export function exitQuietlyOnBrokenPipe(
  stdout: EventEmitter,
  stderr: { write(text: string): unknown },
  exit: (code: number) => void,
): void {
  stdout.on('error', (e: unknown) => {
    if (isBrokenPipe(e)) {
      exit(0);
      return;
    }
    const code = errorCode(e);
    stderr.write(`yjplan: cannot write to standard output${code ? ` (${code})` : ''}\n`);
    exit(EXIT_IO_ERROR);
  });
}

/** @internal The real process's I/O. */
export function nodeIo(): CliIo {
  exitQuietlyOnBrokenPipe(process.stdout, process.stderr, (code) => process.exit(code));
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    openFile: (path) => createReadStream(path, { encoding: 'utf8' }),
    createFile: async (path) => {
      const stream = createWriteStream(path, { encoding: 'utf8' });
      await once(stream, 'open');
      return stream;
    },
    today: () => {
      const d = new Date();
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    },
  };
}
