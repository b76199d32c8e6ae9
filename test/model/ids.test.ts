import { describe, expect, it } from 'vitest';
import { IdSchema, TextSchema } from '../../src/model/ids.js';

describe('IdSchema', () => {
  it('accepts host identifiers made of letters, digits, dots, underscores, colons and hyphens', () => {
    for (const id of ['child-0042', 'case.kai', 'pr_7', 'urn:yos:42', '7']) {
      expect(IdSchema.safeParse(id).success).toBe(true);
    }
  });

  it('accepts 128 characters and rejects 129', () => {
    expect(IdSchema.safeParse(`a${'1'.repeat(127)}`).success).toBe(true);
    expect(IdSchema.safeParse(`a${'1'.repeat(128)}`).success).toBe(false);
  });

  it('rejects an empty id, spaces, and ids that start with a symbol such as __proto__', () => {
    for (const id of ['', 'Kai Smith', '__proto__', '-1', '.hidden', 'a/b']) {
      expect(IdSchema.safeParse(id).success).toBe(false);
    }
  });
});

describe('TextSchema', () => {
  it('trims free text and keeps what is inside', () => {
    expect(TextSchema.parse('  I want to get back to college ')).toBe(
      'I want to get back to college',
    );
  });

  it('rejects text that is empty once trimmed', () => {
    expect(TextSchema.safeParse(' \n\t ').success).toBe(false);
  });

  it('accepts 4000 characters and rejects 4001', () => {
    expect(TextSchema.safeParse('x'.repeat(4000)).success).toBe(true);
    expect(TextSchema.safeParse('x'.repeat(4001)).success).toBe(false);
  });
});
