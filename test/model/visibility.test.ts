import { describe, expect, it } from 'vitest';
import { SHARED_WITH_ALL, VisibilitySchema } from '../../src/model/visibility.js';
import { pathsOf } from './workedExampleParts.js';

describe('VisibilitySchema', () => {
  it('shares an item with everyone by default', () => {
    expect(VisibilitySchema.parse({})).toEqual(SHARED_WITH_ALL);
  });

  it('rejects an item withheld from any one audience without the reason', () => {
    for (const audience of ['child', 'parentsCarers', 'agencies']) {
      expect(pathsOf(VisibilitySchema.safeParse({ [audience]: false }))).toEqual([
        ['withheldReason'],
      ]);
    }
  });

  it('accepts an item withheld from the child with the reason recorded', () => {
    const v = { child: false, withheldReason: 'Victim safety: the exclusion zone’s location' };
    expect(VisibilitySchema.parse(v)).toEqual({ ...SHARED_WITH_ALL, ...v });
  });

  it('rejects a misspelt audience rather than sharing by default', () => {
    const r = VisibilitySchema.safeParse({ parents: false });
    expect(r.error?.issues.map((i) => i.code)).toEqual(['unrecognized_keys']);
  });
});
