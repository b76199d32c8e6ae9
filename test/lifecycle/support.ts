import { addDays } from '../../src/_lib/calendar.js';
import type { PatchOperation } from '../../src/_lib/recordChanges.js';
import type { SampleChoice, SampleContent } from '../../src/lifecycle/defineEvent.js';
import {
  type CaseEventInput,
  type CaseEventType,
  eventDefinition,
} from '../../src/lifecycle/events/index.js';
import type { CaseRecord } from '../../src/lifecycle/record.js';
import { applyEvent, openCase } from '../../src/lifecycle/reducer.js';
import type { CaseState } from '../../src/lifecycle/state.js';
import {
  type DriverDisposal,
  sampleContent,
  sampleEvent,
} from '../../src/testing/_lifecycle/sampler.js';
import { eventsForPath } from '../../src/testing/eventsForPath.js';
import type { LifecyclePathStep } from '../../src/testing/lifecyclePaths.js';

/** Freezes a value and everything it holds, so any write to it throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const unescapeKey = (s: string) => s.replaceAll('~1', '/').replaceAll('~0', '~');

/** Applies RFC 6902 add/remove/replace operations to a JSON document (a copy is returned). */
export function applyPatch(doc: unknown, ops: readonly PatchOperation[]): unknown {
  let root = structuredClone(doc) as Record<string, unknown>;
  for (const op of ops) {
    const keys = op.path.split('/').slice(1).map(unescapeKey);
    if (keys.length === 0) {
      root = structuredClone(op.value) as Record<string, unknown>;
      continue;
    }
    const last = keys.pop() as string;
    let parent: Record<string, unknown> | unknown[] = root;
    for (const k of keys) parent = (parent as Record<string, unknown>)[k] as typeof parent;
    const value = structuredClone(op.value);
    if (Array.isArray(parent)) {
      const i = Number(last);
      if (op.op === 'add') parent.splice(i, 0, value);
      else if (op.op === 'remove') parent.splice(i, 1);
      else parent[i] = value;
    } else if (op.op === 'remove') {
      delete parent[last];
    } else {
      parent[last] = value;
    }
  }
  return root;
}

/** A JSON copy: what survives serialisation (drops `undefined`). */
export const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * The concrete event log for a lifecycle path: `case.opened` (a referral order, or a DTO for a
 * custodial path) and one event per step, with payloads that make the step's facts true.
 */
export function eventsForSteps(
  steps: readonly LifecyclePathStep[],
  custodial: boolean,
): CaseEventInput[] {
  return eventsForPath({
    reaches: '',
    stage: 'opened',
    custodial,
    steps,
    toClosure: null,
  });
}

/**
 * Writes a case's events one at a time, each its type's own sample for the case as it stands
 * (dated a day apart), applying each as it is written.
 */
export function caseDriver(options: { disposal: DriverDisposal; parents: number }) {
  const content = sampleContent(options.disposal, options.parents);
  const events: CaseEventInput[] = [];
  let state: CaseState | undefined;
  return {
    events,
    emit(type: CaseEventType, choice: SampleChoice = {}): CaseEventInput {
      const event = sampleEvent({
        type,
        record: state?.record,
        index: events.length,
        start: '2025-01-06',
        content,
        choice,
      });
      state = state === undefined ? openCase(event) : applyEvent(state, event);
      events.push(event);
      return event;
    },
  };
}

/**
 * Every sample of `type` for the case as it stands, dated the day after its last
 * event: one per value of a fact its payload chooses (a review's decision), else one.
 */
export function samplesFor(
  type: CaseEventType,
  state: { readonly record: CaseRecord; readonly events: readonly { readonly at: string }[] },
  content: SampleContent,
): CaseEventInput[] {
  const definition = eventDefinition(type);
  const choose = definition?.fact?.choose;
  const choices: SampleChoice[] = choose
    ? (definition?.fact?.values ?? []).map((v: unknown) => choose(v) as SampleChoice)
    : [{}];
  const on = addDays((state.events.at(-1)?.at ?? '2025-01-01').slice(0, 10), 1);
  return choices.map((choice) =>
    sampleEvent({
      type,
      record: state.record,
      index: state.events.length,
      start: on,
      on,
      content,
      choice,
    }),
  );
}
