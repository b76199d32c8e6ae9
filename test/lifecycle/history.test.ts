import { describe, expect, it } from 'vitest';
import { historyOf } from '../../src/lifecycle/history.js';
import { openCase } from '../../src/lifecycle/reducer.js';
import { replay } from '../../src/lifecycle/replay.js';
import { workedExampleEvents } from '../../src/testing/index.js';
import { deepFreeze } from './support.js';

const events = workedExampleEvents();
const kai = deepFreeze(replay(events));

/** Every string written in the log's payloads that is longer than an id or an enum value. */
function freeText(value: unknown): string[] {
  if (typeof value === 'string') return value.includes(' ') ? [value] : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(freeText);
}

describe('historyOf', () => {
  it('starts with the opening: no stage before, the whole record added', () => {
    const [first] = historyOf(kai);
    expect(first).toMatchObject({
      index: 0,
      type: 'case.opened',
      stageBefore: null,
      stageAfter: 'opened',
    });
    expect(first?.changes.map((c) => c.path)).toContain('/child');
    expect(first?.changes.every((c) => c.op === 'add')).toBe(true);
  });

  it('gives a just-opened case a history of one entry', () => {
    expect(historyOf(openCase(events[0] as never))).toHaveLength(1);
  });

  it('attributes each entry to who recorded the event and when', () => {
    const history = historyOf(kai);
    expect(history.map((h) => [h.eventId, h.at, h.by])).toEqual(
      kai.events.map((e) => [e.id, e.at, e.by]),
    );
    expect(history.filter((h) => h.by === 'pr-manager-lee').map((h) => h.type)).toEqual([
      'assessment.signedOff',
      'plan.signedOff',
      'plan.signedOff',
    ]);
  });

  it('chains the stages: each entry starts where the previous one ended', () => {
    const history = historyOf(kai);
    history.slice(1).forEach((h, i) => {
      expect(h.stageBefore).toBe(history[i]?.stageAfter);
    });
    expect(history.at(-1)?.stageAfter).toBe('closed');
  });

  it('writes summaries with no personal data: no names, nothing anyone wrote', () => {
    const written = freeText(events.map((e) => e.payload));
    expect(written.length).toBeGreaterThan(20);
    for (const h of historyOf(kai)) {
      expect(h.summary).not.toMatch(/Kai/);
      for (const text of written) expect(h.summary).not.toContain(text);
    }
  });

  it('records only what an event changed', () => {
    const contact = historyOf(kai).find((h) => h.type === 'contact.recorded');
    expect(contact?.changes).toEqual([expect.objectContaining({ op: 'add', path: '/contacts/0' })]);
  });

  it('reads the case without changing it (the case is frozen here)', () => {
    expect(() => historyOf(kai)).not.toThrow();
  });
});
