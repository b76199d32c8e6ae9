import { checkCase } from '../../checks/checkCase.js';
import { involvementSummary } from '../../involvement/summary.js';
import { historyOf } from '../../lifecycle/history.js';
import { casePeriodEnd, ordersOn } from '../../lifecycle/orders.js';
import { replay } from '../../lifecycle/replay.js';
import type { CaseState } from '../../lifecycle/state.js';
import { labelInWords } from '../../render/stageWords.js';
import { reviewSchedule } from '../../schedule/reviewSchedule.js';
import { WORKED_EXAMPLE, workedExampleEvents } from '../../testing/index.js';
import { formatCaseSummary } from '../format/caseSummary.js';
import { formatFindings } from '../format/findings.js';
import { formatInvolvement } from '../format/involvement.js';
import { type NameDirectory, namer } from '../format/names.js';
import { formatReviewSchedule } from '../format/reviewSchedule.js';
import { words } from '../format/table.js';
import { type CliIo, painter, useColor } from '../io.js';

/**
 * Names for the ids of the worked example, as a host's directory would hold them (the library
 * keeps only ids). Invented, like everything in the example.
 */
const NAMES: NameDirectory = {
  'pc-mum': 'Dee',
  'pc-dad': 'Rob',
  'pr-sam': 'Sam',
  'pr-manager-lee': 'Lee',
};

/** A history summary with its kebab-case values as words: `Review completed: revise plan`. */
const summaryInWords = (summary: string): string =>
  summary
    .replace(/\(([a-z]+(?:-[a-z]+)+)\)/g, (_, w: string) => `(${words(w)})`)
    .replace(/: ([a-z]+(?:-[a-z]+)+)$/, (_, w: string) => `: ${words(w)}`);

/** A mid-delivery date to show the case while the plan is being delivered. */
const DURING_DELIVERY = '2025-10-16';

/** What the demo shows of the case at one moment, worked out once for text and JSON alike. */
function moment(title: string, state: CaseState, asOf: string) {
  return {
    title,
    asOf,
    state,
    findings: checkCase(state, { asOf }),
    involvement: involvementSummary(state, { asOf }),
    reviewSchedule: reviewSchedule(state, { asOf }),
  };
}

/**
 * @internal `yjplan demo`: runs the worked example (a 15-year-old's referral order) end to end
 * and prints what a practitioner would want to see at two moments, during delivery and at
 * closure: the stage, the plan, the findings, each parent/carer's involvement and the review
 * schedule.
 */
export function runDemo(io: CliIo, options: { format: 'text' | 'json' }): number {
  const events = workedExampleEvents();
  const closed = replay(events);
  const history = historyOf(closed);
  const cut = history.findIndex((h) => h.at.slice(0, 10) > DURING_DELIVERY);
  const moments = [
    moment(
      `During delivery (as of ${DURING_DELIVERY})`,
      replay(events.slice(0, cut)),
      DURING_DELIVERY,
    ),
    moment(`At closure (as of ${WORKED_EXAMPLE.asOfClosed})`, closed, WORKED_EXAMPLE.asOfClosed),
  ];
  if (options.format === 'json') {
    io.stdout.write(
      `${JSON.stringify(
        moments.map(({ title, asOf, state, ...rest }) => ({
          title,
          asOf,
          stage: state.stage,
          ...rest,
        })),
      )}\n`,
    );
    return 0;
  }
  const paint = painter(useColor(io, 'stdout'));
  const out: string[] = [paint.bold('yjplan demo: the worked example, opening to closure'), ''];
  out.push(paint.bold('Timeline'));
  for (const h of history) {
    if (
      h.stageBefore !== h.stageAfter ||
      /^(case|plan\.(drafted|revised|activated)|review)/.test(h.type)
    ) {
      out.push(
        `  ${h.at.slice(0, 10)}  ${summaryInWords(h.summary)} ${paint.dim(`→ ${labelInWords(h.stageAfter)}`)}`,
      );
    }
  }
  out.push(paint.dim(`  (${history.length} events in all)`), '');
  for (const m of moments) {
    const names = namer(m.state.record, NAMES);
    out.push(
      paint.bold(m.title),
      ...formatCaseSummary(m.state, m.asOf, names, paint),
      ...formatInvolvement(m.involvement, m.state.record, names, paint),
      ...formatReviewSchedule(m.reviewSchedule, casePeriodEnd(ordersOn(m.state, m.asOf)), paint),
      '  Findings:',
      ...formatFindings(m.findings, paint, '    '),
      '',
    );
  }
  io.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
