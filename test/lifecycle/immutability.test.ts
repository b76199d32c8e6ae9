import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/_lib/freeze.js';
import type { CaseEvent, CaseEventInput } from '../../src/lifecycle/events/index.js';
import { deserializeCase, serializeCase } from '../../src/lifecycle/persist.js';
import { applyEvent, openCase, safeApplyEvent, safeOpenCase } from '../../src/lifecycle/reducer.js';
import { replay, safeReplay } from '../../src/lifecycle/replay.js';
import type { CaseState } from '../../src/lifecycle/state.js';
import { workedExampleEvents } from '../../src/testing/index.js';
import { stageLabel } from '../../src/views/stageLabel.js';
import { kaiAfter, kaiEvent, logThrough } from './workedExample.js';

/** Every object reachable from `value` that is not frozen, by path. */
function unfrozen(value: unknown, path = '', seen = new Set<object>()): string[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  const here = Object.isFrozen(value) ? [] : [path || '(root)'];
  return [...here, ...Object.entries(value).flatMap(([k, v]) => unfrozen(v, `${path}/${k}`, seen))];
}

/** Tries a write, as a careless caller would; frozen objects throw in strict mode. */
function tryTo(write: () => void): boolean {
  try {
    write();
    return true;
  } catch (e) {
    expect(e).toBeInstanceOf(TypeError);
    return false;
  }
}

const contact = (id: string, eventId: string): CaseEventInput => ({
  ...kaiEvent('contact.recorded', {
    contact: {
      id,
      date: '2025-09-26',
      kind: 'supervision',
      attendance: 'attended',
      deliveredBy: { kind: 'yos' },
    },
  }),
  id: eventId,
});

describe('in the development build, every state the library returns is deeply frozen', () => {
  const log = logThrough('plan.activated');

  it('from openCase, applyEvent, replay and deserializeCase, and their result forms', () => {
    const opened = openCase(log[0] as CaseEventInput);
    const applied = applyEvent(replay(log), contact('c-new', 'e-new'));
    const states: CaseState[] = [
      opened,
      applied,
      replay(log),
      deserializeCase(serializeCase(replay(log))),
    ];
    const safe = [
      safeOpenCase(log[0]),
      safeApplyEvent(replay(log), contact('c-new', 'e-new')),
      safeReplay(log),
    ];
    for (const r of safe) if (r.ok) states.push(r.value);
    expect(states).toHaveLength(7);
    for (const state of states) expect(unfrozen(state)).toEqual([]);
  });

  it('refuses a push onto the log, so a later event with that id is judged against the real log', () => {
    const state = replay(log);
    const extra = { ...contact('c-1', 'e-pushed'), payload: {} } as unknown as CaseEvent;
    expect(tryTo(() => (state.events as CaseEvent[]).push(extra))).toBe(false);
    expect(state.events).toHaveLength(log.length);
    // Before, the pushed event sat in the log while the id index missed it: accepted twice.
    const next = applyEvent(state, contact('c-1', 'e-pushed'));
    expect(next.events.filter((e) => e.id === 'e-pushed')).toHaveLength(1);
    expect(safeApplyEvent(next, contact('c-2', 'e-pushed')).ok).toBe(false);
  });

  it('refuses a push onto a record list, so the contact id index stays true', () => {
    const state = replay(log);
    const pushed = { ...(contact('c-dup', 'x').payload as { contact: object }).contact };
    expect(tryTo(() => (state.record.contacts as object[]).push(pushed))).toBe(false);
    expect(state.record.contacts.map((c) => c.id)).not.toContain('c-dup');
    const next = applyEvent(state, contact('c-dup', 'e-1'));
    const again = safeApplyEvent(next, contact('c-dup', 'e-2'));
    expect(again.ok ? 'accepted' : again.error.code).toBe('conflicting_record');
  });

  it('keeps the log that serializeCase writes from changing through the record', () => {
    const state = kaiAfter('plan.drafted');
    const text = serializeCase(state);
    const plan = state.record.plans[0]?.plan as { nextReviewDate: string };
    expect(tryTo(() => (plan.nextReviewDate = '2099-01-01'))).toBe(false);
    expect(serializeCase(state)).toBe(text);
  });

  it('freezes none of the host’s own objects: the event it passed stays its own', () => {
    const event = contact('c-host', 'e-host');
    const next = applyEvent(replay(log), event);
    expect(Object.isFrozen(event)).toBe(false);
    expect(Object.isFrozen(event.payload)).toBe(false);
    expect(next.events.at(-1)).not.toBe(event);
    for (const input of log) expect(Object.isFrozen(input)).toBe(false);
  });
});

describe('state values are the library’s own, never shared with a caller', () => {
  const delivering = () => kaiAfter('plan.activated');

  it('cannot be changed through one case to move every other case in that state', () => {
    const a = delivering();
    const b = applyEvent(delivering(), contact('c-b', 'e-b'));
    const label = stageLabel(b);
    const nested = a.machineState as { delivery: { compliance: string } };
    expect(tryTo(() => (nested.delivery.compliance = 'enforcement'))).toBe(false);
    expect(stageLabel(a)).toBe(label);
    expect(stageLabel(b)).toBe(label);
    expect(stageLabel(delivering())).toBe(label);
  });

  it('copies a value a host rebuilt, and neither keeps nor freezes the host’s object', () => {
    const original = delivering();
    const hostValue = JSON.parse(JSON.stringify(original.machineState));
    const rebuilt = JSON.parse(JSON.stringify({ ...original, machineState: hostValue }));
    rebuilt.machineState = hostValue;
    const next = applyEvent(rebuilt, contact('c-h', 'e-h'));
    expect(next.machineState).toEqual(original.machineState);
    expect(next.machineState).not.toBe(hostValue);
    expect(Object.isFrozen(hostValue)).toBe(false);
    // The host may reuse its object for anything: no case of the library follows it.
    hostValue.delivery.compliance = 'enforcement';
    expect(stageLabel(next)).toBe(stageLabel(original));
    expect(stageLabel(replay(workedExampleEvents().slice(0, original.events.length)))).toBe(
      stageLabel(original),
    );
  });
});

describe('deepFreeze', () => {
  it('freezes everything reachable, through cycles', () => {
    const inner = { list: [{ a: 1 }] };
    const outer: Record<string, unknown> = { inner };
    outer.self = outer;
    deepFreeze(outer);
    expect(unfrozen(outer)).toEqual([]);
  });

  it('stops at an object already frozen, so a new state pays only for what is new', () => {
    const untouched = { left: 'as is' };
    const shared = Object.freeze({ untouched });
    const fresh = { shared, added: { x: 1 } };
    deepFreeze(fresh);
    expect(Object.isFrozen(fresh.added)).toBe(true);
    expect(Object.isFrozen(untouched)).toBe(false);
  });

  it('leaves primitives alone', () => {
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze(null)).toBe(null);
  });
});
