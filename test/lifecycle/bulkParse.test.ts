/**
 * A case file compiles the schemas of its common event types before its first event is parsed
 * (`expectEvents`); the results must be those of the runtime parser, event by event.
 */
import { describe, expect, it } from 'vitest';
import { issuesFromZod } from '../../src/errors/fromZod.js';
import { libraryParseOptions } from '../../src/errors/messages.js';
import { CaseEventSchema } from '../../src/lifecycle/events/index.js';
import { safeParseCaseFile } from '../../src/lifecycle/persist.js';
import { longCaseEvents } from '../fixtures/longCase.js';

/** The issues of the runtime discriminated union, event by event, with the file's paths. */
function runtimeIssues(events: readonly unknown[]) {
  return events.flatMap((e, i) => {
    const r = CaseEventSchema.safeParse(e, libraryParseOptions);
    return r.success ? [] : issuesFromZod(r.error, ['events', i]);
  });
}

describe('parsing a whole case file', () => {
  it('accepts a long case and returns the events the runtime parser returns', () => {
    const events = JSON.parse(JSON.stringify(longCaseEvents(300))) as unknown[];
    const r = safeParseCaseFile({ schemaVersion: 1, events });
    expect(r.ok).toBe(true);
    const runtime = events.map((e) => CaseEventSchema.parse(e, libraryParseOptions));
    expect(r.ok && r.value.events).toEqual(runtime);
  });

  it('reports the same issues as the runtime parser for bad events among many of a type', () => {
    const events = JSON.parse(JSON.stringify(longCaseEvents(300))) as {
      type: string;
      payload: Record<string, Record<string, unknown>>;
    }[];
    const contacts = events.flatMap((e, i) => (e.type === 'contact.recorded' ? [i] : []));
    expect(contacts.length).toBeGreaterThan(64);
    const first = contacts[0] as number;
    const last = contacts[contacts.length - 1] as number;
    const firstContact = events[first]?.payload.contact as Record<string, unknown>;
    const lastContact = events[last]?.payload.contact as Record<string, unknown>;
    firstContact.date = '2025-02-30';
    lastContact.attendance = 'maybe';
    lastContact.colour = 'blue';
    const r = safeParseCaseFile({ schemaVersion: 1, events });
    expect(r.ok).toBe(false);
    const issues = r.ok ? [] : r.error.issues;
    expect(issues).toEqual(runtimeIssues(events));
    expect(issues.map((i) => i.path.join('.'))).toEqual([
      `events.${first}.payload.contact.date`,
      `events.${last}.payload.contact.attendance`,
      `events.${last}.payload.contact.colour`,
    ]);
  });
});
