import type { CaseCount, CaseloadFigures } from './figures.js';

const HEADER = ['section', 'key', 'label', 'count', 'of', 'rate', 'reference', 'caseIds'];

/** A CSV field: quoted when it holds a comma, quote or line break. */
const field = (v: string | number | null | undefined): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

const rate = (r: number | null) => (r === null ? '' : r.toFixed(4));

/**
 * @internal The figures as CSV: one row per figure (section, key, label, count, the count it is
 * out of, rate, reference, and the case ids behind it separated by spaces).
 */
export function figuresCsv(f: CaseloadFigures): string {
  const rows: (string | number | null | undefined)[][] = [HEADER];
  const counted = (section: string, c: CaseCount, of = f.cases) =>
    rows.push([
      section,
      c.key,
      c.label,
      c.cases,
      of,
      rate(of === 0 ? null : c.cases / of),
      '',
      c.caseIds.join(' '),
    ]);
  rows.push(['caseload', 'cases', 'Cases', f.cases, f.cases, rate(f.cases ? 1 : null), '', '']);
  for (const q of f.questions) {
    rows.push([
      'question',
      q.id,
      q.text,
      q.sufficient,
      q.asked,
      rate(q.rate),
      q.reference === undefined ? '' : (q.reference / 100).toFixed(2),
      q.sufficientCaseIds.join(' '),
    ]);
  }
  for (const s of f.findings.bySeverity) counted('findings-by-severity', s);
  for (const r of f.findings.byRule) counted(`findings-by-rule:${r.severity}`, r);
  counted('reviews', f.reviews.due);
  counted('reviews', f.reviews.overdue);
  for (const p of f.reviews.byPractitioner) {
    counted(`reviews-due:${p.practitioner}`, p.due, p.cases);
    counted(`reviews-overdue:${p.practitioner}`, p.overdue, p.cases);
  }
  for (const b of f.referrals.started.bands) counted('referral-wait-started', b);
  for (const b of f.referrals.waiting.bands) counted('referral-wait-still-waiting', b);
  counted('compliance', f.compliance.absences);
  counted('compliance', f.compliance.warnings);
  counted('compliance', f.compliance.breaches);
  for (const o of f.compliance.breachOutcomes) counted('breach-outcome', o);
  for (const d of f.disposals) counted('disposal', d);
  for (const l of f.interventionLevels) counted('intervention-level', l);
  for (const s of f.stages) counted('stage', s);
  return `${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}
