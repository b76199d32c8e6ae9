/**
 * The documented code lists are complete: docs/errors.md lists every error and issue code, and
 * every code the source raises is in `ERROR_CODES` or `ISSUE_CODES`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/errors/codes.js';
import { ISSUE_CODES } from '../../src/errors/issueCodes.js';

const root = new URL('../../', import.meta.url);
const doc = readFileSync(new URL('docs/errors.md', root), 'utf8');

/** The table rows of docs/errors.md start with the code in backticks. */
const documented = new Set([...doc.matchAll(/^\| `([a-z0-9_]+)` \|/gm)].map((m) => m[1]));

/** Code and meaning of each table row in a part of docs/errors.md. */
const meanings = (part: string): [string, string][] =>
  [...part.matchAll(/^\| `([a-z0-9_]+)` \| ([^|]*) \|/gm)].map((m) => [
    m[1] as string,
    (m[2] as string).trim(),
  ]);
const errorSection = doc.slice(doc.indexOf('## Error codes'), doc.indexOf('## Issue codes'));
const issueSection = doc.slice(doc.indexOf('## Issue codes'), doc.indexOf('## JSON Schema'));

/** Every snake_case string literal in src/: in this code base, each is an error or issue code. */
function codesInSource(): Set<string> {
  const files = readdirSync(new URL('src', root), { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.ts'),
  );
  const found = new Set<string>();
  for (const file of files) {
    const text = readFileSync(new URL(`src/${file}`, root), 'utf8');
    for (const m of text.matchAll(/'([a-z]+(?:_[a-z0-9]+)+)'/g)) found.add(m[1] as string);
  }
  return found;
}

describe('docs/errors.md', () => {
  it('lists every error code', () => {
    expect(Object.keys(ERROR_CODES).filter((code) => !documented.has(code))).toEqual([]);
  });

  it('lists every issue code', () => {
    expect(Object.keys(ISSUE_CODES).filter((code) => !documented.has(code))).toEqual([]);
  });

  it('gives each error code the meaning ERROR_CODES gives it, word for word', () => {
    const rows = meanings(errorSection);
    expect(rows.length).toBe(Object.keys(ERROR_CODES).length);
    expect(Object.fromEntries(rows)).toEqual(ERROR_CODES);
  });

  it('gives each issue code the meaning ISSUE_CODES gives it, word for word', () => {
    const rows = meanings(issueSection);
    expect(rows.length).toBe(Object.keys(ISSUE_CODES).length);
    expect(Object.fromEntries(rows)).toEqual(ISSUE_CODES);
  });

  it('lists no code the library does not have', () => {
    const known = new Set([...Object.keys(ERROR_CODES), ...Object.keys(ISSUE_CODES)]);
    expect([...documented].filter((code) => !known.has(code as string))).toEqual([]);
  });
});

describe('the code lists', () => {
  it('hold every code the source raises', () => {
    const known = new Set([...Object.keys(ERROR_CODES), ...Object.keys(ISSUE_CODES)]);
    expect([...codesInSource()].filter((code) => !known.has(code))).toEqual([]);
  });

  it('describe every code in a sentence', () => {
    for (const description of [...Object.values(ERROR_CODES), ...Object.values(ISSUE_CODES)]) {
      expect(description).toMatch(/^[A-Z`].+\.$/);
    }
  });
});
