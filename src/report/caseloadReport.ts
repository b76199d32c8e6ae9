import * as z from 'zod';
import { parsers } from '../errors/parse.js';
import { valueOrThrow } from '../errors/result.js';
import { isYjplanError, YjplanError } from '../errors/YjplanError.js';
import type { CaseState } from '../lifecycle/state.js';
import { IsoDateSchema } from '../model/dates.js';
import { type Policy, safeParsePolicy } from '../policy/index.js';
import { CaseloadAccumulator } from './accumulate.js';
import { caseFacts } from './caseFacts.js';
import { figuresCsv } from './csv.js';
import type { CaseloadFigures } from './figures.js';
import { reportHtml } from './ReportPage.js';

const OptionsSchema = z.strictObject({
  asOf: IsoDateSchema,
  policy: z.unknown().optional(),
  /** Set the published inspection figures beside the caseload's (default true). */
  reference: z.boolean().default(true),
});

/**
 * Options of {@link caseloadReport}: the date to judge the cases at, the YOS's policy (the
 * documented defaults when omitted), and whether to set the published inspection figures beside
 * the caseload's (`reference`, default true).
 *
 * @example
 * const options: CaseloadReportOptions = { asOf: '2026-03-31', reference: false };
 */
export type CaseloadReportOptions = z.input<typeof OptionsSchema>;

const { parse: parseOptions } = parsers(OptionsSchema, 'caseload report options');

/**
 * A caseload report: the figures as data, and the same figures as HTML (with SVG charts), JSON
 * and CSV. Each rendering is made when first read.
 *
 * @example
 * const report: CaseloadReport = caseloadReport(states, { asOf: '2026-03-31' });
 * writeFileSync('report.html', report.html);
 */
export interface CaseloadReport {
  readonly figures: CaseloadFigures;
  readonly html: string;
  readonly json: string;
  readonly csv: string;
}

/**
 * Builds a caseload report one case at a time: `add` each state (from an array, a generator, an
 * NDJSON stream), then `finish`. Only counts and case ids are kept, so memory stays flat however
 * large the caseload.
 *
 * @throws {YjplanError} `invalid_input` for bad options (at once) or a value that is not a case
 * state (from `add`, with the index of the case in `issues[].path`).
 * @example
 * const builder = caseloadReportBuilder({ asOf: '2026-03-31' });
 * for await (const state of states) builder.add(state);
 * const { html } = builder.finish();
 */
export function caseloadReportBuilder(options: CaseloadReportOptions): {
  add(state: CaseState): void;
  finish(): CaseloadReport;
} {
  const { asOf, policy: policyInput, reference } = parseOptions(options);
  const policy: Policy = valueOrThrow(safeParsePolicy(policyInput));
  const acc = new CaseloadAccumulator(asOf, reference);
  let index = 0;
  return {
    add(state) {
      let facts: ReturnType<typeof caseFacts>;
      try {
        facts = caseFacts(state, asOf, policy);
      } catch (e) {
        if (!isYjplanError(e)) throw e;
        throw new YjplanError(e.code, `Case ${index} of the caseload: ${e.message}`, [
          ...e.issues.map((i) => ({ ...i, path: [index, ...i.path] })),
          ...(e.issues.length === 0 ? [{ path: [index], code: e.code, message: e.message }] : []),
        ]);
      }
      index++;
      acc.add(facts);
    },
    finish() {
      return reportOf(acc.figures());
    },
  };
}

/** @internal The report object over finished figures: renderings made once, when first read. */
export function reportOf(figures: CaseloadFigures): CaseloadReport {
  let html: string | undefined;
  let json: string | undefined;
  let csv: string | undefined;
  return {
    figures,
    get html() {
      html ??= reportHtml(figures);
      return html;
    },
    get json() {
      json ??= `${JSON.stringify(figures, null, 2)}\n`;
      return json;
    },
    get csv() {
      csv ??= figuresCsv(figures);
      return csv;
    },
  };
}

/**
 * The caseload report: the questions an inspection asks of casework (assessment, planning,
 * implementation and delivery, reviewing; each on desistance, the child's safety and wellbeing,
 * other people's safety, and involvement; reviews on time), answered across the cases with
 * counts, rates and the case ids behind each; the published inspection figures beside them
 * (optional); findings by rule and severity; reviews due and overdue by case manager; referral
 * waiting times; compliance; disposals, intervention levels and stages. As data (`figures`) and
 * as HTML with SVG charts, JSON and CSV. Reads the states one at a time (see
 * {@link caseloadReportBuilder} for a stream).
 *
 * @throws {YjplanError} `invalid_input` for bad options or a value that is not a case state.
 * @example
 * const report = caseloadReport(states, { asOf: '2026-03-31' });
 * report.figures.questions.find((q) => q.id === 'planning.safety-of-others')?.rate; // 0.58
 * report.csv; // one row per figure, case ids included
 */
export function caseloadReport(
  states: Iterable<CaseState>,
  options: CaseloadReportOptions,
): CaseloadReport {
  const builder = caseloadReportBuilder(options);
  for (const state of states) builder.add(state);
  return builder.finish();
}
