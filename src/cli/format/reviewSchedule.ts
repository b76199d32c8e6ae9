import type { IsoDate } from '../../model/dates.js';
import type { ReviewSchedule, ScheduledReviewReason } from '../../schedule/types.js';
import type { Painter } from '../io.js';
import { table, words } from './table.js';

/** Why a review is due, in a few words (the schedule's `basis` has the full sentence). */
const REASON: Record<ScheduledReviewReason, string> = {
  interval: 'review interval',
  'referral-order-panel': 'youth offender panel',
  'plan-review-date': 'date set in the plan',
  'pre-release': 'before release',
  'post-release': 'after release',
  'end-of-order': 'end-of-order review',
};

/**
 * @internal The review schedule at a glance: the next review due and the others scheduled, the
 * last review, the end of the order and its review, and the reviews triggered by a change.
 */
export function formatReviewSchedule(
  s: ReviewSchedule,
  orderEnds: IsoDate | undefined,
  paint: Painter,
): string[] {
  const late = (overdue: boolean) => (overdue ? paint.red(' overdue') : '');
  const rows: string[][] = [];
  const [next, ...then] = s.scheduled;
  rows.push(next ? ['next due', next.date, REASON[next.reason]] : ['next due', 'none']);
  then.forEach((r, i) => {
    rows.push([i === 0 ? 'then' : '', r.date, REASON[r.reason]]);
  });
  if (s.lastReview) rows.push(['last review', s.lastReview.completedOn]);
  if (orderEnds) {
    const by = s.endOfOrderReviewBy ? `end-of-order review by ${s.endOfOrderReviewBy}` : '';
    rows.push(['order ends', orderEnds, by]);
  }
  const triggered = s.triggered.map((t) => [
    words(t.trigger),
    `${t.triggeredOn}, due by ${t.dueBy}`,
    t.completedOn ? `completed ${t.completedOn}` : 'open',
  ]);
  const lines = ['  Reviews:', ...table(rows, '    ')];
  // Overdue marks are painted after the columns are laid out.
  s.scheduled.forEach((r, i) => {
    if (r.overdue) lines[i + 1] += late(true);
  });
  lines.push('  Triggered reviews:');
  if (triggered.length === 0) lines.push('    none');
  else {
    const laid = table(triggered, '    ');
    s.triggered.forEach((t, i) => {
      lines.push(`${laid[i]}${late(t.overdue)}`);
    });
  }
  for (const u of s.unactionedTriggers) {
    lines.push(
      `    ${paint.yellow('not yet reviewed')}: ${words(u.trigger)} on ${u.on}, due by ${u.dueBy}${late(u.overdue)}`,
    );
  }
  return lines;
}
