import { describe, expect, it } from 'vitest';
import { ACTIVE, ASSESSED, MUM, OPENED, viewsOf, withRecords } from '../../involvement/records.js';
import { findings, rec } from './run.js';

const RULE = 'involvement.corporate-parent-missing';
const asOf = '2025-04-01';
const LA = {
  id: 'la-1',
  role: 'corporate-parent',
  relationship: 'local authority',
  parentalResponsibility: true,
} as const;

describe(RULE, () => {
  it('does not apply to a child who is not looked after', () => {
    expect(findings(ACTIVE.parentCarers([]).state(), RULE, asOf)).toEqual([]);
  });

  it('warns at once when a looked-after child has no corporate parent recorded', () => {
    expect(findings(OPENED.child({ lookedAfter: true }).state(), RULE, '2025-03-03')).toMatchObject(
      [
        {
          severity: 'warning',
          path: ['involvement', 'corporate-parent'],
          evidence: { corporateParentIds: [] },
        },
      ],
    );
  });

  it('does not count a parent or foster carer as the corporate parent', () => {
    const foster = {
      id: 'pc-fc',
      role: 'foster-carer',
      relationship: 'foster carer',
      parentalResponsibility: false,
    } as const;
    expect(
      findings(ACTIVE.child({ lookedAfter: true }).parentCarers([MUM, foster]).state(), RULE, asOf),
    ).toHaveLength(1);
  });

  it('waits for the assessment before asking for the local authority’s involvement', () => {
    expect(
      findings(OPENED.child({ lookedAfter: true }).parentCarers([LA]).state(), RULE, asOf),
    ).toEqual([]);
  });

  it('warns once the assessment is completed with no local authority involvement recorded', () => {
    expect(
      findings(ASSESSED.child({ lookedAfter: true }).parentCarers([LA]).state(), RULE, asOf),
    ).toMatchObject([{ evidence: { corporateParentIds: ['la-1'] } }]);
  });

  it('is satisfied by any involvement record for the local authority', () => {
    const state = withRecords(
      ACTIVE.child({ lookedAfter: true }).parentCarers([LA]).state(),
      rec({
        kind: 'invited',
        id: 'i-1',
        personId: 'la-1',
        on: '2025-03-05',
        meeting: 'assessment',
      }),
    );
    expect(findings(state, RULE, asOf)).toEqual([]);
  });

  it('is satisfied by the local authority’s views in the assessment', () => {
    expect(
      findings(
        ACTIVE.child({ lookedAfter: true })
          .parentCarers([LA])
          .assessed({ parentCarerViews: viewsOf('la-1') })
          .state(),
        RULE,
        asOf,
      ),
    ).toEqual([]);
  });
});
