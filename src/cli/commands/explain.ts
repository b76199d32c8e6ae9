import { RULES } from '../../checks/catalogue.js';
import { explain } from '../../checks/explain.js';
import { isYjplanError } from '../../errors/YjplanError.js';
import { type CliIo, painter, useColor } from '../io.js';

/**
 * @internal `yjplan explain [rule]`: what a check rule means and where it comes from (its
 * source in law, guidance or the evidence); without a rule, the list of rules. An unknown rule
 * exits 2 and says how to list them.
 */
export function runExplain(
  io: CliIo,
  rule: string | undefined,
  options: { format: 'text' | 'json' },
): number {
  if (rule === undefined) {
    if (options.format === 'json') {
      io.stdout.write(`${JSON.stringify(RULES.map((r) => explain(r.id)))}\n`);
      return 0;
    }
    const width = Math.max(...RULES.map((r) => r.id.length));
    for (const r of RULES)
      io.stdout.write(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.title}\n`);
    return 0;
  }
  let explained: ReturnType<typeof explain>;
  try {
    explained = explain(rule);
  } catch (e) {
    if (!isYjplanError(e)) throw e;
    io.stderr.write(
      'yjplan explain: no check rule has this id (run `yjplan explain` with no rule to list them)\n',
    );
    return 2;
  }
  if (options.format === 'json') {
    io.stdout.write(`${JSON.stringify(explained)}\n`);
    return 0;
  }
  const paint = painter(useColor(io, 'stdout'));
  io.stdout.write(
    [
      `${paint.bold(explained.rule)} ${paint.dim(`(${explained.severity})`)}`,
      explained.title,
      '',
      explained.description,
      '',
      `Source (${explained.source.kind}): ${explained.source.citation}`,
      '',
    ].join('\n'),
  );
  return 0;
}
