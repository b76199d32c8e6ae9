import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { UNKNOWN_KEY_MESSAGE } from '../../src/errors/messages.js';
import { parsers } from '../../src/errors/parse.js';
import { YjplanError } from '../../src/errors/YjplanError.js';
import {
  parseCaseFile,
  parseDisposal,
  safeParseCaseFile,
  safeParseDisposal,
} from '../../src/schemas.js';
import { workedExampleEvents } from '../../src/testing/index.js';

const Visit = z.strictObject({ on: z.iso.date(), notes: z.string().max(10) });
const visit = parsers(Visit, 'visit');

describe('parsers', () => {
  it('returns the parsed value from both forms on valid input', () => {
    const input = { on: '2025-03-03', notes: 'ok' };
    expect(visit.parse(input)).toEqual(input);
    expect(visit.safeParse(input)).toEqual({ ok: true, value: input });
  });

  it('throws from one form and returns from the other the same invalid_input error', () => {
    const input = { on: '2025-02-30', notes: 'x'.repeat(11) };
    const r = visit.safeParse(input);
    expect(r.ok).toBe(false);
    let thrown: unknown;
    try {
      visit.parse(input);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(YjplanError);
    expect((thrown as YjplanError).toJSON()).toEqual(r.ok ? undefined : r.error.toJSON());
    expect((thrown as YjplanError).issues.map((i) => i.path)).toEqual([['on'], ['notes']]);
  });
});

describe('messages under a host’s global zod configuration', () => {
  afterEach(() => {
    z.config({ customError: undefined });
  });

  /** A host whose global error map quotes the input, as some logging setups do. */
  const hostQuotesInput = () =>
    z.config({ customError: (issue) => `Bad value: ${JSON.stringify(issue.input)}` });

  it('never quote the input: the library’s own messages win', () => {
    hostQuotesInput();
    const r = visit.safeParse({ on: 'Kai Smith', notes: 7, extra: 'Kai Smith' });
    expect(r.ok ? [] : r.error.issues.map((i) => i.message)).toEqual([
      'Invalid ISO date',
      'Invalid input: expected string, received number',
      UNKNOWN_KEY_MESSAGE,
    ]);
  });

  it('keep the messages written into the schemas, which cite the law', () => {
    hostQuotesInput();
    const opened = workedExampleEvents()[0] as { payload: { disposal: object } };
    const r = safeParseDisposal({ ...opened.payload.disposal, lengthMonths: 14 });
    expect(r.ok ? '' : r.error.issues[0]?.message).toMatch(/3 to 12 months \(Sentencing Act 2020/);
  });

  it('hold for parseDisposal and parseCaseFile', () => {
    hostQuotesInput();
    expect(() => parseDisposal({ type: 'fine', id: 'Kai Smith' })).toThrow(YjplanError);
    const r = safeParseCaseFile({ schemaVersion: 1, events: [{ id: 'Kai Smith' }] });
    expect(JSON.stringify(r)).not.toContain('Kai Smith');
    expect(() => parseCaseFile('Kai Smith')).toThrow(/^Invalid case file: Invalid input/);
  });
});
