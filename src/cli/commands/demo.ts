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
import { type DemoExample, multiAgencyDemo } from './demoMultiAgency.js';

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

/** @internal The examples `yjplan demo --example` can show (the first is the default). */
export const DEMO_EXAMPLES = ['referral-order', 'multi-agency'] as const;

/** The default demo: Kai's referral order, during delivery and at closure. */
const referralOrderDemo: DemoExample = {
  title: 'yjplan demo: the worked example, opening to closure',
  events: workedExampleEvents,
  names: NAMES,
  moments: (events) => {
    const closed = replay(events);
    const cut = historyOf(closed).findIndex((h) => h.at.slice(0, 10) > DURING_DELIVERY);
    return [
      {
        title: `During delivery (as of ${DURING_DELIVERY})`,
        state: replay(events.slice(0, cut)),
        asOf: DURING_DELIVERY,
      },
      {
        title: `At closure (as of ${WORKED_EXAMPLE.asOfClosed})`,
        state: closed,
        asOf: WORKED_EXAMPLE.asOfClosed,
      },
    ];
  },
};

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
 * @internal `yjplan demo`: runs a worked example end to end (by default a 15-year-old's
 * referral order; `--example multi-agency` a 17-year-old's multi-agency plan and hand-over to
 * probation) and prints what a practitioner would want to see at its moments (during delivery,
 * at closure): the stage, the plan, the findings, each parent/carer's involvement and the review
 * schedule, and what the example adds (each agency's copy, the hand-over plan).
 */
export function runDemo(
  io: CliIo,
  options: { format: 'text' | 'json'; example?: (typeof DEMO_EXAMPLES)[number] },
): number {
  const demo = options.example === 'multi-agency' ? multiAgencyDemo : referralOrderDemo;
  const events = demo.events();
  const closed = replay(events);
  const history = historyOf(closed);
  const moments = demo.moments(events).map((m) => moment(m.title, m.state, m.asOf));
  const extras = demo.extras?.(events);
  if (options.format === 'json') {
    const json = moments.map(({ title, asOf, state, ...rest }) => ({
      title,
      asOf,
      stage: state.stage,
      ...rest,
    }));
    io.stdout.write(`${JSON.stringify(extras ? { moments: json, ...extras.json } : json)}\n`);
    return 0;
  }
  const paint = painter(useColor(io, 'stdout'));
  const out: string[] = [paint.bold(demo.title), ''];
  out.push(paint.bold('Timeline'));
  for (const h of history) {
    if (
      h.stageBefore !== h.stageAfter ||
      /^(case|plan\.(drafted|revised|activated)|review|meeting|transition)/.test(h.type)
    ) {
      out.push(
        `  ${h.at.slice(0, 10)}  ${summaryInWords(h.summary)} ${paint.dim(`→ ${labelInWords(h.stageAfter)}`)}`,
      );
    }
  }
  out.push(paint.dim(`  (${history.length} events in all)`), '');
  for (const m of moments) {
    const names = namer(m.state.record, demo.names);
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
  if (extras) out.push(...extras.text(paint));
  io.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
