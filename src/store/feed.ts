import * as z from 'zod';
import { YjplanError } from '../errors/YjplanError.js';
import { IdSchema } from '../model/ids.js';
import type { StoreContext } from './append.js';
import { arg } from './args.js';
import { EVENT_COLUMNS, type EventRow, eventOfRow } from './eventRows.js';
import type { FeedEntry, FeedHandler, ReadAllOptions } from './types.js';

/** A cursor: the writing transaction's id and the global position, `tx.position`. */
const CURSOR = /^(\d{1,20})\.(\d{1,20})$/;

const ReadAllArg = z
  .strictObject({
    after: z.string().regex(CURSOR, { error: 'Expected a cursor from a feed entry' }).optional(),
    limit: z.int().min(1).max(10_000).default(1000),
  })
  .default({ limit: 1000 });

const ConsumerArg = z.strictObject({
  name: IdSchema,
  limit: z.int().min(1).max(10_000).default(1000),
});

interface FeedRow extends EventRow {
  case_id: string;
  seq: number;
  position: string | number;
  tx: string;
  recorded_at: string;
}

/**
 * @internal Reads the feed: events in the order of (writing transaction, position), only from
 * transactions older than every transaction still running. An append still in flight may hold a
 * lower position than one already committed; it can only have a transaction id at or above that
 * horizon, so whatever it writes sorts after every cursor handed out before it: nothing is
 * skipped. See docs/decisions/0031-a-feed-that-skips-nothing.md.
 */
export async function readFeed(ctx: StoreContext, options?: ReadAllOptions): Promise<FeedEntry[]> {
  const { after, limit } = arg(ReadAllArg, options, 'readAll options');
  const [, tx, position] = (after ?? '0.0').match(CURSOR) as RegExpMatchArray;
  const rows = await ctx.driver.query<FeedRow>(
    `SELECT case_id, seq, ${EVENT_COLUMNS}, position, tx::text AS tx,
            to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS recorded_at
       FROM ${ctx.schema}.events
      WHERE tx < pg_snapshot_xmin(pg_current_snapshot())
        AND (tx, position) > ($1::xid8, $2::bigint)
      ORDER BY tx, position
      LIMIT $3`,
    [tx, position, limit],
  );
  return rows.map((r) => ({
    cursor: `${r.tx}.${r.position}`,
    position: Number(r.position),
    caseId: r.case_id,
    seq: Number(r.seq),
    event: eventOfRow(r),
    recordedAt: r.recorded_at,
  }));
}

/** @internal The cursor a named consumer has reached. */
export async function readCheckpoint(ctx: StoreContext, name: string): Promise<string | undefined> {
  const { name: checked } = arg(ConsumerArg, { name }, 'consumer');
  const rows = await ctx.driver.query<{ cursor: string }>(
    `SELECT cursor FROM ${ctx.schema}.consumers WHERE name = $1`,
    [checked],
  );
  return rows[0]?.cursor;
}

/**
 * @internal Feeds a named consumer from its checkpoint until it has caught up. The checkpoint is
 * stored after the handler resolves for a batch: a crash in between hands the batch over again
 * (at least once); a handler that throws stops the run with the checkpoint before that batch.
 */
export async function consumeFeed(
  ctx: StoreContext,
  name: string,
  handler: FeedHandler,
  options: { limit?: number } = {},
): Promise<number> {
  const { name: checked, limit } = arg(ConsumerArg, { name, ...options }, 'consumer');
  if (typeof handler !== 'function') {
    throw new YjplanError('invalid_input', 'Invalid consumer: expected a handler function', [
      { path: ['handler'], code: 'invalid_type', message: 'Expected a function' },
    ]);
  }
  let total = 0;
  let cursor = await readCheckpoint(ctx, checked);
  for (;;) {
    const entries = await readFeed(ctx, { ...(cursor && { after: cursor }), limit });
    const last = entries[entries.length - 1];
    if (!last) return total;
    await handler(entries);
    await ctx.driver.query(
      `INSERT INTO ${ctx.schema}.consumers (name, cursor) VALUES ($1, $2)
       ON CONFLICT (name) DO UPDATE SET cursor = EXCLUDED.cursor, updated_at = now()`,
      [checked, last.cursor],
    );
    total += entries.length;
    cursor = last.cursor;
    if (entries.length < limit) return total;
  }
}
