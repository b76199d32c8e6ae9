import { checkCase } from '../../checks/checkCase.js';
import { historyOf } from '../../lifecycle/history.js';
import { replay } from '../../lifecycle/replay.js';
import { WORKED_EXAMPLE, workedExampleEvents } from '../../testing/examples/referralOrderCase.js';
import { formatCaseSummary } from '../format/caseSummary.js';
import { formatFindings } from '../format/findings.js';
import { type CliIo, painter, useColor } from '../io.js';

/** A mid-delivery date to show the case while the plan is being delivered. */
const DURING_DELIVERY = '2025-10-16';

/**
 * @internal `yjplan demo`: runs the worked example (a 15-year-old's referral order) end to end
 * and prints what a practitioner would want to see at two moments: during delivery, and at
 * closure.
 */
export function runDemo(io: CliIo, options: { format: 'text' | 'json' }): number {
  const events = workedExampleEvents();
  const closed = replay(events);
  const history = historyOf(closed);
  const cut = history.findIndex((h) => h.at.slice(0, 10) > DURING_DELIVERY);
  const during = replay(events.slice(0, cut));
  const moments = [
    { title: `During delivery (as of ${DURING_DELIVERY})`, state: during, asOf: DURING_DELIVERY },
    {
      title: `At closure (as of ${WORKED_EXAMPLE.asOfClosed})`,
      state: closed,
      asOf: WORKED_EXAMPLE.asOfClosed,
    },
  ];
  if (options.format === 'json') {
    io.stdout.write(
      `${JSON.stringify(
        moments.map((m) => ({
          title: m.title,
          stage: m.state.stage,
          findings: checkCase(m.state, { asOf: m.asOf }),
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
      out.push(`  ${h.at.slice(0, 10)}  ${h.summary} ${paint.dim(`→ ${h.stageAfter}`)}`);
    }
  }
  out.push(paint.dim(`  (${history.length} events in all)`), '');
  for (const m of moments) {
    out.push(paint.bold(m.title), ...formatCaseSummary(m.state, paint));
    out.push(
      '  Findings:',
      ...formatFindings(checkCase(m.state, { asOf: m.asOf }), paint, '    '),
      '',
    );
  }
  io.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
