import type { HistoryEntry } from '../../src/lifecycle/history.js';

/** A Markdown table of history entries, as docs/guide.md shows them. */
export function historyTable(entries: readonly HistoryEntry[]): string {
  const rows = entries.map((h) => {
    const changes = h.changes.map((c) => `${c.op} \`${c.path}\``).join(', ');
    return `| ${h.index} | ${h.at} | ${h.by} | \`${h.type}\` | ${h.summary} | ${h.stageAfter} | ${changes} |`;
  });
  return [
    '| # | at | by | event | summary | stage after | changes |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** A Markdown table of the entries that moved the case to another state. */
export function stageWalk(entries: readonly HistoryEntry[]): string {
  const rows = entries
    .filter((h) => h.stageBefore !== h.stageAfter)
    .map((h) => {
      const from = h.stageBefore ?? '(new)';
      return `| ${h.index} | ${h.at.slice(0, 10)} | \`${h.type}\` | ${from} | ${h.stageAfter} |`;
    });
  return ['| # | date | event | from | to |', '|---|---|---|---|---|', ...rows].join('\n');
}
