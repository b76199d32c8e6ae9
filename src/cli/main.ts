import * as z from 'zod';
import { nodeIo } from './nodeIo.js';
import { runCli } from './program.js';

// A command runs once: interpreting zod schemas is cheaper than compiling them for one use.
z.config({ jitless: true });

runCli(process.argv.slice(2), nodeIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `yjplan: unexpected failure (${error instanceof Error ? error.name : 'unknown'})\n`,
    );
    process.exitCode = 70;
  },
);
