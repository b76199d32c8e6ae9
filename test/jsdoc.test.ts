/**
 * Every export of the library documents itself: a JSDoc summary, and for a value (a function, a
 * constant, a class) an `@example` too (internal helpers, marked `@internal`, need only the
 * summary; a type's summary is its documentation). One test over every source file, so a new
 * file is covered the day it is written.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../src/', import.meta.url);

const FILES = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
  .map((f) => f.replaceAll('\\', '/'))
  .sort();

/** An export, whether it is only a type, and the JSDoc block right above it (if any). */
interface Documented {
  name: string;
  typeOnly: boolean;
  doc: string | undefined;
}

/** Each export of a source file with the JSDoc block above it (line comments between allowed). */
function exportsWithDocs(file: string): Documented[] {
  const lines = readFileSync(new URL(file, SRC), 'utf8').split('\n');
  const seen = new Set<string>();
  return lines.flatMap((line, i): Documented[] => {
    const match =
      /^export (?:declare )?(const|let|function|async function|type|interface|class|abstract class|enum) (\w+)/.exec(
        line,
      );
    const name = match?.[2];
    if (!name) return [];
    // An overloaded function is documented by the block above its first signature.
    if (seen.has(name)) return [];
    seen.add(name);
    let end = i - 1;
    while (end > 0 && lines[end]?.trim().startsWith('//')) end--;
    const typeOnly = match[1] === 'type' || match[1] === 'interface';
    if (!lines[end]?.trim().endsWith('*/')) return [{ name, typeOnly, doc: undefined }];
    let start = end;
    while (start > 0 && !lines[start]?.includes('/**')) start--;
    return [{ name, typeOnly, doc: lines.slice(start, end + 1).join('\n') }];
  });
}

describe.each(FILES)('src/%s', (file) => {
  it('documents every export with JSDoc, and every value with an @example unless internal', () => {
    const missing = exportsWithDocs(file)
      .filter(
        ({ doc, typeOnly }) =>
          doc === undefined ||
          (!typeOnly && !doc.includes('@internal') && !doc.includes('@example')),
      )
      .map(({ name }) => name);
    expect(missing).toEqual([]);
  });
});
