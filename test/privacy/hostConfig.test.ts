/**
 * Privacy when the host has configured zod globally. zod is a shared dependency: a host's
 * `z.config({ customError })` reaches the library's schemas too, and such a map may quote the
 * input. The library passes its own error map on every parse so its messages stay its own.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { type Result, safeOpenCase } from '../../src/index.js';
import {
  safeParseCaseEvent,
  safeParseCaseFile,
  safeParseDisposal,
  safeParsePolicy,
} from '../../src/schemas.js';

const NAME = 'Kai Smith';

/** Whether a failed result repeats the name anywhere. */
const leaksName = (r: Result<unknown>) => !r.ok && JSON.stringify(r.error).includes(NAME);

describe('under a host error map that quotes the input', () => {
  beforeEach(() => {
    z.config({ customError: (issue) => `Bad value ${JSON.stringify(issue.input)}` });
  });
  afterEach(() => {
    z.config({ customError: undefined });
  });

  it('disposal and case file errors do not repeat the input', () => {
    expect(leaksName(safeParseDisposal({ type: 'fine', id: 'f-1', convictionDate: NAME }))).toBe(
      false,
    );
    expect(leaksName(safeParseDisposal({ type: 'fine', id: 'f-1', payer: [NAME] }))).toBe(false);
    expect(leaksName(safeParseCaseFile({ schemaVersion: 1, events: NAME }))).toBe(false);
  });

  it('event errors do not repeat the input', () => {
    expect(leaksName(safeParseCaseEvent({ id: 'e-1', type: 'case.opened', payload: NAME }))).toBe(
      false,
    );
    expect(leaksName(safeOpenCase({ id: 'e-1', type: 'case.opened', payload: NAME }))).toBe(false);
  });

  it('policy errors do not repeat the input', () => {
    expect(leaksName(safeParsePolicy({ reviews: { intervalMonths: NAME } }))).toBe(false);
  });
});
