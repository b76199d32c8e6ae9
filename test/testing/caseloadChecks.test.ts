import { describe, expect, it } from 'vitest';
import { checkCase, replay } from '../../src/index.js';
import { simulateCaseload } from '../../src/testing/index.js';

describe('a simulated caseload under the checks', () => {
  it('checks 1,000 simulated lifecycles with no error finding', () => {
    const errors: string[] = [];
    let cases = 0;
    for (const file of simulateCaseload({ seed: 2026, cases: 1000 })) {
      cases++;
      const state = replay(file.events);
      const last = file.events[file.events.length - 1];
      const asOf = last ? last.at.slice(0, 10) : '2026-01-01';
      for (const f of checkCase(state, { asOf })) {
        if (f.severity === 'error' && !f.overridden)
          errors.push(`${state.caseId} ${f.rule} ${f.path.join('/')}`);
      }
    }
    expect(cases).toBe(1000);
    expect(errors).toEqual([]);
  }, 120_000);
});
