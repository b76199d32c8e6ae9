import { describe, expect, it } from 'vitest';
import { formatReviewSchedule } from '../../src/cli/format/reviewSchedule.js';
import { painter } from '../../src/cli/io.js';
import type { ReviewSchedule, ScheduledReview } from '../../src/schedule/types.js';

const due = (
  date: string,
  overdue: boolean,
  reason: ScheduledReview['reason'],
): ScheduledReview => ({
  reason,
  date,
  from: '2025-09-01',
  basis: 'test',
  overdue,
});

const schedule = (scheduled: ScheduledReview[]): ReviewSchedule =>
  ({
    asOf: '2026-01-10',
    ...(scheduled[0] && { nextDue: scheduled[0] }),
    scheduled,
    triggered: [],
    unactionedTriggers: [],
  }) as ReviewSchedule;

describe('the review schedule as the CLI prints it', () => {
  it('marks the overdue review on its own row, and only that row', () => {
    const lines = formatReviewSchedule(
      schedule([due('2025-12-01', true, 'interval'), due('2026-02-01', false, 'plan-review-date')]),
      undefined,
      painter(false),
    );
    const overdue = lines.filter((l) => l.includes('overdue'));
    expect(overdue).toHaveLength(1);
    expect(overdue[0]).toContain('2025-12-01');
    expect(lines.join('\n')).not.toContain('undefined');
  });

  it('marks a later overdue review on its row, not below it', () => {
    const lines = formatReviewSchedule(
      schedule([due('2025-11-01', false, 'plan-review-date'), due('2025-12-01', true, 'interval')]),
      undefined,
      painter(false),
    );
    expect(lines.filter((l) => l.includes('overdue'))).toEqual([
      expect.stringContaining('2025-12-01'),
    ]);
    expect(lines.join('\n')).not.toContain('undefined');
  });
});
