/**
 * Every export of the documents (render, report) documents itself: a JSDoc summary and an `@example` (internal
 * helpers, marked `@internal`, need only the summary).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../src/', import.meta.url));
const MINE = ['render', 'report'];
/** Files left to their own tests. */
const NOT_MINE = new Set<string>();

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(path) ? [path] : [];
  });

const FILES = MINE.flatMap((d) => filesUnder(join(ROOT, d)))
  .map((f) => relative(ROOT, f))
  .filter((f) => !NOT_MINE.has(f) && !f.endsWith('index.ts'));

/** Each export with the JSDoc block right above it. */
function exportsWithDocs(file: string): { name: string; doc: string | undefined }[] {
  const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
  return lines.flatMap((line, i): { name: string; doc: string | undefined }[] => {
    const name = /^export (?:const|function|type|interface|class) (\w+)/.exec(line)?.[1];
    if (!name) return [];
    let end = i - 1;
    while (end > 0 && lines[end]?.trim().startsWith('//')) end--;
    if (!lines[end]?.trim().endsWith('*/')) return [{ name, doc: undefined }];
    let start = end;
    while (start > 0 && !lines[start]?.includes('/**')) start--;
    return [{ name, doc: lines.slice(start, end + 1).join('\n') }];
  });
}

describe.each(FILES)('%s', (file) => {
  it('documents every export with JSDoc and an @example, unless internal', () => {
    const missing = exportsWithDocs(file)
      .filter(
        ({ doc }) => doc === undefined || (!doc.includes('@internal') && !doc.includes('@example')),
      )
      .map(({ name }) => name);
    expect(missing).toEqual([]);
  });
});
