import type { Readable } from 'node:stream';

/** @internal What the CLI needs from the outside world, injectable for tests. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly stdin: Readable;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Opens a file for reading (a stream, so large caseloads never sit in memory). */
  readonly openFile: (path: string) => Readable;
  /** Writes a file, streaming lines. */
  readonly createFile: (path: string) => { write(text: string): unknown; end(): Promise<void> };
  /** Today's date, for `--as-of` defaults (the library itself never reads the clock). */
  readonly today: () => string;
}

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
