import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/checks/checkCase.js';
import type { CaseState } from '../../../src/lifecycle/state.js';
import {
  add,
  missedOn14October,
  referralOrderInDelivery,
  warning,
} from '../../delivery/fixtures.js';

const RULE = 'compliance.warning-without-account';
const inDelivery = (): CaseState => referralOrderInDelivery.state();

const warned = (childAccount: string | null) =>
  add(
    missedOn14October(),
    'compliance.warningIssued',
    '2025-10-15',
    warning('w-1', '2025-10-15', ['c-03'], childAccount),
  );

describe('compliance.warning-without-account', () => {
  it('passes a warning that records the child’s account', () => {
    expect(
      checkCase(warned('I was at my cousin’s'), { asOf: '2025-10-16', rules: [RULE] }),
    ).toEqual([]);
  });

  it('reports a warning without the child’s account, without repeating any free text', () => {
    const findings = checkCase(warned(null), { asOf: '2025-10-16', rules: [RULE] });
    expect(findings).toEqual([
      {
        rule: RULE,
        severity: 'warning',
        message: 'A warning was recorded without the child’s account of what happened',
        path: ['compliance', 'w-1'],
        evidence: { warningId: 'w-1', on: '2025-10-15' },
      },
    ]);
    expect(JSON.stringify(findings)).not.toMatch(/Missed a session/);
  });

  it('keeps reporting it with the practitioner’s override attached (the child would not say)', () => {
    const state = add(warned(null), 'finding.overridden', '2025-10-16', {
      rule: RULE,
      target: 'compliance/w-1',
      rationale: 'The child was offered the chance to give an account and chose not to',
      on: '2025-10-16',
    });
    const [finding] = checkCase(state, { asOf: '2025-10-16', rules: [RULE] });
    expect(finding?.overridden).toMatchObject({ by: 'pr-test' });
  });

  it('passes a case with no warnings', () => {
    expect(checkCase(inDelivery(), { asOf: '2025-10-16', rules: [RULE] })).toEqual([]);
  });
});
