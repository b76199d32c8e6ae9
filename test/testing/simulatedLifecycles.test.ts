import { describe, expect, it } from 'vitest';

import type { CaseFile } from '../../src/lifecycle/persist.js';
import { replay } from '../../src/lifecycle/replay.js';
import type { CaseState } from '../../src/lifecycle/state.js';
import { parseCaseEvent } from '../../src/schemas.js';
import { simulateCaseload } from '../../src/testing/simulator/index.js';

/** 1,000 lifecycles over nearly four years: most run to their end inside the period. */
const files: CaseFile[] = [
  ...simulateCaseload({ seed: 2026, cases: 1000, from: '2023-01-01', to: '2026-11-23' }),
];
const states: CaseState[] = files.map((f) => replay(f.events));
const share = (p: (s: CaseState) => boolean) => states.filter(p).length / states.length;

describe('1,000 simulated lifecycles', () => {
  it('all replay through the real lifecycle with no error', () => {
    expect(states).toHaveLength(1000);
    expect(states.every((s, i) => s.events.length === files[i]?.events.length)).toBe(true);
  });

  it('hold only events the schema accepts unchanged', () => {
    for (const file of files.slice(0, 150)) {
      for (const event of file.events) expect(parseCaseEvent(event)).toEqual(event);
    }
  });

  it('mostly close, a few are transferred, and those still running at the end are open', () => {
    expect(share((s) => s.stage === 'closed')).toBeGreaterThan(0.8);
    const transferred = share((s) => s.stage === 'transferred');
    expect(transferred).toBeGreaterThan(0.003);
    expect(transferred).toBeLessThan(0.05);
  });

  it('mix out-of-court disposals, referral orders, YROs and custody', () => {
    const types = new Set(states.map((s) => s.record.disposal?.type));
    for (const t of [
      'youth-caution',
      'referral-order',
      'youth-rehabilitation-order',
      'detention-and-training-order',
    ]) {
      expect(types.has(t as never)).toBe(true);
    }
    expect(share((s) => s.record.disposal?.type === 'referral-order')).toBeGreaterThan(0.25);
  });

  it('include absences answered with warnings and re-engagement, and some breach action', () => {
    const has = (kind: string) => share((s) => s.record.compliance.some((c) => c.kind === kind));
    expect(has('warning')).toBeGreaterThan(0.05);
    expect(has('reengaged')).toBeGreaterThan(0.05);
    expect(has('breach-action')).toBeGreaterThan(0.005);
    expect(has('breach-action')).toBeLessThan(has('warning'));
  });

  it('include referrals with waiting lists, plan revisions, reassessments and triggered reviews', () => {
    expect(
      share((s) =>
        s.record.referrals.some((r) => r.history.some((h) => h.status === 'waiting-list')),
      ),
    ).toBeGreaterThan(0.05);
    expect(share((s) => s.record.plans.length > 1)).toBeGreaterThan(0.05);
    expect(
      share((s) => s.record.assessments.some((a) => a.assessment?.kind === 'reassessment')),
    ).toBeGreaterThan(0.005);
    expect(
      share((s) =>
        s.record.reviews.some((r) => r.trigger !== 'scheduled' && r.trigger !== 'end-of-order'),
      ),
    ).toBeGreaterThan(0.05);
  });

  it('rate custody cases higher than out-of-court ones', () => {
    const highShare = (category: (s: CaseState) => boolean) => {
      const group = states.filter(category);
      const high = group.filter(
        (s) => s.record.assessments[0]?.assessment?.ratings.likelihoodOfReoffending === 'high',
      );
      return high.length / Math.max(1, group.length);
    };
    const custody = highShare((s) => s.record.disposal?.type === 'detention-and-training-order');
    const diversion = highShare((s) =>
      ['community-resolution', 'outcome-22', 'youth-caution'].includes(
        s.record.disposal?.type ?? '',
      ),
    );
    expect(custody).toBeGreaterThan(diversion);
  });
});
