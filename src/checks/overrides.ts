import { currentPlan } from '../lifecycle/derive.js';
import type { CaseRecord, FindingOverride } from '../lifecycle/record.js';
import type { IsoDate } from '../model/dates.js';
import { ruleById } from './catalogue.js';
import {
  type Finding,
  type FindingOverrideNote,
  findingTarget,
  type StaleOverrideNote,
} from './finding.js';

/** The JSON of a value with object keys sorted, so equal evidence always reads the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Two 32-bit FNV-1a hashes of the text (different offsets), as 16 hex digits. */
function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return hex(a) + hex(b);
}

/**
 * A short digest of what a finding says: its rule, path and evidence, without the evidence
 * fields that change only with the date judged at (days overdue, days waited). Record it in
 * `finding.overridden` (`evidenceDigest`) so the override lapses when the evidence changes.
 * Not a security hash: it detects change, nothing more. Prefixed `e1-` (the digest's version).
 *
 * @example
 * findingDigest(finding); // 'e1-3f0c9a1b77d2e604'
 */
export function findingDigest(finding: Pick<Finding, 'rule' | 'path' | 'evidence'>): string {
  const volatile = new Set(ruleById(finding.rule)?.volatileEvidence ?? []);
  const evidence = Object.fromEntries(
    Object.entries(finding.evidence).filter(([key]) => !volatile.has(key)),
  );
  return `e1-${hash(canonical({ rule: finding.rule, path: finding.path, evidence }))}`;
}

/**
 * The payload of a `finding.overridden` event for one finding: its rule and target, and the
 * digest of its evidence, so the override holds only while the finding says the same. The
 * rationale is the practitioner's own text (it is shown with the finding; see `docs/rules.md`).
 *
 * @example
 * log.add('finding.overridden', '2025-10-01', overridePayload(finding, {
 *   on: '2025-10-01', rationale: 'Three of the actions are one short visit',
 * }));
 */
export function overridePayload(
  finding: Pick<Finding, 'rule' | 'path' | 'evidence'>,
  note: { readonly rationale: string; readonly on: IsoDate },
): { rule: string; target: string; rationale: string; on: IsoDate; evidenceDigest: string } {
  return {
    rule: finding.rule,
    target: findingTarget(finding),
    rationale: note.rationale,
    on: note.on,
    evidenceDigest: findingDigest(finding),
  };
}

const noteOf = (o: FindingOverride): FindingOverrideNote => ({
  rationale: o.rationale,
  by: o.by,
  on: o.on,
  eventId: o.eventId,
});

/**
 * @internal Marks a finding with the override that decides it: the newest override of its rule
 * and target. A withdrawn override leaves the finding as it is; one made under another plan
 * version, or for evidence with another digest, is reported as `staleOverride`.
 */
export function withOverride(finding: Finding, record: CaseRecord): Finding {
  if (record.overrides.length === 0) return finding;
  const target = findingTarget(finding);
  const override = record.overrides.findLast((o) => o.rule === finding.rule && o.target === target);
  if (!override || override.withdrawn) return finding;
  const stale = staleness(override, finding, record);
  if (stale) {
    const staleOverride: StaleOverrideNote = { ...noteOf(override), reason: stale };
    return { ...finding, staleOverride };
  }
  return { ...finding, overridden: noteOf(override) };
}

function staleness(
  override: FindingOverride,
  finding: Finding,
  record: CaseRecord,
): StaleOverrideNote['reason'] | undefined {
  if (override.planVersion !== currentPlan(record)?.version) return 'plan-version-changed';
  if (override.evidenceDigest !== undefined && override.evidenceDigest !== findingDigest(finding)) {
    return 'evidence-changed';
  }
  return undefined;
}
