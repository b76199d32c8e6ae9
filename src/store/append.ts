import type { CaseEventInput } from '../lifecycle/events/index.js';
import type { Policy } from '../policy/index.js';
import {
  AppendOptionsArg,
  arg,
  caseIdArg,
  concurrencyConflict,
  EventsArg,
  wrongCase,
} from './args.js';
import { extend } from './caseState.js';
import type { Driver } from './db/types.js';
import { ROWS_RECORDSET, rowsParameter } from './eventRows.js';
import { loadCase } from './loadCase.js';
import { writeSnapshot } from './snapshots.js';
import { summaryOf, writeSummary } from './summary.js';
import type { AppendOptions, AppendResult } from './types.js';

/** @internal What every store operation needs. */
export interface StoreContext {
  readonly driver: Driver;
  readonly schema: string;
  readonly snapshotEvery: number;
  readonly policy: Policy;
}

/**
 * @internal Appends events to a case in one transaction: lock the case's stream row, compare its
 * version with `expectedVersion`, load the case (snapshot and later events), apply the new events
 * with the lifecycle, then write the events, the new version, a snapshot when due and the case
 * summary. Any error (a refused event, a stale version, a lost connection) rolls all of it back.
 *
 * @throws {YjplanError} `invalid_input` for bad arguments; `concurrency_conflict`; any error of
 * `applyEvent`/`replay`, with the index of the event among `events` first in each path.
 */
export async function appendEvents(
  ctx: StoreContext,
  caseIdInput: string,
  eventsInput: readonly CaseEventInput[],
  options: AppendOptions,
): Promise<AppendResult> {
  const caseId = caseIdArg(caseIdInput);
  const events = arg(EventsArg, eventsInput, 'events');
  const { expectedVersion } = arg(AppendOptionsArg, options, 'append options');
  const s = ctx.schema;
  return ctx.driver.transaction(async (tx) => {
    if (expectedVersion === 0) {
      await tx.query(
        `INSERT INTO ${s}.streams (case_id, version) VALUES ($1, 0) ON CONFLICT (case_id) DO NOTHING`,
        [caseId],
      );
    }
    const locked = await tx.query<{ version: number }>(
      `SELECT version FROM ${s}.streams WHERE case_id = $1 FOR UPDATE`,
      [caseId],
    );
    const stored = locked[0] ? Number(locked[0].version) : 0;
    if (stored !== expectedVersion) throw concurrencyConflict(expectedVersion, stored);
    const current = stored > 0 ? await loadCase(tx, s, caseId) : undefined;
    if (stored > 0 && current?.state.events.length !== stored) {
      throw new Error(`yjplan store: the stream row and the event log of a case disagree`);
    }
    const next = extend(current?.state, events);
    if (!next.ok) throw next.error;
    const state = next.value;
    if (state.caseId !== caseId) throw wrongCase();
    const version = state.events.length;
    await tx.query(
      `INSERT INTO ${s}.events (case_id, seq, event_id, type, event_at, event_by, payload)
       SELECT $1, r.seq, r.event_id, r.type, r.event_at, r.event_by, r.payload
         FROM ${ROWS_RECORDSET} ORDER BY r.seq`,
      [caseId, rowsParameter(state.events.slice(stored), stored + 1)],
    );
    await tx.query(`UPDATE ${s}.streams SET version = $2 WHERE case_id = $1`, [caseId, version]);
    const sinceSnapshot = version - (current?.fromSnapshot ?? 0);
    if (ctx.snapshotEvery > 0 && sinceSnapshot >= ctx.snapshotEvery) {
      await writeSnapshot(tx, s, state);
    }
    await writeSummary(tx, s, summaryOf(state, ctx.policy));
    return { version, state };
  });
}
