import { Readable } from 'node:stream';
import type { CliIo } from '../../src/cli/io.js';

/** A CLI I/O that captures output, with in-memory files. */
export function memoryIo(
  options: { files?: Record<string, string>; stdin?: string; env?: Record<string, string> } = {},
) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const io: CliIo = {
    stdout: { write: (s: string) => out.push(s), isTTY: false },
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
    createFile: (path) => {
      written[path] = '';
      return {
        write: (s: string) => {
          written[path] += s;
        },
        end: async () => {},
      };
    },
    today: () => '2026-11-23',
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join(''), written };
}
