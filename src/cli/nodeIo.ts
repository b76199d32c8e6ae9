import { createReadStream, createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { CliIo } from './io.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** @internal The real process's I/O. */
export function nodeIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    openFile: (path) => createReadStream(path, { encoding: 'utf8' }),
    createFile: (path) => {
      const stream = createWriteStream(path, { encoding: 'utf8' });
      return {
        write: (text: string) => stream.write(text),
        end: async () => {
          stream.end();
          await finished(stream);
        },
      };
    },
    today: () => {
      const d = new Date();
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    },
  };
}
