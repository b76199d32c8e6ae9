import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/checks/checkCase.js';
import { add, contact, kaiInDelivery, warning } from '../../delivery/fixtures.js';

const RULE = 'compliance.absences-not-addressed';
type State = ReturnType<typeof kaiInDelivery>;
const run = (state: State, asOf: string, policy?: object) =>
  checkCase(state, { asOf, rules: [RULE], ...(policy && { policy }) });

/** An unacceptable absence on Tuesday 14 October 2025: a response is due by Tuesday 21st. */
const missed = (state: State = kaiInDelivery()) =>
  add(
    state,
    'contact.recorded',
    '2025-10-14',
    contact('c-03', '2025-10-14', 'unacceptable-absence'),
  );

describe('compliance.absences-not-addressed', () => {
  it('passes within 5 working days of the absence (the last day included)', () => {
    expect(run(missed(), '2025-10-21')).toEqual([]);
  });

  it('reports an unacceptable absence with no response after 5 working days', () => {
    expect(run(missed(), '2025-10-22')).toEqual([
      {
        rule: RULE,
        severity: 'warning',
        message:
          '1 unacceptable absence has no recorded response (a warning or breach action naming it)',
        path: ['contacts', 'c-03'],
        evidence: { contactIds: ['c-03'], threshold: 1, respondBy: '2025-10-21' },
      },
    ]);
  });

  it('passes once a warning names the absence', () => {
    const state = add(
      missed(),
      'compliance.warningIssued',
      '2025-10-15',
      warning('w-1', '2025-10-15', ['c-03']),
    );
    expect(run(state, '2025-12-01')).toEqual([]);
  });

  it('never counts an acceptable absence', () => {
    const state = add(
      kaiInDelivery(),
      'contact.recorded',
      '2025-10-14',
      contact('c-03', '2025-10-14', 'acceptable-absence'),
    );
    expect(run(state, '2025-12-01')).toEqual([]);
  });

  it('waits for the policy threshold: with 2, one absence passes and the second is reported', () => {
    const policy = { delivery: { absenceThreshold: 2 } };
    const one = missed();
    expect(run(one, '2025-12-01', policy)).toEqual([]);
    const two = add(
      one,
      'contact.recorded',
      '2025-10-21',
      contact('c-04', '2025-10-21', 'unacceptable-absence'),
    );
    expect(run(two, '2025-10-28', policy)).toEqual([]);
    expect(run(two, '2025-10-29', policy)).toMatchObject([
      { path: ['contacts', 'c-04'], evidence: { contactIds: ['c-03', 'c-04'], threshold: 2 } },
    ]);
  });

  it('reports each unanswered absence separately when every absence needs a response', () => {
    const two = add(
      missed(),
      'contact.recorded',
      '2025-10-21',
      contact('c-04', '2025-10-21', 'unacceptable-absence'),
    );
    expect(run(two, '2025-11-03').map((f) => f.path.join('/'))).toEqual([
      'contacts/c-03',
      'contacts/c-04',
    ]);
  });
});
