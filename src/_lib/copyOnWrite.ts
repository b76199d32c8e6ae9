/**
 * @internal Copy-on-write for plain data (objects and arrays): runs `change` on a draft of
 * `base` and returns the changed value, leaving `base` exactly as it was (frozen or not). Only
 * what the change writes is copied, with the objects on the way to it (each copied once,
 * shallowly); everything else is shared with `base`. What a change assigns is stored as given,
 * never drafted: a change must not edit an object after handing it in.
 *
 * The cost is that of the reads and writes and of the objects copied (a list pushed to is copied
 * once); the result is never walked, as a general-purpose draft library does to finalise it.
 *
 * @example
 * const next = copyOnWrite(record, (draft) => {
 *   draft.contacts.push(contact);
 * });
 * next.contacts !== record.contacts; // the list is a copy with one more contact
 * next.plans === record.plans; // untouched: shared
 */
export function copyOnWrite<T extends object>(base: T, change: (draft: T) => void): T {
  const root = new Draft(base as Data, undefined, undefined, new Change());
  change(root.proxy as T);
  return root.current as T;
}

/** Values a draft stands for are plain objects and arrays. */
type Data = Record<PropertyKey, unknown>;

/** What one change knows: the copies it made and the values it was handed. */
class Change {
  /** Copies made by this change: written in place. */
  readonly copies = new WeakSet<object>();
  /** Objects the change assigned from outside the base: stored as they are. */
  readonly handedIn = new WeakSet<object>();
  /** Each proxy's draft (a draft is found from its proxy when its proxy is assigned). */
  readonly drafts = new WeakMap<object, Draft>();
}

/** The draft behind each proxy target (a fresh empty object or array per draft). */
const draftOfTarget = new WeakMap<object, Draft>();

class Draft {
  copy: Data | undefined;
  readonly proxy: Data;
  /** Drafts of this value's values, by key, reused while the key holds what they stand for. */
  readonly children = new Map<PropertyKey, Draft>();

  constructor(
    readonly base: Data,
    readonly parent: Draft | undefined,
    public key: PropertyKey | undefined,
    readonly change: Change,
  ) {
    if (change.copies.has(base)) this.copy = base;
    // The proxy's own target is an empty stand-in, so a frozen base never binds the proxy to
    // answer the base's own values.
    const target = (Array.isArray(base) ? [] : {}) as Data;
    draftOfTarget.set(target, this);
    this.proxy = new Proxy(target, HANDLER);
    change.drafts.set(this.proxy, this);
  }

  get current(): Data {
    return this.copy ?? this.base;
  }

  /** Makes this value writable: a shallow copy, put in place of the base in its parent. */
  writable(): Data {
    if (this.copy) return this.copy;
    const copy = (Array.isArray(this.base) ? this.base.slice() : { ...this.base }) as Data;
    this.copy = copy;
    this.change.copies.add(copy);
    const parent = this.parent;
    if (parent) {
      const into = parent.writable();
      let key = this.key as PropertyKey;
      // The parent list may have moved this value since it was read (a splice, a sort).
      if (into[key] !== this.base && Array.isArray(into)) key = String(into.indexOf(this.base));
      into[key] = copy;
      parent.children.set(key, this);
      this.key = key;
    }
    return copy;
  }

  /** What reading `key` gives: a draft of an object that is not the change's own, else the value. */
  read(key: PropertyKey): unknown {
    const value = this.current[key];
    if (typeof value !== 'object' || value === null) return value;
    const known = this.children.get(key);
    if (known && known.current === value) return known.proxy;
    if (this.change.handedIn.has(value)) return value;
    const child = new Draft(value as Data, this, key, this.change);
    this.children.set(key, child);
    return child.proxy;
  }

  /** What to store when `value` is assigned: a draft's current value, else the value itself. */
  stored(value: unknown): unknown {
    if (typeof value !== 'object' || value === null) return value;
    const draft = this.change.drafts.get(value);
    if (draft) return draft.current;
    if (!this.change.copies.has(value)) this.change.handedIn.add(value);
    return value;
  }
}

const draftOf = (target: object): Draft => draftOfTarget.get(target) as Draft;

const HANDLER: ProxyHandler<Data> = {
  get(target, key, receiver) {
    const draft = draftOf(target);
    const current = draft.current;
    // Methods (push, map, ...) come from the prototype and run on the proxy: their writes are drafted.
    if (typeof key === 'symbol' || !Object.hasOwn(current, key)) {
      return Reflect.get(current, key, receiver);
    }
    return draft.read(key);
  },
  set(target, key, value) {
    const draft = draftOf(target);
    const v = draft.stored(value);
    const current = draft.current;
    if (Object.hasOwn(current, key) && current[key] === v) return true;
    draft.writable()[key] = v;
    draft.children.delete(key);
    return true;
  },
  deleteProperty(target, key) {
    const draft = draftOf(target);
    if (!Object.hasOwn(draft.current, key)) return true;
    delete draft.writable()[key];
    draft.children.delete(key);
    return true;
  },
  has(target, key) {
    return Reflect.has(draftOf(target).current, key);
  },
  ownKeys(target) {
    return Reflect.ownKeys(draftOf(target).current);
  },
  getOwnPropertyDescriptor(target, key) {
    const draft = draftOf(target);
    const found = Reflect.getOwnPropertyDescriptor(draft.current, key);
    if (!found) return undefined;
    // An array's length is the stand-in's own non-configurable property too: report it as such.
    if (key === 'length' && Array.isArray(target)) {
      return { ...found, configurable: false, writable: true };
    }
    if (!('value' in found)) return { ...found, configurable: true };
    return { ...found, value: draft.read(key), configurable: true, writable: true };
  },
  defineProperty(target, key, descriptor) {
    const draft = draftOf(target);
    if (!('value' in descriptor)) return false;
    draft.writable()[key] = draft.stored(descriptor.value);
    draft.children.delete(key);
    return true;
  },
  getPrototypeOf(target) {
    return Reflect.getPrototypeOf(draftOf(target).current);
  },
};
