import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/errors/codes.js';
import { isYjplanError, YjplanError } from '../../src/errors/YjplanError.js';

const issue = {
  path: ['payload', 'disposal', 'lengthMonths'],
  code: 'too_big',
  message: 'Too long',
};

describe('YjplanError', () => {
  it('is an Error named YjplanError with its code, message and issues', () => {
    const e = new YjplanError('invalid_input', 'Invalid event', [issue]);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('YjplanError');
    expect([e.code, e.message, e.issues]).toEqual(['invalid_input', 'Invalid event', [issue]]);
  });

  it('has no issues unless given some', () => {
    expect(new YjplanError('invalid_json', 'Not JSON').issues).toEqual([]);
  });

  it('serialises to code, message and issues only: no stack, no name', () => {
    const e = new YjplanError('invalid_input', 'Invalid event', [issue]);
    expect(JSON.parse(JSON.stringify(e))).toEqual({
      code: 'invalid_input',
      message: 'Invalid event',
      issues: [issue],
    });
  });

  it('only takes documented codes', () => {
    // @ts-expect-error: not an ErrorCode
    const e = new YjplanError('oops', 'x');
    expect(e.code in ERROR_CODES).toBe(false);
  });
});

describe('isYjplanError', () => {
  it('recognises a YjplanError', () => {
    expect(isYjplanError(new YjplanError('unknown_rule', 'No rule'))).toBe(true);
  });

  it('recognises a YjplanError from another copy of the library by its shape', () => {
    const other = Object.assign(new Error('x'), { name: 'YjplanError', code: 'x', issues: [] });
    expect(isYjplanError(other)).toBe(true);
  });

  it('rejects plain errors, look-alike objects that are not errors, and nothing at all', () => {
    const lookAlike = { name: 'YjplanError', code: 'x', issues: [], message: 'x' };
    for (const value of [new Error('x'), new TypeError('x'), lookAlike, null, undefined, 'x']) {
      expect(isYjplanError(value)).toBe(false);
    }
  });

  it('rejects an error named YjplanError without a code or issues', () => {
    const halfway = Object.assign(new Error('x'), { name: 'YjplanError', code: 'x' });
    expect(isYjplanError(halfway)).toBe(false);
  });
});
