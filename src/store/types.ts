import type { DisposalType } from '../law/disposals.js';
import type { CaseEvent, CaseEventInput } from '../lifecycle/events/index.js';
import type { CaseFile } from '../lifecycle/persist.js';
import type { Stage } from '../lifecycle/stages.js';
import type { CaseState } from '../lifecycle/state.js';
import type { IsoDate } from '../model/dates.js';
import type { PolicyInput } from '../policy/index.js';
import type { ScheduledReviewReason } from '../schedule/types.js';
import type { StoreDatabase } from './db/types.js';

/**
 * Options of {@link createCaseStore}.
 *
 * @example
 * const options: CaseStoreOptions = { db: await PGlite.create('./yjplan-store'), snapshotEvery: 200 };
 */
export interface CaseStoreOptions {
  /** A node-postgres `Pool` (or connected `Client`), or a PGlite instance. */
  readonly db: StoreDatabase;
  /** The schema the store's tables live in (a lower-case SQL identifier). Default `yjplan`. */
  readonly schema?: string;
  /** Take a snapshot once this many events were appended since the last one; 0: never. Default 100. */
  readonly snapshotEvery?: number;
  /** The YOS's policy, for the findings and review dates of the case summaries. */
  readonly policy?: PolicyInput;
}

/**
 * Options of `store.append`.
 *
 * @example
 * await store.append('case-001', [event], { expectedVersion: 41 });
 */
export interface AppendOptions {
  /** How many events the caller knows the case has (0 for a new case). */
  readonly expectedVersion: number;
}

/**
 * What an append answers: the case's new version and its state.
 *
 * @example
 * const { version, state } = await store.append('case-001', events, { expectedVersion: 0 });
 */
export interface AppendResult {
  readonly version: number;
  readonly state: CaseState;
}

/**
 * One case in the summary projection, as of the date of its last event (`asOf`). The review
 * dates are dates, so "due before" questions stay right as time passes; the finding counts are
 * as of `asOf` (check the case again for a later date).
 *
 * @example
 * const s: CaseSummary = (await store.summaries({ withErrors: true }))[0];
 */
export interface CaseSummary {
  readonly caseId: string;
  /** The number of events stored for the case. */
  readonly version: number;
  readonly stage: Stage;
  /** The principal order's type on the day of the last event; `bail-or-remand` before sentence. */
  readonly disposalType: DisposalType | 'bail-or-remand';
  /** The case manager. */
  readonly practitioner: string;
  readonly nextReviewDue?: IsoDate;
  readonly nextReviewReason?: ScheduledReviewReason;
  /** When the order (or out-of-court disposal) ends, where it has an end date. */
  readonly endOfOrder?: IsoDate;
  /** Error findings not overridden, as of `asOf`. */
  readonly errors: number;
  /** Warning findings not overridden, as of `asOf`. */
  readonly warnings: number;
  /** The date of the last event's `at`: when the summary was worked out for. */
  readonly asOf: IsoDate;
}

/**
 * A question to the summary projection; every given field narrows the answer.
 *
 * @example
 * await store.summaries({ reviewDueBefore: '2026-03-09', practitioner: 'pr-23' });
 */
export interface SummaryQuery {
  readonly stage?: Stage;
  readonly practitioner?: string;
  readonly disposalType?: DisposalType | 'bail-or-remand';
  /** Cases whose next review is due before this date (sorted by that date). */
  readonly reviewDueBefore?: IsoDate;
  /** Cases with at least one error finding. */
  readonly withErrors?: boolean;
  /** At most this many (1-10,000; default 1,000). */
  readonly limit?: number;
  /** Skip this many (paging). */
  readonly offset?: number;
}

/**
 * One event in the global feed.
 *
 * @example
 * for (const entry of await store.readAll({ limit: 500 })) warehouse.add(entry.caseId, entry.event);
 */
export interface FeedEntry {
  /** Where to resume after this entry: pass it as `after`. Opaque. */
  readonly cursor: string;
  /** The event's global position: unique and increasing in the order events were written. */
  readonly position: number;
  readonly caseId: string;
  readonly seq: number;
  readonly event: CaseEvent;
  /** When the store wrote it (the database's clock), ISO 8601 in UTC. */
  readonly recordedAt: string;
}

/**
 * Options of `store.readAll`.
 *
 * @example
 * await store.readAll({ after: last.cursor, limit: 1000 });
 */
export interface ReadAllOptions {
  /** The cursor of the last entry already handled; from the start when omitted. */
  readonly after?: string;
  /** At most this many (1-10,000; default 1,000). */
  readonly limit?: number;
}

/**
 * Options of `store.eraseCase`.
 *
 * @example
 * await store.eraseCase('case-001', { reason: 'retention-period-ended', asOf: '2032-04-01' });
 */
export interface EraseOptions {
  /** Why, as a short code (lower-case letters, digits and `-`): never free text. */
  readonly reason: string;
  /** The date of the erasure. */
  readonly asOf: IsoDate;
}

/**
 * What an erasure leaves behind: no personal data, only that a case was erased, when, why and
 * how many events went. `caseDigest` is the SHA-256 of the case id (hex), so a host can answer
 * "was this case erased?" for an id it holds, without the store keeping the id.
 *
 * @example
 * const record: ErasureRecord = await store.eraseCase('case-001', { reason: 'subject-request', asOf: '2026-05-01' });
 */
export interface ErasureRecord {
  readonly erasureId: number;
  readonly caseDigest: string;
  readonly erasedOn: IsoDate;
  readonly reason: string;
  readonly eventsErased: number;
}

/**
 * A handler of a named consumer: gets each batch of the feed in order. The checkpoint moves past
 * a batch only when the handler resolves, so an event can come again (at least once) but is
 * never skipped.
 *
 * @example
 * const handler: FeedHandler = async (entries) => { await warehouse.insert(entries); };
 */
export type FeedHandler = (entries: readonly FeedEntry[]) => void | Promise<void>;

/**
 * The event store for cases: validated, all-or-nothing appends with optimistic concurrency,
 * snapshots, a case summary projection, a global feed with named consumers, and the
 * data-protection operations. See docs/store.md.
 *
 * @example
 * const store = createCaseStore({ db });
 * await store.migrate();
 * await store.append(caseId, events, { expectedVersion: 0 });
 * const state = await store.load(caseId);
 */
export interface CaseStore {
  /** Creates or upgrades the store's tables in its schema; answers the versions applied. */
  migrate(): Promise<number[]>;
  /** Validates and appends events to a case, all or nothing. */
  append(
    caseId: string,
    events: readonly CaseEventInput[],
    options: AppendOptions,
  ): Promise<AppendResult>;
  /** The case's state (equal to `replay` of its events), or undefined if none is stored. */
  load(caseId: string): Promise<CaseState | undefined>;
  /** The case's events in order (empty if none is stored). */
  events(caseId: string): Promise<CaseEvent[]>;
  /** The ids of the stored cases, in order. */
  caseIds(): Promise<string[]>;
  /** Answers a question from the case summary projection. */
  summaries(query?: SummaryQuery): Promise<CaseSummary[]>;
  /** The events of every case in the order they were written, from `after`. */
  readAll(options?: ReadAllOptions): Promise<FeedEntry[]>;
  /** Feeds a named consumer every event after its checkpoint, batch by batch; answers how many. */
  consume(name: string, handler: FeedHandler, options?: { limit?: number }): Promise<number>;
  /** The cursor a named consumer has reached (undefined before its first batch). */
  checkpoint(name: string): Promise<string | undefined>;
  /** Everything held about a case, as a case file (subject access), or undefined. */
  exportCase(caseId: string): Promise<CaseFile | undefined>;
  /** Erases every row of a case, leaving an erasure record; undefined if none is stored. */
  eraseCase(caseId: string, options: EraseOptions): Promise<ErasureRecord | undefined>;
  /** The erasure records, oldest first. */
  erasures(): Promise<ErasureRecord[]>;
}
