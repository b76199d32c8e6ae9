import { describe, expect, it } from 'vitest';
import { findingsOf, kai, withPlan, withRecord } from './_fixtures.js';

const RULE = 'plan.needs-not-adapted';
// Kai has speech, language and communication needs and dyslexia; the school objective is adapted.

const unadapted = withPlan(kai, (p) => ({
  ...p,
  objectives: p.objectives.map((o) => ({ ...o, adaptations: [] })),
}));
const withNeeds = (kinds: ('faith' | 'neurodiversity')[]) =>
  withRecord(unadapted, (r) => ({
    ...r,
    child: { ...r.child, needs: kinds.map((kind) => ({ kind, description: 'Recorded need' })) },
  }));

describe(RULE, () => {
  it('passes when an objective records an adaptation', () => {
    expect(findingsOf(kai, RULE)).toEqual([]);
  });

  it('flags a plan with no adaptation for recorded communication or learning needs, naming only the kinds', () => {
    const [finding] = findingsOf(unadapted, RULE);
    expect(finding).toMatchObject({
      path: ['plan', 'objectives'],
      evidence: { needKinds: ['speech-language-communication', 'learning'] },
    });
    expect(JSON.stringify(finding)).not.toContain('Dyslexia');
  });

  it('flags a recorded neurodiversity need', () => {
    expect(findingsOf(withNeeds(['neurodiversity']), RULE)).toHaveLength(1);
  });

  it('leaves other needs to the policy', () => {
    expect(findingsOf(withNeeds(['faith']), RULE)).toEqual([]);
    const policy = { plan: { adaptationNeedKinds: ['faith' as const] } };
    expect(findingsOf(withNeeds(['faith']), RULE, { policy })).toHaveLength(1);
  });
});
