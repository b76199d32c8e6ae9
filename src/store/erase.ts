import * as z from 'zod';
import { IsoDateSchema } from '../model/dates.js';
import type { StoreContext } from './append.js';
import { arg, caseIdArg } from './args.js';
import type { EraseOptions, ErasureRecord } from './types.js';

const EraseArg = z.strictObject({
  reason: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, {
    error: 'Expected a short code such as retention-period-ended',
  }),
  asOf: IsoDateSchema,
});

interface ErasureRow {
  erasure_id: string | number;
  case_digest: string;
  erased_on: string;
  reason: string;
  events_erased: number;
}

const ERASURE_COLUMNS =
  'erasure_id, case_digest, erased_on::text AS erased_on, reason, events_erased';

const erasureOfRow = (r: ErasureRow): ErasureRecord => ({
  erasureId: Number(r.erasure_id),
  caseDigest: r.case_digest,
  erasedOn: r.erased_on,
  reason: r.reason,
  eventsErased: Number(r.events_erased),
});

/**
 * @internal Erases a case: its events, snapshot, summary and stream row go in one transaction
 * (under the same lock an append takes, so no append can slip in), and an erasure record is left
 * with the SHA-256 of the case id, the date, the reason code and the number of events. Nothing
 * else about the case remains; consumers learn of it from `erasures()`.
 */
export async function eraseCase(
  ctx: StoreContext,
  caseIdInput: string,
  options: EraseOptions,
): Promise<ErasureRecord | undefined> {
  const caseId = caseIdArg(caseIdInput);
  const { reason, asOf } = arg(EraseArg, options, 'erase options');
  const s = ctx.schema;
  return ctx.driver.transaction(async (tx) => {
    const locked = await tx.query<{ version: number }>(
      `SELECT version FROM ${s}.streams WHERE case_id = $1 FOR UPDATE`,
      [caseId],
    );
    const stream = locked[0];
    if (!stream) return undefined;
    // One statement: the case's rows go and the erasure record is written together.
    const rows = await tx.query<ErasureRow>(
      `WITH events AS (DELETE FROM ${s}.events WHERE case_id = $1),
            snapshots AS (DELETE FROM ${s}.snapshots WHERE case_id = $1),
            summaries AS (DELETE FROM ${s}.case_summaries WHERE case_id = $1),
            streams AS (DELETE FROM ${s}.streams WHERE case_id = $1)
       INSERT INTO ${s}.erasures (case_digest, erased_on, reason, events_erased)
       VALUES (encode(sha256(convert_to($1, 'UTF8')), 'hex'), $2, $3, $4)
       RETURNING ${ERASURE_COLUMNS}`,
      [caseId, asOf, reason, Number(stream.version)],
    );
    return erasureOfRow(rows[0] as ErasureRow);
  });
}

/** @internal Every erasure record, oldest first. */
export async function readErasures(ctx: StoreContext): Promise<ErasureRecord[]> {
  const rows = await ctx.driver.query<ErasureRow>(
    `SELECT ${ERASURE_COLUMNS} FROM ${ctx.schema}.erasures ORDER BY erasure_id`,
  );
  return rows.map(erasureOfRow);
}
