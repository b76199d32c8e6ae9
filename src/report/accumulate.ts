import type { Severity } from '../checks/finding.js';
import { type DisposalType, disposalCatalogue } from '../law/disposals.js';
import type { IsoDate } from '../model/dates.js';
import type { Id } from '../model/ids.js';
import { type CaseFacts, NOT_SENTENCED } from './caseFacts.js';
import type { CaseloadFigures, QuestionFigure, WaitFigure } from './figures.js';
import { QUESTIONS, type QuestionId } from './questions.js';
import { INSPECTION_REFERENCE } from './reference.js';
import { count, Tally } from './tally.js';

const DUE_WITHIN_DAYS = 28;
const WAIT_BANDS = [
  { key: '0-14', label: 'Up to 2 weeks', max: 14 },
  { key: '15-28', label: '2 to 4 weeks', max: 28 },
  { key: '29-56', label: '4 to 8 weeks', max: 56 },
  { key: '57+', label: 'Over 8 weeks', max: Number.POSITIVE_INFINITY },
] as const;
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Waiting times folded into a histogram of days: memory bounded by the longest wait. */
class Waits {
  private readonly days = new Map<number, number>();
  private readonly bands = new Tally();
  private n = 0;

  add(caseId: Id, days: number): void {
    this.n++;
    this.days.set(days, (this.days.get(days) ?? 0) + 1);
    const band = WAIT_BANDS.find((b) => days <= b.max) ?? WAIT_BANDS[3];
    this.bands.add(band.key, caseId);
  }

  figure(all: number): WaitFigure {
    const sorted = [...this.days.entries()].sort((a, b) => a[0] - b[0]);
    let median: number | null = null;
    let seen = 0;
    for (const [d, c] of sorted) {
      seen += c;
      if (median === null && seen >= this.n / 2) median = d;
    }
    return {
      referrals: this.n,
      medianDays: median,
      maxDays: sorted.length > 0 ? (sorted[sorted.length - 1]?.[0] ?? null) : null,
      bands: WAIT_BANDS.map((b) => ({
        ...count(b.key, b.label, this.bands.ids(b.key), all),
        referrals: this.bands.total(b.key),
      })),
    };
  }
}

/**
 * @internal Folds the facts of one case at a time into the caseload's figures. Keeps counts and
 * case ids only, never a case: memory grows with the number of case ids, not with the cases.
 */
export class CaseloadAccumulator {
  private cases = 0;
  private readonly sufficient = new Tally();
  private readonly insufficient = new Tally();
  private readonly rules = new Tally();
  private readonly ruleSeverity = new Map<string, Severity>();
  private readonly overridden = new Map<string, number>();
  private readonly severities = new Tally();
  private readonly practitioners = new Tally();
  private readonly due = new Tally();
  private readonly overdue = new Tally();
  private readonly started = new Waits();
  private readonly waiting = new Waits();
  private readonly compliance = new Tally();
  private readonly outcomes = new Tally();
  private readonly disposals = new Tally();
  private readonly levels = new Tally();
  private readonly stages = new Tally();

  constructor(
    private readonly asOf: IsoDate,
    private readonly withReference: boolean,
  ) {}

  add(f: CaseFacts): void {
    this.cases++;
    const id = f.caseId;
    for (const q of QUESTIONS) {
      const a = f.answers[q.id];
      if (a === 'sufficient') this.sufficient.add(q.id, id);
      else if (a === 'insufficient') this.insufficient.add(q.id, id);
    }
    for (const finding of f.findings) {
      this.rules.add(finding.rule, id);
      this.ruleSeverity.set(finding.rule, finding.severity);
      if (finding.overridden) {
        this.overridden.set(finding.rule, (this.overridden.get(finding.rule) ?? 0) + 1);
      } else this.severities.add(finding.severity, id);
    }
    this.practitioners.add(f.practitioner, id);
    if (f.reviewDueSoon) {
      this.due.add(f.practitioner, id);
      this.due.add('', id);
    }
    if (f.reviewOverdue) {
      this.overdue.add(f.practitioner, id);
      this.overdue.add('', id);
    }
    for (const r of f.referrals) (r.started ? this.started : this.waiting).add(id, r.days);
    if (f.absences > 0) this.compliance.add('absences', id, f.absences);
    if (f.warnings > 0) this.compliance.add('warnings', id, f.warnings);
    if (f.breaches > 0) this.compliance.add('breaches', id, f.breaches);
    for (const o of f.breachOutcomes) this.outcomes.add(o, id);
    this.disposals.add(f.disposal, id);
    this.levels.add(f.interventionLevel, id);
    this.stages.add(f.stage, id);
  }

  figures(): CaseloadFigures {
    const all = this.cases;
    const reference = this.withReference ? INSPECTION_REFERENCE : undefined;
    const questions: QuestionFigure[] = QUESTIONS.map((q) => {
      const yes = this.sufficient.ids(q.id);
      const no = this.insufficient.ids(q.id);
      const asked = yes.length + no.length;
      const ref = reference?.figures[q.id as QuestionId];
      return {
        id: q.id,
        area: q.area,
        topic: q.topic,
        text: q.text,
        asked,
        sufficient: yes.length,
        rate: asked === 0 ? null : yes.length / asked,
        ...(ref !== undefined && { reference: ref }),
        sufficientCaseIds: yes,
        insufficientCaseIds: no,
      };
    });
    const withTotal = (key: string, label: string) => ({
      ...count(key, label, this.compliance.ids(key), all),
      total: this.compliance.total(key),
    });
    return {
      asOf: this.asOf,
      cases: all,
      questions,
      ...(reference && { reference: { label: reference.label, citation: reference.citation } }),
      findings: {
        bySeverity: SEVERITIES.map((s) => ({
          ...count(s, s, this.severities.ids(s), all),
          findings: this.severities.total(s),
        })),
        byRule: this.rules.counts(all).map((c) => ({
          ...c,
          severity: this.ruleSeverity.get(c.key) ?? 'info',
          findings: this.rules.total(c.key),
          overridden: this.overridden.get(c.key) ?? 0,
        })),
      },
      reviews: {
        dueWithinDays: DUE_WITHIN_DAYS,
        byPractitioner: this.practitioners
          .counts(all)
          .map((p) => ({
            practitioner: p.key,
            cases: p.cases,
            due: count(p.key, 'due', this.due.ids(p.key), p.cases),
            overdue: count(p.key, 'overdue', this.overdue.ids(p.key), p.cases),
          }))
          .sort(
            (a, b) =>
              b.overdue.cases - a.overdue.cases ||
              b.due.cases - a.due.cases ||
              a.practitioner.localeCompare(b.practitioner),
          ),
        due: count('due', `Due within ${DUE_WITHIN_DAYS} days`, this.due.ids(''), all),
        overdue: count('overdue', 'Overdue', this.overdue.ids(''), all),
      },
      referrals: { started: this.started.figure(all), waiting: this.waiting.figure(all) },
      compliance: {
        absences: withTotal('absences', 'Unacceptable absences'),
        warnings: withTotal('warnings', 'Warnings'),
        breaches: withTotal('breaches', 'Breach action'),
        breachOutcomes: this.outcomes.counts(all, (k) => k.replaceAll('-', ' ')),
      },
      disposals: this.disposals.counts(
        all,
        (k) =>
          disposalCatalogue[k as DisposalType]?.label ??
          (k === NOT_SENTENCED ? 'Bail or remand (not sentenced yet)' : k),
      ),
      interventionLevels: this.levels.counts(all),
      stages: this.stages.counts(all),
    };
  }
}
