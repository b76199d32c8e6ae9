/**
 * @internal A path as a reader writes it: `events[3].payload.plan.objectives[0].focus`.
 */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const p of path) {
    out += typeof p === 'number' ? `[${p}]` : out === '' ? p : `.${p}`;
  }
  return out || '(root)';
}
