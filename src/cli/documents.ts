/**
 * @internal The document commands (`view`, `report`), built as their own CommonJS bundle
 * (`dist/cli-documents.cjs`) that `dist/cli.cjs` loads only when one of them runs: the renderer
 * and the charting libraries never slow the start of other commands (ADR 0036).
 */
export { runReport } from './commands/report.js';
export { runView } from './commands/view.js';
