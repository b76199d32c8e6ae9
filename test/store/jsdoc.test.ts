/**
 * Every export of the store documents itself: a JSDoc summary and an `@example` (internal
 * helpers, marked `@internal`, need only the summary).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const src = new URL('../../src/', import.meta.url);
const FILES = [
  ...readdirSync(new URL('store/', src), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `store/${f}`),
  ...readdirSync(new URL('cli/commands/', src))
    .filter((f) => f.startsWith('store'))
    .map((f) => `cli/commands/${f}`),
];

interface Documented {
  readonly name: string;
  readonly doc: string | undefined;
}

/** Each export of a file with the JSDoc block right above it (`undefined` when there is none). */
function exportsWithDocs(file: string): Documented[] {
  const lines = readFileSync(new URL(file, src), 'utf8').split('\n');
  return lines.flatMap((line, i): Documented[] => {
    const name = /^export (?:const|function|type|interface|class|async function) (\w+)/.exec(
      line,
    )?.[1];
    if (!name) return [];
    if (!lines[i - 1]?.trim().endsWith('*/')) return [{ name, doc: undefined }];
    let start = i - 1;
    while (start > 0 && !lines[start]?.includes('/**')) start--;
    return [{ name, doc: lines.slice(start, i).join('\n') }];
  });
}

describe.each(FILES)('%s', (file) => {
  it('documents every export with JSDoc, and every public one with an @example', () => {
    const missing = exportsWithDocs(file)
      .filter(
        ({ doc }) => doc === undefined || (!doc.includes('@internal') && !doc.includes('@example')),
      )
      .map(({ name }) => name);
    expect(missing).toEqual([]);
  });
});
