import { Readable, Writable } from 'node:stream';
import type { CliIo } from '../../src/cli/io.js';

/** A CLI I/O that captures output, with in-memory files (a missing folder fails like ENOENT). */
export function memoryIo(
  options: {
    files?: Record<string, string>;
    stdin?: string;
    env?: Record<string, string>;
    stdout?: CliIo['stdout'];
  } = {},
) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const io: CliIo = {
    stdout: options.stdout ?? { write: (s: string) => out.push(s), isTTY: false },
    stderr: { write: (s: string) => err.push(s), isTTY: false },
    stdin: Readable.from([options.stdin ?? '']),
    env: options.env ?? {},
    openFile: (path) => {
      const text = options.files?.[path];
      if (text === undefined) {
        const stream = new Readable({ read() {} });
        queueMicrotask(() =>
          stream.destroy(Object.assign(new Error('ENOENT'), { code: 'ENOENT' })),
        );
        return stream;
      }
      return Readable.from([text]);
    },
    createFile: async (path) => {
      if (path.startsWith('/no/such/')) {
        throw Object.assign(new Error('ENOENT: no such file or directory'), { code: 'ENOENT' });
      }
      written[path] = '';
      return new Writable({
        write(chunk: Buffer, _encoding, done) {
          written[path] += chunk.toString();
          done();
        },
      });
    },
    today: () => '2026-11-23',
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join(''), written };
}
