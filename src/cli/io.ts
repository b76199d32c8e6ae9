import { EventEmitter, once } from 'node:events';
import type { Readable, Writable } from 'node:stream';

/**
 * @internal Where the CLI writes text. A real stream's `write` returns false when its buffer is
 * full; {@link writeText} then waits for `'drain'`, so a long output never piles up in memory.
 */
export interface TextOutput {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/** @internal What the CLI needs from the outside world, injectable for tests. */
export interface CliIo {
  readonly stdout: TextOutput;
  readonly stderr: TextOutput;
  readonly stdin: Readable;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Opens a file for reading (a stream, so large caseloads never sit in memory). */
  readonly openFile: (path: string) => Readable;
  /**
   * Creates a file for writing, resolving once it is open (rejecting with the system error,
   * such as `ENOENT` for a missing folder, when it cannot be).
   */
  readonly createFile: (path: string) => Promise<Writable>;
  /** Today's date, for `--as-of` defaults (the library itself never reads the clock). */
  readonly today: () => string;
}

/**
 * @internal Writes text and, when the stream asks for it (its buffer is full), waits until it
 * has drained. Rejects with the stream's error if it fails while waiting.
 */
export async function writeText(out: TextOutput, text: string): Promise<void> {
  if (out.write(text) !== false || !(out instanceof EventEmitter)) return;
  // A failed stream never drains: give its error instead of waiting for ever.
  const stream = out as Partial<Writable>;
  if (stream.errored) throw stream.errored;
  if (stream.destroyed) throw new Error('The output was closed');
  await once(out, 'drain');
}

/** @internal The system error code of a failure (`ENOENT`, `EACCES`...), if it has one. */
export function errorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * @internal Whether a write failed because the reader went away (`yjplan ... | head`): not a
 * failure of the command, so it ends quietly.
 */
export const isBrokenPipe = (e: unknown): boolean => errorCode(e) === 'EPIPE';

/** @internal Whether to colour output on this stream (NO_COLOR wins; see no-color.org). */
export function useColor(io: CliIo, stream: 'stdout' | 'stderr'): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io[stream].isTTY === true && io.env.TERM !== 'dumb';
}

/** @internal A minimal ANSI painter that paints nothing when colour is off. */
export function painter(enabled: boolean) {
  const wrap = (code: number) => (s: string) => (enabled ? `\u001b[${code}m${s}\u001b[0m` : s);
  return {
    bold: wrap(1),
    dim: wrap(2),
    red: wrap(31),
    green: wrap(32),
    yellow: wrap(33),
    cyan: wrap(36),
  };
}

/** @internal A painter for a stream. */
export type Painter = ReturnType<typeof painter>;
