import type {
  Excuse,
  InvolvementSummary,
  Participation,
  PersonInvolvement,
  PlanVersionInvolvement,
} from '../../involvement/types.js';
import type { Painter } from '../io.js';
import { table, words } from './table.js';

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

const excuseLabel = (e: Excuse): string =>
  e.kind === 'no-contact-restriction'
    ? 'no-contact restriction'
    : e.kind === 'not-involved'
      ? `not involved: ${words(e.reason)}`
      : 'could not be contacted';

/**
 * The copy column. A person the plan must not be shared with is never shown as simply given a
 * copy: "withheld", or "shared under override" where a copy carries a reasoned sharing override.
 */
function copyLabel(p: PersonInvolvement, v: PlanVersionInvolvement): string {
  if (!p.planSharingRestricted) return v.copyGiven ? 'given' : 'no';
  const overridden = p.copiesGiven.some(
    (c) => c.planVersion === v.planVersion && c.sharingOverride !== undefined,
  );
  return overridden ? 'shared under override' : 'withheld (restricted)';
}

const who = (p: Participation) => (p.tookPart ? `yes (${p.personIds.join(', ')})` : 'no');

/**
 * @internal The involvement of each parent/carer, a row per plan version (invited, attended,
 * views, agreement, copy of the plan), then whether a parent/carer took part in the assessment,
 * the planning of each version and each review.
 */
export function formatInvolvement(summary: InvolvementSummary, paint: Painter): string[] {
  if (summary.people.length === 0) return ['  Parents/carers: none recorded'];
  const rows: string[][] = [['', 'plan', 'invited', 'attended', 'views', 'agreement', 'copy']];
  const notes: string[] = [];
  for (const p of summary.people) {
    const name = `${p.personId} (${p.relationship})`;
    p.byPlanVersion.forEach((v, i) => {
      rows.push([
        i === 0 ? name : '',
        `v${v.planVersion}`,
        yesNo(v.invited),
        yesNo(v.attended),
        yesNo(v.viewsRecorded),
        v.agreement ?? '-',
        copyLabel(p, v),
      ]);
    });
    if (p.byPlanVersion.length === 0) rows.push([name, '-', '', '', '', '', '']);
    if (p.excused)
      notes.push(`${p.personId}: not expected to take part (${excuseLabel(p.excused)})`);
  }
  const [header, ...body] = table(rows, '    ');
  const lines = ['  Parents/carers:', paint.dim(header ?? ''), ...body];
  lines.push(...notes.map((n) => `    ${paint.dim(n)}`));
  const tookPart: string[][] = [['assessment', who(summary.assessment)]];
  for (const p of summary.planning) tookPart.push([`planning v${p.planVersion}`, who(p)]);
  for (const r of summary.reviews) {
    tookPart.push([
      `review ${r.reviewId}`,
      `${who(r)}${r.completedOn ? '' : paint.dim(' (open)')}`,
    ]);
  }
  lines.push('  A parent/carer took part in:', ...table(tookPart, '    '));
  return lines;
}
