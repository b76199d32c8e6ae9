import { describe, expect, it } from 'vitest';
import { ACTIVE, event, MUM, withEvents, withRecords } from '../../involvement/records.js';
import { findings, rec } from './run.js';

const RULE = 'involvement.shared-with-restricted-person';
const asOf = '2025-04-01';
const COPY_ON = '2025-03-18';
const copy = (extra: Record<string, unknown> = {}) =>
  rec({ kind: 'plan-copy-given', id: 'copy-1', on: COPY_ON, planVersion: 1, ...extra });
const restrictFrom = (from: string) =>
  event('parentCarer.updated', '2025-03-25', {
    person: {
      ...MUM,
      restrictions: [
        {
          kind: 'no-sharing-of-plan',
          reason: 'Safeguarding',
          source: 'safeguarding-decision',
          from,
        },
      ],
    },
  });

describe(RULE, () => {
  it('raises nothing for a copy given to an unrestricted person', () => {
    expect(findings(withRecords(ACTIVE.state(), copy()), RULE, asOf)).toEqual([]);
  });

  it('is an error when a restriction recorded later reaches back to the day of the copy', () => {
    const state = withEvents(withRecords(ACTIVE.state(), copy()), restrictFrom(COPY_ON));
    expect(findings(state, RULE, asOf)).toMatchObject([
      {
        severity: 'error',
        path: ['involvement', 'copy-1'],
        evidence: { personId: 'pc-mum', planVersion: 1, restrictionKinds: ['no-sharing-of-plan'] },
      },
    ]);
  });

  it('raises nothing when the restriction starts the day after the copy', () => {
    const state = withEvents(withRecords(ACTIVE.state(), copy()), restrictFrom('2025-03-19'));
    expect(findings(state, RULE, asOf)).toEqual([]);
  });

  it('raises nothing for a copy that carries a reasoned override', () => {
    const state = withEvents(
      withRecords(
        ACTIVE.state(),
        copy({ sharingOverride: { rationale: 'Redacted copy', authorisedBy: 'pr-lee' } }),
      ),
      restrictFrom(COPY_ON),
    );
    expect(findings(state, RULE, asOf)).toEqual([]);
  });

  it('raises nothing for a copy that was invalidated', () => {
    const state = withEvents(
      withRecords(ACTIVE.state(), copy()),
      event('involvement.invalidated', '2025-03-24', {
        recordId: 'copy-1',
        on: '2025-03-24',
        reason: 'Never sent',
      }),
      restrictFrom(COPY_ON),
    );
    expect(findings(state, RULE, asOf)).toEqual([]);
  });
});
