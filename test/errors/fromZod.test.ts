import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { errorFromZod, issuesFromZod } from '../../src/errors/fromZod.js';
import { UNKNOWN_KEY_MESSAGE } from '../../src/errors/messages.js';

const Person = z.strictObject({
  id: z.string(),
  age: z.number().max(17, { error: 'A child is under 18' }),
  needs: z.array(z.strictObject({ kind: z.enum(['learning', 'trauma']) })),
});

const failure = (schema: z.ZodType, input: unknown): z.ZodError => {
  const r = schema.safeParse(input);
  if (r.success) throw new Error('expected a failure');
  return r.error;
};

describe('issuesFromZod', () => {
  it('keeps each issue’s path, code and message, under the prefix', () => {
    const error = failure(Person, { id: 'c-1', age: 19, needs: [{ kind: 'grief' }] });
    expect(issuesFromZod(error, ['payload'])).toEqual([
      { path: ['payload', 'age'], code: 'too_big', message: 'A child is under 18' },
      {
        path: ['payload', 'needs', 0, 'kind'],
        code: 'invalid_value',
        message: 'Invalid option: expected one of "learning"|"trauma"',
      },
    ]);
  });

  it('reports each unknown key on its own, at the key, without naming it in the message', () => {
    const error = failure(Person, { id: 'c-1', age: 12, needs: [], nmae: 'x', agee: 3 });
    expect(issuesFromZod(error)).toEqual([
      { path: ['nmae'], code: 'unrecognized_keys', message: UNKNOWN_KEY_MESSAGE },
      { path: ['agee'], code: 'unrecognized_keys', message: UNKNOWN_KEY_MESSAGE },
    ]);
  });

  it('keeps the library code of a custom issue raised with params.code', () => {
    const Aged = z.number().superRefine((n, ctx) => {
      if (n < 16)
        ctx.addIssue({ code: 'custom', message: 'Too young', params: { code: 'requirement_age' } });
    });
    expect(issuesFromZod(failure(Aged, 15))).toEqual([
      { path: [], code: 'requirement_age', message: 'Too young' },
    ]);
  });

  it('keeps "custom" when params.code is missing or not a snake_case code', () => {
    const Odd = z.number().superRefine((_, ctx) => {
      ctx.addIssue({ code: 'custom', message: 'a' });
      ctx.addIssue({ code: 'custom', message: 'b', params: { code: 'Not A Code' } });
    });
    expect(issuesFromZod(failure(Odd, 1)).map((i) => i.code)).toEqual(['custom', 'custom']);
  });

  it('turns a symbol in a path into a string', () => {
    const key = Symbol('k');
    const error = new z.ZodError([{ code: 'custom', path: [key], message: 'x', input: undefined }]);
    expect(issuesFromZod(error)[0]?.path).toEqual(['Symbol(k)']);
  });
});

describe('errorFromZod', () => {
  it('makes an invalid_input error naming what was parsed, where, and how many more issues', () => {
    const error = errorFromZod(failure(Person, { id: 1, age: 19, needs: [] }), 'child');
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe(
      'Invalid child at id: Invalid input: expected string, received number (and 1 more)',
    );
  });

  it('uses the code and path prefix it is given', () => {
    const error = errorFromZod(failure(Person, null), 'policy', {
      code: 'invalid_policy',
      prefix: ['policy'],
    });
    expect([error.code, error.issues[0]?.path]).toEqual(['invalid_policy', ['policy']]);
    expect(error.message).toBe(
      'Invalid policy at policy: Invalid input: expected object, received null',
    );
  });

  it('points at the object holding an unknown key, not at the key', () => {
    const error = errorFromZod(
      failure(Person, { id: 'c-1', age: 12, needs: [], nmae: 'x' }),
      'child',
    );
    expect(error.message).toBe(`Invalid child: ${UNKNOWN_KEY_MESSAGE}`);
    expect(error.message).not.toContain('nmae');
  });

  it('points at the record holding a key that is not allowed, not at the key', () => {
    const Notes = z.strictObject({ byName: z.record(z.string().regex(/^n-/), z.number()) });
    const error = errorFromZod(failure(Notes, { byName: { 'Kai Smith': 1 } }), 'notes');
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([
      [['byName', 'Kai Smith'], 'invalid_key'],
    ]);
    expect(error.message).toBe('Invalid notes at byName: Invalid key in record');
  });

  it('lists at most 100 issues, then one too_many_issues issue counting the rest', () => {
    const Many = z.array(z.string());
    const error = errorFromZod(failure(Many, Array(250).fill(1)), 'list', { prefix: ['list'] });
    expect(error.issues).toHaveLength(101);
    expect(error.issues[100]).toEqual({
      path: ['list'],
      code: 'too_many_issues',
      message: '150 more issues are not listed',
    });
    expect(error.message).toMatch(/ \(and 249 more\)$/);
  });
});
