import { describe, expect, it } from 'vitest';
import { checkCase } from '../../src/checks/checkCase.js';
import { YjplanError } from '../../src/errors/YjplanError.js';
import { aCase } from '../../src/testing/index.js';
import { AS_OF } from './plan/_fixtures.js';

/** A referral order in delivery, as the testing kit builds it: clean under every rule. */
const base = aCase().referralOrder().active().state();

const thrown = (run: () => unknown): YjplanError => {
  try {
    run();
  } catch (e) {
    if (e instanceof YjplanError) return e;
    throw e;
  }
  throw new Error('expected a YjplanError');
};

describe('checkCase with a list of rules', () => {
  it('runs only the rules named', () => {
    const rules = ['plan.no-review-date', 'plan.front-loaded'];
    expect(checkCase(base, { asOf: AS_OF, rules })).toEqual([]);
  });

  it('throws unknown_rule, at the path of each id no rule has, instead of returning nothing', () => {
    const e = thrown(() =>
      checkCase(base, { asOf: AS_OF, rules: ['plan.front-loaded', 'plan.frontloaded', 'nope'] }),
    );
    expect(e.code).toBe('unknown_rule');
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_rule', ['rules', 1]],
      ['unknown_rule', ['rules', 2]],
    ]);
    expect(e.message).not.toContain('frontloaded');
  });

  it('throws invalid_input for rules that are not a list', () => {
    const e = thrown(() => checkCase(base, { asOf: AS_OF, rules: 'plan.front-loaded' as never }));
    expect(e.code).toBe('invalid_input');
    expect(e.issues[0]?.path).toEqual(['rules']);
  });
});
