import { describe, expect, it } from 'vitest';
import { checkCase } from '../../src/checks/checkCase.js';
import { isYjplanError } from '../../src/errors/YjplanError.js';
import { replay } from '../../src/lifecycle/replay.js';
import type { CaseState } from '../../src/lifecycle/state.js';
import { caseloadReport, caseloadReportBuilder, QUESTIONS } from '../../src/report/index.js';
import { simulateCaseload, workedExampleEvents } from '../../src/testing/index.js';

const asOf = '2026-06-30';
const caseload: CaseState[] = [...simulateCaseload({ seed: 11, cases: 120 })].map((f) =>
  replay(f.events),
);
const report = caseloadReport(caseload, { asOf });
const { figures } = report;

describe('caseloadReport', () => {
  it('asks every inspection question, in the inspection’s order of areas', () => {
    expect(figures.cases).toBe(120);
    expect(figures.questions.map((q) => q.id)).toEqual(QUESTIONS.map((q) => q.id));
    expect([...new Set(figures.questions.map((q) => q.area))]).toEqual([
      'assessment',
      'planning',
      'delivery',
      'reviewing',
    ]);
  });

  it('answers each question with counts, a rate and the ids of the cases behind them', () => {
    for (const q of figures.questions) {
      expect(q.sufficientCaseIds).toHaveLength(q.sufficient);
      expect(q.sufficient + q.insufficientCaseIds.length).toBe(q.asked);
      expect(q.asked).toBeLessThanOrEqual(figures.cases);
      expect(q.rate).toBe(q.asked === 0 ? null : q.sufficient / q.asked);
      const both = new Set([...q.sufficientCaseIds, ...q.insufficientCaseIds]);
      expect(both.size).toBe(q.asked);
    }
    expect(figures.questions.some((q) => q.rate !== null && q.rate < 1)).toBe(true);
  });

  it('judges planning on other people’s safety insufficient exactly where its findings stand', () => {
    const q = figures.questions.find((x) => x.id === 'planning.safety-of-others');
    const flagged = caseload
      .filter((s) => s.record.plans.some((p) => p.status !== 'draft'))
      .filter((s) =>
        checkCase(s, { asOf }).some(
          (f) =>
            !f.overridden &&
            ['plan.no-others-safety-focus', 'plan.no-contingency'].includes(f.rule),
        ),
      )
      .map((s) => s.caseId);
    expect(q?.insufficientCaseIds).toEqual(flagged);
  });

  it('sets the published inspection figures beside the caseload’s, cited, unless asked not to', () => {
    expect(figures.reference?.citation).toMatch(/HM Inspectorate of Probation/);
    const planning = figures.questions.filter((q) => q.area === 'planning');
    expect(planning.map((q) => q.reference)).toEqual([67, undefined, 53, 66]);
    const delivery = figures.questions.filter((q) => q.area === 'delivery');
    expect(delivery.map((q) => q.reference)).toEqual([55, undefined, 49, 75]);
    const without = caseloadReport(caseload.slice(0, 5), { asOf, reference: false }).figures;
    expect(without.reference).toBeUndefined();
    expect(without.questions.every((q) => q.reference === undefined)).toBe(true);
  });

  it('counts disposals, intervention levels and stages once per case, with their ids', () => {
    for (const list of [figures.disposals, figures.interventionLevels, figures.stages]) {
      expect(list.reduce((n, c) => n + c.cases, 0)).toBe(figures.cases);
      expect(new Set(list.flatMap((c) => c.caseIds)).size).toBe(figures.cases);
    }
    expect(figures.disposals.find((d) => d.key === 'referral-order')?.label).toBe('Referral order');
  });

  it('counts findings by rule and severity, overridden ones apart', () => {
    const all = caseload.flatMap((s) => checkCase(s, { asOf }));
    const standing = all.filter((f) => !f.overridden);
    expect(figures.findings.bySeverity.reduce((n, s) => n + s.findings, 0)).toBe(standing.length);
    expect(figures.findings.byRule.reduce((n, r) => n + r.findings, 0)).toBe(all.length);
    const top = figures.findings.byRule[0];
    expect(top?.caseIds).toHaveLength(top?.cases ?? -1);
  });

  it('lists reviews due and overdue by case manager, and referral waits in bands', () => {
    const perPractitioner = figures.reviews.byPractitioner;
    expect(perPractitioner.reduce((n, p) => n + p.cases, 0)).toBe(figures.cases);
    expect(perPractitioner.reduce((n, p) => n + p.overdue.cases, 0)).toBe(
      figures.reviews.overdue.cases,
    );
    const { started, waiting } = figures.referrals;
    expect(started.bands.reduce((n, b) => n + b.referrals, 0)).toBe(started.referrals);
    expect(waiting.bands.reduce((n, b) => n + b.referrals, 0)).toBe(waiting.referrals);
    if (started.referrals > 0) expect(started.medianDays).toBeLessThanOrEqual(started.maxDays ?? 0);
  });

  it('counts compliance: absences, warnings and breach action, with totals', () => {
    const { absences, warnings, breaches } = figures.compliance;
    expect(absences.total).toBeGreaterThanOrEqual(absences.cases);
    expect(warnings.total).toBeGreaterThanOrEqual(warnings.cases);
    expect(breaches.total).toBeGreaterThanOrEqual(breaches.cases);
    const withWarning = caseload.filter((s) =>
      s.record.compliance.some((c) => c.kind === 'warning' && c.on <= asOf),
    );
    expect(warnings.caseIds).toEqual(withWarning.map((s) => s.caseId));
  });

  it('writes the same figures as JSON, and as CSV with one row per figure', () => {
    expect(JSON.parse(report.json)).toEqual(JSON.parse(JSON.stringify(figures)));
    const rows = report.csv.trimEnd().split('\r\n');
    expect(rows[0]).toBe('section,key,label,count,of,rate,reference,caseIds');
    const questions = rows.filter((r) => r.startsWith('question,'));
    expect(questions).toHaveLength(QUESTIONS.length);
    expect(questions.find((r) => r.startsWith('question,planning.desistance,'))).toMatch(/,0\.67,/);
  });

  it('writes HTML with an SVG chart per area and the figures as tables', () => {
    const html = report.html;
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect((html.match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(7);
    for (const area of ['Assessment', 'Planning', 'Implementation and delivery', 'Reviewing']) {
      expect(html).toContain(`>${area}</h2>`);
    }
    expect(html).toContain('HM Inspectorate of Probation');
  });

  it('reads a caseload one case at a time, from any iterable', () => {
    let given = 0;
    function* one() {
      for (const s of caseload.slice(0, 10)) {
        given++;
        yield s;
      }
    }
    const builder = caseloadReportBuilder({ asOf });
    for (const s of one()) builder.add(s);
    expect(given).toBe(10);
    expect(builder.finish().figures.cases).toBe(10);
  });

  it('answers an empty caseload with no rates, and still draws its report', () => {
    const empty = caseloadReport([], { asOf });
    expect(empty.figures.cases).toBe(0);
    expect(empty.figures.questions.every((q) => q.rate === null)).toBe(true);
    expect(empty.html).toContain('0 cases');
  });

  it('answers invalid_input for bad options, and for something that is not a case, by its index', () => {
    const bad = (() => {
      try {
        caseloadReport([], { asOf: 'not a date' });
      } catch (e) {
        return e;
      }
    })();
    expect(isYjplanError(bad) && bad.code).toBe('invalid_input');
    const kai = replay(workedExampleEvents());
    let error: unknown;
    try {
      caseloadReport([kai, { caseId: 'x' } as never], { asOf });
    } catch (e) {
      error = e;
    }
    expect(isYjplanError(error) && error.code).toBe('invalid_input');
    expect(isYjplanError(error) && error.issues[0]?.path[0]).toBe(1);
  });
});
