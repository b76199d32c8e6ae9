import { describe, expect, it } from 'vitest';
import { safeOpenCase } from '../../src/index.js';
import { workedExampleEvents } from '../../src/testing/index.js';

describe('case.opened', () => {
  it('keeps the age-law issue code of the disposal, at the payload path', () => {
    const opened = workedExampleEvents()[0] as { payload: { child: { dateOfBirth: string } } };
    opened.payload.child.dateOfBirth = '2017-01-01';
    const r = safeOpenCase(opened);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const age = r.error.issues.find((i) => i.code === 'disposal_age');
      expect(age?.path.slice(0, 2)).toEqual(['payload', 'disposal']);
    }
  });
});
