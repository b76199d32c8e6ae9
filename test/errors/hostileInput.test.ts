/**
 * Input built to exhaust the library: a million bad events, an event with a hundred thousand
 * unknown keys, a file that starts with a byte-order mark. An error lists at most 100 issues and
 * says what it left out; a case file stops being validated once the list is full.
 */
import { describe, expect, it } from 'vitest';
import { deserializeCase, safeDeserializeCase, serializeCase } from '../../src/index.js';
import { safeParseCaseEvent, safeParseCaseFile, safeParsePolicy } from '../../src/schemas.js';
import { workedExampleEvents } from '../../src/testing/index.js';

const EXAMPLE = workedExampleEvents();

describe('a case file with a million bad events', { timeout: 60_000 }, () => {
  const events = Array.from({ length: 1_000_000 }, () => ({}));
  const r = safeParseCaseFile({ schemaVersion: 1, events });
  const error = r.ok ? undefined : r.error;

  it('lists the first 100 issues, then says which events were not validated', () => {
    expect(error?.code).toBe('invalid_input');
    expect(error?.issues).toHaveLength(101);
    expect(error?.issues[99]?.path).toEqual(['events', 99, 'type']);
    expect(error?.issues[100]).toEqual({
      path: ['events'],
      code: 'too_many_issues',
      message: 'Events 100 to 999,999 (999,900) were not validated',
    });
  });

  it('says so in its message', () => {
    expect(error?.message).toMatch(
      /^Invalid case file at events\.0\.type: .+ \(and 99 more; the rest was not validated\)$/,
    );
  });
});

describe('an error with more than 100 issues', { timeout: 60_000 }, () => {
  const keys = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]));

  it('lists 100 unknown keys of an event and counts the rest exactly', () => {
    const event = { ...EXAMPLE[2], payload: { ...(EXAMPLE[2]?.payload as object), ...keys } };
    const r = safeParseCaseEvent(event);
    const issues = r.ok ? [] : r.error.issues;
    expect(issues).toHaveLength(101);
    expect(issues[0]?.path).toEqual(['payload', 'k0']);
    expect(issues[100]).toEqual({
      path: [],
      code: 'too_many_issues',
      message: '99,900 more issues are not listed',
    });
    expect(r.ok ? '' : r.error.message).toMatch(/\(and 99,999 more\)$/);
  });

  it('lists 100 issues of a case file whose one event has them, and counts the rest', () => {
    const event = { ...EXAMPLE[2], payload: { ...(EXAMPLE[2]?.payload as object), ...keys } };
    const r = safeParseCaseFile({ schemaVersion: 1, events: [EXAMPLE[0], EXAMPLE[1], event] });
    const issues = r.ok ? [] : r.error.issues;
    expect(issues).toHaveLength(101);
    expect(issues[100]).toEqual({
      path: ['events'],
      code: 'too_many_issues',
      message: '99,900 more issues are not listed',
    });
  });

  it('lists 100 issues of a policy, and counts the rest', () => {
    const r = safeParsePolicy({ reviews: keys });
    expect(r.ok ? 0 : r.error.issues.length).toBe(101);
    expect(r.ok ? undefined : r.error.issues[100]?.message).toBe(
      '99,900 more issues are not listed',
    );
  });

  it('lists exactly 100 and adds nothing when there are exactly 100', () => {
    const hundred = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, i]));
    const r = safeParsePolicy({ reviews: hundred });
    expect(r.ok ? [] : r.error.issues.map((i) => i.code)).toEqual(
      Array(100).fill('unrecognized_keys'),
    );
  });
});

describe('a case file that starts with a byte-order mark', () => {
  it('loads as the same case', () => {
    const text = serializeCase(
      deserializeCase(JSON.stringify({ schemaVersion: 1, events: EXAMPLE })),
    );
    expect(safeDeserializeCase(`\ufeff${text}`)).toEqual(safeDeserializeCase(text));
    expect(safeDeserializeCase(`\ufeff${text}`).ok).toBe(true);
  });

  it('is still not valid JSON when the mark is anywhere else', () => {
    const text = JSON.stringify({ schemaVersion: 1, events: EXAMPLE });
    expect(safeDeserializeCase(` \ufeff${text}`)).toMatchObject({
      ok: false,
      error: { code: 'invalid_json' },
    });
  });
});
