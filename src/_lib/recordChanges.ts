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

const pointer = (path: string, key: string | symbol) =>
  `${path}/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`;

/** A copy of a value as it is now: later changes in place must not reach an earlier patch. */
const snapshot = (value: unknown): unknown =>
  typeof value === 'object' && value !== null ? structuredClone(value) : value;

/**
 * @internal Runs `change` on `target` in place through a proxy that writes each change down as a
 * JSON Patch operation, in order: what was written, where, and nothing else. Values are copied
 * as they are written, so the patch stays true while the target changes on. Costs what the
 * change writes, whatever the size of the target.
 *
 * @example
 * const ops: PatchOperation[] = [];
 * recordChanges(record, (draft) => { draft.contacts.push(contact); }, ops);
 * ops; // [{ op: 'add', path: '/contacts/12', value: { ... } }]
 */
export function recordChanges<T extends object>(
  target: T,
  change: (draft: T) => void,
  out: PatchOperation[],
): void {
  const proxies = new WeakMap<object, object>();
  const targets = new WeakMap<object, object>();
  const wrap = <V extends object>(value: V, path: string): V => {
    const known = proxies.get(value);
    if (known !== undefined) return known as V;
    const proxy = new Proxy(value, {
      get(t, key, receiver) {
        const v = Reflect.get(t, key, receiver);
        // A frozen object cannot be written to, and a proxy must answer its own values.
        return typeof v === 'object' && v !== null && typeof key === 'string' && !Object.isFrozen(t)
          ? wrap(v, pointer(path, key))
          : v;
      },
      set(t, key, v) {
        const written = typeof v === 'object' && v !== null ? (targets.get(v) ?? v) : v;
        if (Array.isArray(t) && key === 'length') {
          for (let i = t.length - 1; i >= Number(written); i--)
            out.push({ op: 'remove', path: pointer(path, String(i)) });
          return Reflect.set(t, key, written);
        }
        const exists = Array.isArray(t)
          ? Number(key) < t.length
          : Object.hasOwn(t, key) && (t as Record<string | symbol, unknown>)[key] !== undefined;
        out.push({
          op: exists ? 'replace' : 'add',
          path: pointer(path, key),
          value: snapshot(written),
        });
        return Reflect.set(t, key, written);
      },
      deleteProperty(t, key) {
        if (Object.hasOwn(t, key)) out.push({ op: 'remove', path: pointer(path, key) });
        return Reflect.deleteProperty(t, key);
      },
    });
    proxies.set(value, proxy);
    targets.set(proxy, value);
    return proxy;
  };
  change(wrap(target, ''));
}
