import { finished } from 'node:stream/promises';
import { type CliIo, errorCode, writeText } from '../io.js';

/**
 * @internal Writes a whole document to `--out` (or standard output when none), and resolves to
 * the exit code: 0, or 2 naming the path when the file cannot be created or written.
 */
export async function writeDocument(
  io: CliIo,
  command: string,
  out: string | undefined,
  text: string,
): Promise<number> {
  if (out === undefined) {
    await writeText(io.stdout, text);
    return 0;
  }
  try {
    const file = await io.createFile(out);
    file.on('error', () => {});
    await writeText(file, text);
    file.end();
    await finished(file);
    return 0;
  } catch (e) {
    const code = errorCode(e);
    io.stderr.write(`yjplan ${command}: cannot write ${out}${code ? ` (${code})` : ''}\n`);
    return 2;
  }
}

/** @internal Reads a whole (small) text file, such as a directory of names; undefined when it cannot. */
export async function readSmallFile(io: CliIo, path: string): Promise<string | undefined> {
  try {
    let text = '';
    for await (const chunk of io.openFile(path)) text += String(chunk);
    return text;
  } catch {
    return undefined;
  }
}
