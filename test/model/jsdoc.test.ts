/**
 * Every export of the model's core files documents itself: a JSDoc summary and an `@example`
 * (internal helpers, marked `@internal`, need only the summary).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const FILES = [
  'agreement',
  'assessment',
  'child',
  'dates',
  'delivery',
  'ids',
  'involvement',
  'owner',
  'parentCarer',
  'plan',
  'refinements',
  'review',
  'visibility',
  ...readdirSync(new URL('../../src/model/disposal/', import.meta.url))
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .map((f) => `disposal/${f.replace(/\.ts$/, '')}`),
].map((name) => `${name}.ts`);

/** An export and the JSDoc block right above it (`undefined` when there is none). */
interface Documented {
  name: string;
  doc: string | undefined;
}

/** Each export of a model file with its JSDoc. */
function exportsWithDocs(file: string): Documented[] {
  const lines = readFileSync(new URL(`../../src/model/${file}`, import.meta.url), 'utf8').split(
    '\n',
  );
  return lines.flatMap((line, i): Documented[] => {
    const name = /^export (?:const|function|type|interface|class) (\w+)/.exec(line)?.[1];
    if (!name) return [];
    const end = i - 1;
    if (!lines[end]?.trim().endsWith('*/')) return [{ name, doc: undefined }];
    let start = end;
    while (start > 0 && !lines[start]?.includes('/**')) start--;
    return [{ name, doc: lines.slice(start, end + 1).join('\n') }];
  });
}

describe.each(FILES)('%s', (file) => {
  const exported = exportsWithDocs(file);

  it('exports something', () => {
    expect(exported.length).toBeGreaterThan(0);
  });

  it('documents every export with JSDoc and an @example', () => {
    const missing = exported
      .filter(
        ({ doc }) => doc === undefined || (!doc.includes('@internal') && !doc.includes('@example')),
      )
      .map(({ name }) => name);
    expect(missing).toEqual([]);
  });
});
