/**
 * @internal Lines of a table whose columns line up: each cell padded to its column's widest
 * (the last column is left unpadded). Paint after laying out, never before: colour codes would
 * count as width.
 */
export function table(rows: readonly (readonly string[])[], indent: string): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  return rows.map(
    (row) =>
      indent +
      row
        .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
  );
}

/** @internal A kebab-case value as words: `change-of-placement` reads "change of placement". */
export const words = (value: string): string => value.replaceAll('-', ' ');
