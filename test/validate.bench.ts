/**
 * Validating a full case file (the worked example: 60 events) with the library's schemas
 * against a hand-written type guard written here. The guard checks what a careful developer
 * would check by hand: the file's shape, every event's envelope (id, type, timestamp, recorder),
 * and every field of the payloads of the commonest event types; it does not check the law, the
 * calendar or the rarer payloads, so it is an optimistic reference. PERFORMANCE.md target:
 * >= 0.8x of a hand-written guard.
 */
import { bench, describe } from 'vitest';
import { EVENT_TYPES } from '../src/lifecycle/events/index.js';
import { safeParseCaseFile } from '../src/lifecycle/persist.js';
import { workedExampleEvents } from '../src/testing/examples/referralOrderCase.js';

const file = JSON.parse(
  JSON.stringify({ schemaVersion: 1, events: workedExampleEvents() }),
) as unknown;

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const TYPES = new Set<string>(EVENT_TYPES);
const ATTENDANCE = new Set(['attended', 'acceptable-absence', 'unacceptable-absence']);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown) => typeof v === 'string' && ID.test(v);
const isDate = (v: unknown) => typeof v === 'string' && DATE.test(v);

function isContact(c: unknown): boolean {
  return (
    isObject(c) &&
    isId(c.id) &&
    isDate(c.date) &&
    typeof c.kind === 'string' &&
    ATTENDANCE.has(c.attendance as string) &&
    Array.isArray(c.objectiveIds) &&
    c.objectiveIds.every(isId) &&
    isObject(c.deliveredBy) &&
    typeof c.deliveredBy.kind === 'string'
  );
}

function isInvolvement(r: unknown): boolean {
  return (
    isObject(r) && typeof r.kind === 'string' && isId(r.id) && isId(r.personId) && isDate(r.on)
  );
}

function isEvent(e: unknown): boolean {
  if (!isObject(e) || !isId(e.id) || !TYPES.has(e.type as string) || !isId(e.by)) return false;
  if (typeof e.at !== 'string' || !TIMESTAMP.test(e.at) || !isObject(e.payload)) return false;
  const p = e.payload;
  switch (e.type) {
    case 'contact.recorded':
      return isContact(p.contact);
    case 'involvement.recorded':
      return isInvolvement(p.record);
    case 'action.statusChanged':
      return isId(p.actionId) && isDate(p.on) && typeof p.status === 'string';
    default:
      return true;
  }
}

function isCaseFile(v: unknown): boolean {
  return (
    isObject(v) &&
    v.schemaVersion === 1 &&
    Array.isArray(v.events) &&
    v.events.length > 0 &&
    v.events.every(isEvent)
  );
}

if (!isCaseFile(file) || !safeParseCaseFile(file).ok)
  throw new Error('the bench case file must be valid');

describe('validate a full case file (60 events)', () => {
  const options = { time: 2000, warmupTime: 500 };
  bench(
    'hand-written type guard (reference)',
    () => {
      if (!isCaseFile(file)) throw new Error('invalid');
    },
    options,
  );
  bench(
    'yjplan parseCaseFile (zod schemas, every legal limit)',
    () => {
      if (!safeParseCaseFile(file).ok) throw new Error('invalid');
    },
    options,
  );
});
