/**
 * The README's first block ("A case in five calls") runs as written: its imports of `yjplan` and
 * `yjplan/testing` are pointed at the source, and the module is loaded; every call must return
 * without throwing.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe("the README's case in five calls", () => {
  it('runs as written, to a closed case with its findings, schedule, view and history', async () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    const block = /## A case in five calls\n\n```ts\n([\s\S]*?)^```$/m.exec(readme)?.[1];
    expect(block).toBeDefined();
    const program = `${(block ?? '')
      .replace("from 'yjplan';", "from '../../src/index.js';")
      .replace("from 'yjplan/testing';", "from '../../src/testing/index.js';")}
export const result = { state, findings: checkCase(state, { asOf }), history: historyOf(state) };
`;
    const file = `${root}test/docs/.readme-${process.pid}.ts`;
    writeFileSync(file, program);
    try {
      const { result } = await import(/* @vite-ignore */ file);
      expect(result.state.stage).toBe('closed');
      expect(Array.isArray(result.findings)).toBe(true);
      expect(result.history.length).toBe(result.state.events.length);
    } finally {
      rmSync(file, { force: true });
    }
  }, 60_000);
});
