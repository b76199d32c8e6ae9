import type {
  Excuse,
  InvolvementSummary,
  Participation,
  PersonInvolvement,
  PlanVersionInvolvement,
} from '../../involvement/types.js';
import type { CaseRecord } from '../../lifecycle/record.js';
import type { Painter } from '../io.js';
import type { Namer } from './names.js';
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

/**
 * The views column of a plan version: views given for it, or given in the assessment or a review
 * that came before it was drafted (since the version before), which is where a parent's views
 * are usually heard.
 */
function viewsLabel(p: PersonInvolvement, v: PlanVersionInvolvement, record: CaseRecord): string {
  if (v.viewsRecorded) return 'yes';
  const drafted = record.plans.find((x) => x.version === v.planVersion)?.drafted.on;
  const before = record.plans.find((x) => x.version === v.planVersion - 1)?.drafted.on;
  if (drafted === undefined) return 'no';
  const heard = p.views.find(
    (e) =>
      e.planVersion === undefined &&
      e.givenOn <= drafted &&
      (before === undefined || e.givenOn > before),
  );
  if (!heard) return 'no';
  return heard.source === 'involvement-record' ? 'yes' : `yes (at ${heard.source})`;
}

/**
 * @internal The involvement of each parent/carer, a row per plan version (invited, attended,
 * views, agreement, copy of the plan), then whether a parent/carer took part in the assessment,
 * the planning of each version and each review.
 */
export function formatInvolvement(
  summary: InvolvementSummary,
  record: CaseRecord,
  names: Namer,
  paint: Painter,
): string[] {
  const who = (p: Participation) =>
    p.tookPart ? `yes (${p.personIds.map(names.person).join(', ')})` : 'no';
  if (summary.people.length === 0) return ['  Parents/carers: none recorded'];
  const rows: string[][] = [['', 'plan', 'invited', 'attended', 'views', 'agreement', 'copy']];
  const notes: string[] = [];
  for (const p of summary.people) {
    const name = names.person(p.personId);
    p.byPlanVersion.forEach((v, i) => {
      rows.push([
        i === 0 ? name : '',
        `v${v.planVersion}`,
        yesNo(v.invited),
        yesNo(v.attended),
        viewsLabel(p, v, record),
        v.agreement ?? '-',
        copyLabel(p, v),
      ]);
    });
    if (p.byPlanVersion.length === 0) rows.push([name, '-', '', '', '', '', '']);
    if (p.excused) notes.push(`${name}: not expected to take part (${excuseLabel(p.excused)})`);
  }
  const [header, ...body] = table(rows, '    ');
  const lines = ['  Parents/carers:', paint.dim(header ?? ''), ...body];
  lines.push(...notes.map((n) => `    ${paint.dim(n)}`));
  const tookPart: string[][] = [['assessment', who(summary.assessment)]];
  for (const p of summary.planning) tookPart.push([`planning v${p.planVersion}`, who(p)]);
  for (const r of summary.reviews) {
    tookPart.push([
      `review of ${r.triggeredOn}`,
      `${who(r)}${r.completedOn ? '' : paint.dim(' (open)')}`,
    ]);
  }
  lines.push('  A parent/carer took part in:', ...table(tookPart, '    '));
  return lines;
}
