import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCase } from '../../src/checks/checkCase.js';
import { replay } from '../../src/lifecycle/replay.js';
import { reviewSchedule } from '../../src/schedule/reviewSchedule.js';
import type { CaseStore, CaseSummary } from '../../src/store/index.js';
import { BACKENDS, type Backend, openBackend } from './_backends.js';
import { caseIdOf, simulated, workedExample } from './_cases.js';

/** The summary worked out from the events alone, as the store documents it. */
function expectedSummary(events: Parameters<typeof replay>[0]) {
  const state = replay(events);
  const asOf = state.events[state.events.length - 1]?.at.slice(0, 10) ?? '';
  const findings = checkCase(state, { asOf }).filter((f) => !f.overridden);
  const next = reviewSchedule(state, { asOf }).nextDue;
  return {
    caseId: state.caseId,
    version: events.length,
    stage: state.stage,
    practitioner: state.record.caseManager,
    disposalType: state.record.disposal?.type,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    asOf,
    ...(next && { nextReviewDue: next.date }),
  };
}

describe.each(BACKENDS)('the case summary projection on %s', (name) => {
  let backend: Backend;
  let store: CaseStore;
  const cases = simulated(40, 7);
  let all: CaseSummary[];
  beforeAll(async () => {
    backend = await openBackend(name);
    store = await backend.store();
    for (const events of cases)
      await store.append(caseIdOf(events), events, { expectedVersion: 0 });
    all = await store.summaries({ limit: 10_000 });
  }, 120_000);
  afterAll(() => backend?.close());

  it('holds, for every case, the stage, disposal, practitioner, next review and finding counts as of its last event', () => {
    expect(all).toHaveLength(cases.length);
    for (const events of cases) {
      const s = all.find((x) => x.caseId === caseIdOf(events));
      const expected = expectedSummary(events);
      expect(s).toMatchObject(expected);
      expect(s?.nextReviewDue).toBe(expected.nextReviewDue);
    }
  });

  it('gives the end of the order where the disposal has one', () => {
    const referral = all.filter((s) => s.disposalType === 'referral-order');
    expect(referral.length).toBeGreaterThan(0);
    for (const s of referral) expect(s.endOfOrder).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('answers cases by stage, by practitioner and by disposal type', async () => {
    for (const stage of new Set(all.map((s) => s.stage))) {
      expect(await store.summaries({ stage })).toEqual(all.filter((s) => s.stage === stage));
    }
    const practitioner = all[0]?.practitioner as string;
    expect(await store.summaries({ practitioner })).toEqual(
      all.filter((s) => s.practitioner === practitioner),
    );
    expect(await store.summaries({ disposalType: 'referral-order' })).toEqual(
      all.filter((s) => s.disposalType === 'referral-order'),
    );
  });

  it('answers reviews due before a date, soonest first', async () => {
    const dates = all.flatMap((s) => (s.nextReviewDue ? [s.nextReviewDue] : [])).sort();
    expect(dates.length).toBeGreaterThan(2);
    const before = dates[Math.floor(dates.length / 2)] as string;
    const due = await store.summaries({ reviewDueBefore: before });
    expect(due.map((s) => s.caseId).sort()).toEqual(
      all
        .filter((s) => s.nextReviewDue !== undefined && s.nextReviewDue < before)
        .map((s) => s.caseId)
        .sort(),
    );
    const order = due.map((s) => s.nextReviewDue as string);
    expect(order).toEqual([...order].sort());
  });

  it('answers cases with error findings, and without', async () => {
    expect(await store.summaries({ withErrors: true })).toEqual(all.filter((s) => s.errors > 0));
    expect(await store.summaries({ withErrors: false })).toEqual(all.filter((s) => s.errors === 0));
  });

  it('pages with limit and offset', async () => {
    const first = await store.summaries({ limit: 15 });
    const second = await store.summaries({ limit: 15, offset: 15 });
    expect([...first, ...second]).toEqual(all.slice(0, 30));
  });

  it('moves a case summary on with each append, in the same transaction', async () => {
    const own = await backend.store();
    const events = workedExample();
    const caseId = caseIdOf(events);
    await own.append(caseId, events.slice(0, 12), { expectedVersion: 0 });
    expect((await own.summaries())[0]).toMatchObject(expectedSummary(events.slice(0, 12)));
    await own.append(caseId, events.slice(12), { expectedVersion: 12 });
    expect((await own.summaries())[0]).toMatchObject({
      ...expectedSummary(events),
      stage: 'closed',
    });
  });
});
