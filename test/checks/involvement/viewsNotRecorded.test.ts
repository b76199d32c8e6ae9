import { describe, expect, it } from 'vitest';
import type { ParentCarerInput } from '../../../src/model/parentCarer.js';
import {
  ACTIVE,
  ASSESSED,
  DATES,
  event,
  MUM,
  OPENED,
  viewsOf,
  withEvents,
  withRecords,
} from '../../involvement/records.js';
import { findings, rec } from './run.js';

const RULE = 'involvement.views-not-recorded';
const asOf = '2025-04-01';
const views = rec({
  kind: 'views-recorded',
  id: 'v-1',
  on: '2025-03-20',
  views: { inOwnWords: 'He needs to be at college', givenOn: '2025-03-20' },
});

describe(RULE, () => {
  it('raises nothing before an assessment is completed', () => {
    expect(findings(OPENED.state(), RULE, asOf)).toEqual([]);
  });

  it('raises nothing on the day before the assessment is completed', () => {
    expect(findings(ASSESSED.state(), RULE, '2025-03-09')).toEqual([]);
  });

  it('warns, per person, from the day the assessment is completed', () => {
    expect(findings(ASSESSED.state(), RULE, DATES.assessmentCompleted)).toMatchObject([
      { severity: 'warning', path: ['people', 'pc-mum'], evidence: { assessmentId: 'a-1' } },
    ]);
  });

  it('is satisfied by views recorded as an involvement record', () => {
    expect(findings(withRecords(ACTIVE.state(), views), RULE, asOf)).toEqual([]);
  });

  it('is satisfied by views given in the assessment', () => {
    expect(
      findings(ACTIVE.assessed({ parentCarerViews: viewsOf('pc-mum') }).state(), RULE, asOf),
    ).toEqual([]);
  });

  it('is satisfied by views given in a review', () => {
    const state = withEvents(
      ACTIVE.state(),
      event('review.triggered', '2025-03-25', {
        reviewId: 'rv-1',
        on: '2025-03-25',
        trigger: 'scheduled',
      }),
      event('review.completed', '2025-03-26', {
        reviewId: 'rv-1',
        outcome: {
          completedOn: '2025-03-26',
          progress: [],
          parentCarerViews: [
            { personId: 'pc-mum', views: { inOwnWords: 'Going better', givenOn: '2025-03-26' } },
          ],
          decision: 'continue',
          nextReviewDate: '2025-06-26',
        },
      }),
    );
    expect(findings(state, RULE, asOf)).toEqual([]);
  });

  it('does not count views dated after asOf', () => {
    expect(findings(withRecords(ACTIVE.state(), views), RULE, '2025-03-19')).toHaveLength(1);
  });

  it('does not expect views from a parent under a no-contact restriction, until it ends', () => {
    const restricted: ParentCarerInput = {
      ...MUM,
      restrictions: [
        { kind: 'no-contact', reason: 'Order', source: 'court-order', until: '2025-03-31' },
      ],
    };
    expect(findings(ACTIVE.parentCarers([restricted]).state(), RULE, '2025-03-31')).toEqual([]);
    expect(findings(ACTIVE.parentCarers([restricted]).state(), RULE, asOf)).toHaveLength(1);
  });

  it('does not expect views from someone in an "other" role without parental responsibility', () => {
    const brother = {
      id: 'pc-bro',
      role: 'other',
      relationship: 'brother',
      parentalResponsibility: false,
    } as const;
    expect(findings(ACTIVE.parentCarers([brother]).state(), RULE, asOf)).toEqual([]);
  });

  it('applies to a child of 17 when the assessment is completed, not to one who is 18', () => {
    expect(findings(ACTIVE.child({ dateOfBirth: '2007-03-11' }).state(), RULE, asOf)).toHaveLength(
      1,
    );
    expect(findings(ACTIVE.child({ dateOfBirth: '2007-03-10' }).state(), RULE, asOf)).toEqual([]);
  });
});
