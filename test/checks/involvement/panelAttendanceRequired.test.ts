import { describe, expect, it } from 'vitest';
import type { Disposal } from '../../../src/model/disposal/schema.js';
import { aDisposal } from '../../../src/testing/index.js';
import { ACTIVE, DATES, event, MUM, withEvents, withRecords } from '../../involvement/records.js';
import { findings, rec } from './run.js';

const RULE = 'involvement.panel-attendance-required';
const PANEL = '2025-03-20'; // the first panel agreed the contract
const attended = (on: string, personId = 'pc-mum', id = `a-${on}`) =>
  rec({ kind: 'attended', id, personId, on, meeting: 'panel' });
const LA = {
  id: 'la-1',
  role: 'corporate-parent',
  relationship: 'local authority',
  parentalResponsibility: true,
} as const;
/** A 6-month referral order made when the case opens, with the parent ordered to attend. */
const ro = (extra: Record<string, unknown> = {}) =>
  aDisposal.referralOrder({
    on: DATES.opened,
    startDate: PANEL,
    months: 6,
    parentOrderedToAttend: true,
    ...extra,
  }) as Disposal;

describe(RULE, () => {
  it('raises nothing before the first panel meets', () => {
    expect(findings(ACTIVE.disposal(ro()).state(), RULE, '2025-03-19')).toEqual([]);
  });

  it('is a warning, worded as the parent’s breach, when no parent or guardian attended the first panel', () => {
    const found = findings(ACTIVE.disposal(ro()).state(), RULE, PANEL);
    expect(found).toMatchObject([
      {
        severity: 'warning',
        path: ['panel-meetings', PANEL],
        evidence: { meetingOn: PANEL, ageWhenOrderMade: 15, parentOrderedToAttend: true },
      },
    ]);
    expect(found[0]?.message).toContain('the court ordered them to attend');
    expect(found[0]?.message).toContain('referring their failure to attend to the youth court');
  });

  it('is satisfied by a parent attending on the day of the panel', () => {
    expect(
      findings(withRecords(ACTIVE.disposal(ro()).state(), attended(PANEL)), RULE, PANEL),
    ).toEqual([]);
  });

  it('is not satisfied by attendance recorded for another day, or by non-attendance', () => {
    expect(
      findings(
        withRecords(ACTIVE.disposal(ro()).state(), attended('2025-03-21')),
        RULE,
        '2025-04-01',
      ),
    ).toHaveLength(1);
    const missed = rec({
      kind: 'did-not-attend',
      id: 'd-1',
      on: PANEL,
      meeting: 'panel',
      reason: 'Working',
    });
    expect(findings(withRecords(ACTIVE.disposal(ro()).state(), missed), RULE, PANEL)).toHaveLength(
      1,
    );
  });

  it('counts a kinship carer with the care of the child as a guardian', () => {
    const nan = {
      id: 'pc-nan',
      role: 'kinship-carer',
      relationship: 'grandmother',
      parentalResponsibility: false,
    } as const;
    const state = withRecords(
      ACTIVE.disposal(ro()).parentCarers([nan]).state(),
      attended(PANEL, 'pc-nan'),
    );
    expect(findings(state, RULE, PANEL)).toEqual([]);
  });

  it('checks each later panel meeting too', () => {
    const state = withEvents(
      withRecords(ACTIVE.disposal(ro()).state(), attended(PANEL)),
      event('contact.recorded', '2025-06-19', {
        contact: {
          id: 'c-panel',
          date: '2025-06-19',
          kind: 'panel-meeting',
          attendance: 'attended',
          deliveredBy: { kind: 'yos', role: 'panel' },
        },
      }),
    );
    expect(findings(state, RULE, '2025-06-30').map((f) => f.path)).toEqual([
      ['panel-meetings', '2025-06-19'],
    ]);
  });

  it('does not apply when the child was 16 when the order was made and no parent was ordered to attend', () => {
    const state = ACTIVE.child({ dateOfBirth: '2009-03-03' })
      .disposal(ro({ parentOrderedToAttend: false }))
      .state();
    expect(findings(state, RULE, PANEL)).toEqual([]);
  });

  it('applies to a 16-year-old when the court ordered a parent to attend', () => {
    const state = ACTIVE.child({ dateOfBirth: '2009-03-03' })
      .disposal(ro({ parentOrderedToAttend: true }))
      .state();
    expect(findings(state, RULE, PANEL)).toHaveLength(1);
  });

  it('does not apply under 16 when the court found attendance unreasonable', () => {
    const state = ACTIVE.disposal(
      ro({ parentOrderedToAttend: false, parentAttendanceUnreasonable: true }),
    ).state();
    expect(findings(state, RULE, PANEL)).toEqual([]);
  });

  it('needs a local authority representative for a looked-after child under 16', () => {
    const people = [MUM, LA];
    const mumOnly = withRecords(
      ACTIVE.child({ lookedAfter: true }).disposal(ro()).parentCarers(people).state(),
      attended(PANEL),
    );
    expect(findings(mumOnly, RULE, PANEL)[0]?.message).toMatch(/local authority representative/);
    const la = withRecords(
      ACTIVE.child({ lookedAfter: true }).disposal(ro()).parentCarers(people).state(),
      attended(PANEL, 'la-1'),
    );
    expect(findings(la, RULE, PANEL)).toEqual([]);
  });

  it('does not apply to other disposals', () => {
    expect(findings(ACTIVE.state(), RULE, '2025-12-01')).toEqual([]);
  });

  it('does not count an attendance that was invalidated', () => {
    const state = withEvents(
      withRecords(ACTIVE.disposal(ro()).state(), attended(PANEL)),
      event('involvement.invalidated', '2025-03-21', {
        recordId: `a-${PANEL}`,
        on: '2025-03-21',
        reason: 'It was the aunt',
      }),
    );
    expect(findings(state, RULE, '2025-03-21')).toHaveLength(1);
  });
});
