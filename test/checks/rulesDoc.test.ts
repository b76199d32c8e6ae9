/**
 * `docs/rules.md` is generated from the rule definitions (`rulesMarkdown()`), never written by
 * hand: this test fails when the two differ, and `npm run docs` (UPDATE_DOCS=1) rewrites it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rulesMarkdown } from '../../src/checks/explain.js';

const file = new URL('../../docs/rules.md', import.meta.url);

describe('docs/rules.md', () => {
  it('is the rule catalogue generated from the rule definitions (run `npm run docs` to update)', () => {
    const generated = rulesMarkdown();
    if (process.env.UPDATE_DOCS === '1') writeFileSync(file, generated);
    expect(existsSync(file) ? readFileSync(file, 'utf8') : '').toBe(generated);
  });
});
