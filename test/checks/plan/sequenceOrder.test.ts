import { describe, expect, it } from 'vitest';
import { ObjectiveSchema } from '../../../src/model/plan.js';
import { aCase, aFactor } from '../../../src/testing/index.js';
import { findingsOf, withAssessment, withObjective, withPlan, withRecord } from './_fixtures.js';

/**
 * A referral order in delivery as the testing kit builds it, with its objectives in order: the
 * education objective (a stability need of the child's) at priority 1, due 2025-12-12; the
 * lifestyle objective (keeping the child safe as well as desistance) at priority 2, due
 * 2026-01-30 and depending on the education one; the thinking objective (desistance work alone)
 * at priority 3.
 */
const base = withPlan(aCase().referralOrder().active().state(), (p) => ({
  ...p,
  objectives: p.objectives.map((o) =>
    o.id === 'o-ete'
      ? { ...o, priority: 1, targetDate: '2025-12-12' }
      : o.id === 'o-lifestyle'
        ? { ...o, priority: 2, targetDate: '2026-01-30', dependsOn: ['o-ete'] }
        : { ...o, priority: 3 },
  ),
}));

const RULE = 'plan.sequence-order';

const peersDue = (targetDate: string) =>
  withObjective(base, 'o-lifestyle', (o) => ({ ...o, targetDate }));

/** The case with a high-significance accommodation factor and an objective on it at `priority`. */
const withHousing = (priority: number) =>
  withPlan(
    withAssessment(base, (a) => ({
      ...a,
      factors: [...a.factors, aFactor({ id: 'f-housing', domain: 'living-arrangements' })],
    })),
    (p) => ({
      ...p,
      objectives: [
        ...p.objectives,
        ObjectiveSchema.parse({
          id: 'o-housing',
          wording: 'Settled accommodation',
          focus: ['safety-and-wellbeing'],
          addresses: { factorIds: ['f-housing'] },
          priority,
        }),
      ],
    }),
  );

/** The state with objective updates recorded under plan version 1. */
const updated = (
  state: ReturnType<typeof withHousing>,
  ...changes: [objectiveId: string, status: 'completed' | 'paused' | 'withdrawn'][]
) =>
  withRecord(state, (r) => ({
    ...r,
    objectiveUpdates: changes.map(([objectiveId, status]) => ({
      objectiveId,
      planVersion: 1,
      status,
      by: 'pr-sam',
      on: '2025-09-30',
    })),
  }));

describe(RULE, () => {
  it('passes when a dependent objective is due on or after its prerequisite', () => {
    expect(findingsOf(base, RULE)).toEqual([]);
    expect(findingsOf(peersDue('2025-12-12'), RULE)).toEqual([]);
  });

  it('flags a dependent objective due the day before its prerequisite', () => {
    expect(findingsOf(peersDue('2025-12-11'), RULE)).toEqual([
      expect.objectContaining({
        path: ['plan', 'objectives', 'o-lifestyle'],
        evidence: {
          objectiveId: 'o-lifestyle',
          targetDate: '2025-12-11',
          prerequisiteIds: ['o-ete'],
        },
      }),
    ]);
  });

  it('passes when a stability need comes first', () => {
    expect(findingsOf(withHousing(1), RULE)).toEqual([]);
  });

  it('flags a stability need placed after desistance work', () => {
    const [finding] = findingsOf(withHousing(4), RULE);
    expect(finding).toMatchObject({
      path: ['plan', 'objectives', 'o-housing'],
      evidence: { priority: 4, placedAfter: ['o-thinking'] },
    });
    expect(finding?.message).toContain(
      'where the child lives, education or safety from exploitation',
    );
  });

  it('flags a stability need that waits on other work', () => {
    const state = withObjective(withHousing(1), 'o-housing', (o) => ({
      ...o,
      dependsOn: ['o-thinking'],
    }));
    expect(findingsOf(state, RULE)[0]?.evidence).toMatchObject({ placedAfter: ['o-thinking'] });
  });

  it('no longer flags a stability need once it is completed', () => {
    const state = withRecord(withHousing(4), (r) => ({
      ...r,
      objectiveUpdates: [
        {
          objectiveId: 'o-housing',
          planVersion: 1,
          status: 'completed',
          by: 'pr-sam',
          on: '2025-09-30',
        },
      ],
    }));
    expect(findingsOf(state, RULE)).toEqual([]);
  });

  it('takes the stability domains from the policy', () => {
    expect(
      findingsOf(withHousing(4), RULE, { policy: { plan: { stabilityDomains: ['finances'] } } }),
    ).toEqual([]);
  });

  it('takes the child’s stability needs by default: education and exploitation, not the adult list', () => {
    const schoolLate = withObjective(base, 'o-ete', (o) => ({ ...o, priority: 4 }));
    expect(findingsOf(schoolLate, RULE)).toMatchObject([
      { path: ['plan', 'objectives', 'o-ete'], evidence: { placedAfter: ['o-thinking'] } },
    ]);
    const withFactor = (domain: 'finances' | 'exploitation-and-victimisation') =>
      withPlan(
        withAssessment(base, (a) => ({
          ...a,
          factors: [...a.factors, aFactor({ id: 'f-x', domain })],
        })),
        (p) => ({
          ...p,
          objectives: [
            ...p.objectives,
            ObjectiveSchema.parse({
              id: 'o-x',
              wording: 'Stability work',
              focus: ['desistance'],
              addresses: { factorIds: ['f-x'] },
              priority: 4,
            }),
          ],
        }),
      );
    expect(findingsOf(withFactor('exploitation-and-victimisation'), RULE)).toHaveLength(1);
    expect(findingsOf(withFactor('finances'), RULE)).toEqual([]);
  });

  it('does not count completed or paused work as coming before a stability need', () => {
    // Only the thinking objective (priority 3) comes before housing at priority 4.
    expect(findingsOf(withHousing(4), RULE)).toHaveLength(1);
    expect(findingsOf(updated(withHousing(4), ['o-thinking', 'completed']), RULE)).toEqual([]);
    expect(findingsOf(updated(withHousing(4), ['o-thinking', 'paused']), RULE)).toEqual([]);
  });

  it('never puts keeping the child safe from exploitation out of order for coming first: the review’s example', () => {
    // 0.1.0: "stability comes after other work" for housing after exploitation safety planning.
    const exploitationFirst = withPlan(withHousing(2), (p) => ({
      ...p,
      objectives: [
        ...p.objectives.map((o) => (o.id === 'o-thinking' ? { ...o, priority: 5 } : o)),
        ObjectiveSchema.parse({
          id: 'o-exploit',
          wording: 'Keep safe from the older group exploiting him',
          focus: ['safety-and-wellbeing'],
          addresses: { factorIds: ['f-peers'] },
          priority: 1,
        }),
      ],
    }));
    expect(findingsOf(exploitationFirst, RULE)).toEqual([]);
    const asDesistance = withObjective(exploitationFirst, 'o-exploit', (o) => ({
      ...o,
      focus: ['desistance'],
    }));
    expect(findingsOf(asDesistance, RULE)[0]?.evidence).toMatchObject({
      placedAfter: ['o-exploit'],
    });
  });

  it('lets work on other people’s safety run alongside a stability need', () => {
    const withRisk = withPlan(withHousing(1), (p) => ({
      ...p,
      objectives: [
        ...p.objectives.map((o) => (o.id === 'o-housing' ? { ...o, dependsOn: ['o-risk'] } : o)),
        ObjectiveSchema.parse({
          id: 'o-risk',
          wording: 'Keep the victim safe',
          focus: ['safety-of-others'],
          addresses: { factorIds: ['f-peers'] },
          priority: 1,
        }),
      ],
    }));
    expect(findingsOf(withRisk, RULE)).toEqual([]);
    const alsoDesistance = withObjective(withRisk, 'o-risk', (o) => ({
      ...o,
      focus: ['desistance'],
    }));
    expect(findingsOf(alsoDesistance, RULE)[0]?.evidence).toMatchObject({
      placedAfter: ['o-risk'],
    });
  });

  it('does not hold a dependent objective to the date of a prerequisite already completed', () => {
    expect(findingsOf(updated(peersDue('2025-12-11'), ['o-ete', 'completed']), RULE)).toEqual([]);
    expect(findingsOf(updated(peersDue('2025-12-11'), ['o-ete', 'paused']), RULE)).toHaveLength(1);
  });
});
