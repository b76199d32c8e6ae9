import type { CaseRecord, InvolvementEntry } from '../lifecycle/record.js';
import type { IsoDate } from '../model/dates.js';
import type { Id } from '../model/ids.js';
import type { AgreementEntry, AgreementEvidence } from './types.js';

/** On the same day, a plan.agreementRecorded event (fuller status) comes after, so it wins. */
const SOURCE_ORDER = { 'involvement-record': 0, 'plan-agreement-event': 1 } as const;

/**
 * A parent/carer's agreement to each plan version, from both places it can be recorded: the
 * `plan.agreementRecorded` events (party `parent-carer`) and `plan-agreement` involvement records
 * (`agreed: false` reads as `disagreed`). Both count as evidence, each with who recorded it; each
 * piece is listed once, and a version has one status: the newest evidence's. Evidence dated after
 * `asOf` is left out (`standing` holds the person's standing records dated by `asOf`).
 *
 * @example
 * agreementEntries(state.record, 'pc-mum', standing, '2026-03-31').map((a) => [a.planVersion, a.status]);
 * // [[1, 'agreed'], [2, 'agreed']]
 */
export function agreementEntries(
  record: CaseRecord,
  personId: Id,
  standing: readonly InvolvementEntry[],
  asOf: IsoDate,
): AgreementEntry[] {
  const evidence: AgreementEvidence[] = [];
  for (const a of record.agreements) {
    if (a.party.kind !== 'parent-carer' || a.party.personId !== personId) continue;
    if (a.recordedOn > asOf) continue;
    evidence.push({
      planVersion: a.planVersion,
      status: a.status,
      on: a.recordedOn,
      recordedBy: a.recordedBy,
      source: { kind: 'plan-agreement-event', eventId: a.eventId },
    });
  }
  for (const { record: r, recordedBy } of standing) {
    if (r.kind !== 'plan-agreement') continue;
    evidence.push({
      planVersion: r.planVersion,
      status: r.agreed ? 'agreed' : 'disagreed',
      on: r.on,
      recordedBy,
      source: { kind: 'involvement-record', recordId: r.id },
    });
  }
  const sorted = evidence
    .map((e, i) => ({ e, i }))
    .sort(
      (a, b) =>
        a.e.planVersion - b.e.planVersion ||
        (a.e.on < b.e.on ? -1 : a.e.on > b.e.on ? 1 : 0) ||
        SOURCE_ORDER[a.e.source.kind] - SOURCE_ORDER[b.e.source.kind] ||
        a.i - b.i,
    )
    .map(({ e }) => e);
  const entries: AgreementEntry[] = [];
  for (const e of sorted) {
    const last = entries[entries.length - 1];
    if (last && last.planVersion === e.planVersion) {
      entries[entries.length - 1] = {
        planVersion: e.planVersion,
        status: e.status,
        on: e.on,
        evidence: [...last.evidence, e],
      };
    } else {
      entries.push({ planVersion: e.planVersion, status: e.status, on: e.on, evidence: [e] });
    }
  }
  return entries;
}
