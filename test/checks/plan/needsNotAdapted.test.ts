import { describe, expect, it } from 'vitest';
import { aCase } from '../../../src/testing/index.js';
import { findingsOf, withObjective, withPlan, withRecord } from './_fixtures.js';

const RULE = 'plan.needs-not-adapted';
/**
 * A referral order in delivery as the testing kit builds it, for a child with speech, language
 * and communication needs and dyslexia; the education objective is adapted for both (a picture
 * timeline, material read aloud) and says so (`adaptedFor`).
 */
const base = withObjective(
  aCase()
    .child({
      needs: [
        { kind: 'speech-language-communication', description: 'Needs short instructions' },
        { kind: 'learning', description: 'Dyslexia: written material read aloud' },
      ],
    })
    .referralOrder()
    .active()
    .state(),
  'o-ete',
  (o) => ({
    ...o,
    adaptations: [
      'Plan shown as a one-page picture timeline; instructions given one at a time',
      'Written material read aloud',
    ],
    adaptedFor: ['speech-language-communication', 'learning'],
  }),
);

const unadapted = withPlan(base, (p) => ({
  ...p,
  objectives: p.objectives.map(({ adaptedFor: _, ...o }) => ({ ...o, adaptations: [] })),
}));
/** One adaptation, naming no need: the education objective as the 0.1.0 worked example had it. */
const oneUntagged = withObjective(unadapted, 'o-ete', (o) => ({
  ...o,
  adaptations: ['Plan shown as a one-page picture timeline; instructions given one at a time'],
}));
const withNeeds = (state: typeof base, kinds: ('faith' | 'neurodiversity' | 'mental-health')[]) =>
  withRecord(state, (r) => ({
    ...r,
    child: { ...r.child, needs: kinds.map((kind) => ({ kind, description: 'Recorded need' })) },
  }));

describe(RULE, () => {
  it('passes when every listed need has an adaptation that names it', () => {
    expect(findingsOf(base, RULE)).toEqual([]);
  });

  it('flags each need with no adaptation, at the need, naming only its kind', () => {
    const found = findingsOf(unadapted, RULE);
    expect(found.map((f) => f.path)).toEqual([
      ['child', 'needs', 'speech-language-communication'],
      ['child', 'needs', 'learning'],
    ]);
    expect(found[1]?.evidence).toEqual({ needKind: 'learning' });
    expect(JSON.stringify(found)).not.toContain('Dyslexia');
  });

  it('does not let one adaptation answer every need: the review’s example', () => {
    // 0.1.0: no finding, as one adaptation anywhere satisfied every need.
    expect(findingsOf(oneUntagged, RULE)).toHaveLength(2);
    const forCommunication = withObjective(oneUntagged, 'o-ete', (o) => ({
      ...o,
      adaptedFor: ['speech-language-communication'],
    }));
    expect(findingsOf(forCommunication, RULE).map((f) => f.path[2])).toEqual(['learning']);
  });

  it('reads an adaptation that names no need as serving the child’s only need', () => {
    expect(findingsOf(withNeeds(oneUntagged, ['neurodiversity']), RULE)).toEqual([]);
    expect(findingsOf(withNeeds(unadapted, ['neurodiversity']), RULE)).toHaveLength(1);
  });

  it('does not count a need named by an objective with no adaptation recorded', () => {
    const named = withObjective(unadapted, 'o-ete', (o) => ({
      ...o,
      adaptedFor: ['speech-language-communication', 'learning'],
    }));
    expect(findingsOf(named, RULE)).toHaveLength(2);
  });

  it('checks mental health needs by default and leaves other needs to the policy', () => {
    expect(findingsOf(withNeeds(unadapted, ['mental-health']), RULE)).toHaveLength(1);
    expect(findingsOf(withNeeds(unadapted, ['faith']), RULE)).toEqual([]);
    const policy = { plan: { adaptationNeedKinds: ['faith' as const] } };
    expect(findingsOf(withNeeds(unadapted, ['faith']), RULE, { policy })).toHaveLength(1);
  });
});
