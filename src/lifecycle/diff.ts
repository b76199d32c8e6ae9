/**
 * One change in RFC 6902 JSON Patch form.
 *
 * @example
 * const op: PatchOperation = { op: 'replace', path: '/plans/0/status', value: 'superseded' };
 */
export interface PatchOperation {
  readonly op: 'add' | 'remove' | 'replace';
  /** A JSON Pointer (RFC 6901) into the case record, e.g. `/plans/1/status`. */
  readonly path: string;
  readonly value?: unknown;
}

const pointer = (path: readonly (string | number)[]) =>
  path.map((p) => `/${String(p).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * @internal The JSON Patch that turns `before` into `after`. Unchanged subtrees are shared by
 * reference between successive records, so the walk only descends where something changed.
 */
export function diffRecords(before: unknown, after: unknown): PatchOperation[] {
  const out: PatchOperation[] = [];
  walk(before, after, [], out);
  return out;
}

function walk(a: unknown, b: unknown, path: (string | number)[], out: PatchOperation[]): void {
  if (Object.is(a, b)) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    const common = Math.min(a.length, b.length);
    for (let i = 0; i < common; i++) walk(a[i], b[i], [...path, i], out);
    for (let i = common; i < b.length; i++)
      out.push({ op: 'add', path: pointer([...path, i]), value: b[i] });
    for (let i = a.length - 1; i >= common; i--)
      out.push({ op: 'remove', path: pointer([...path, i]) });
    return;
  }
  if (isRecord(a) && isRecord(b)) {
    for (const key of Object.keys(a)) {
      if (!(key in b) || b[key] === undefined) {
        if (a[key] !== undefined) out.push({ op: 'remove', path: pointer([...path, key]) });
      }
    }
    for (const key of Object.keys(b)) {
      if (b[key] === undefined) continue;
      if (!(key in a) || a[key] === undefined) {
        out.push({ op: 'add', path: pointer([...path, key]), value: b[key] });
      } else {
        walk(a[key], b[key], [...path, key], out);
      }
    }
    return;
  }
  out.push({ op: 'replace', path: pointer(path), value: b });
}
