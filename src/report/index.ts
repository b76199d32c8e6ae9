/**
 * yjplan/report: the caseload report, the figures an inspection asks for across a caseload, as
 * data and as HTML with SVG charts (Observable Plot, drawn server-side with linkedom), JSON and
 * CSV. The charting libraries are optional peer dependencies of this entry only.
 */
export {
  type CaseloadReport,
  type CaseloadReportOptions,
  caseloadReport,
  caseloadReportBuilder,
} from './caseloadReport.js';
export type { CaseCount, CaseloadFigures, QuestionFigure, WaitFigure } from './figures.js';
export { type Answer, type Area, QUESTIONS, type QuestionId, type Topic } from './questions.js';
export { INSPECTION_REFERENCE } from './reference.js';
