/** docs/glossary.md stays true to the API: what it names exists, and it covers every disposal. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import * as law from '../../src/law.js';
import * as schemas from '../../src/schemas.js';

/** What the public entries export, together: `yjplan`, `yjplan/schemas` and `yjplan/law`. */
const api = { ...root, ...schemas, ...law };

const glossary = readFileSync(new URL('../../docs/glossary.md', import.meta.url), 'utf8');
const named = new Set([...glossary.matchAll(/`([A-Za-z_]+)`/g)].map((m) => m[1] as string));

describe('docs/glossary.md', () => {
  it('names only schemas and constants the public entries export', () => {
    const exportLike = [...named].filter((n) => /Schema$|^[A-Z][A-Z_]+$/.test(n));
    expect(exportLike.length).toBeGreaterThan(20);
    expect(exportLike.filter((n) => !(n in api))).toEqual([]);
  });

  it('names only functions the public entries export', () => {
    const functions = [
      'replay',
      'applyEvent',
      'checkCase',
      'reviewSchedule',
      'planView',
      'mayShow',
    ];
    expect(
      functions.filter(
        (n) => named.has(n) && typeof (api as Record<string, unknown>)[n] !== 'function',
      ),
    ).toEqual([]);
  });

  it('gives every disposal type its legal shape', () => {
    expect(api.DISPOSAL_TYPES.filter((t) => !glossary.includes(`| \`${t}\` |`))).toEqual([]);
  });

  it('names only rule ids and event types the library has', () => {
    const ids = [
      ...glossary.matchAll(/`((?:plan|involvement|assessment|compliance|disposal)\.[a-z-]+)`/g),
    ].map((m) => m[1] as string);
    expect(ids.length).toBeGreaterThan(5);
    const known = new Set<string>([...api.ruleIds(), ...api.EVENT_TYPES]);
    expect(ids.filter((id) => !known.has(id))).toEqual([]);
  });
});
