import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEvent, isYjplanError, planView, replay } from '../../src/index.js';
import { planSharingRestrictions } from '../../src/model/restrictions.js';
import { workedExampleEvents } from '../../src/testing/index.js';
import { simulateCaseload } from '../../src/testing/simulator/index.js';

const kai = () => replay(workedExampleEvents());

/** Kai's case with plan version 1's visibility flags replaced. */
function withVisibility(flags: {
  objectives: boolean[][];
  actions: boolean[][];
  contingency?: boolean[];
}) {
  const events = workedExampleEvents();
  const drafted = events.find((e) => e.type === 'plan.drafted') as {
    payload: { plan: Record<string, unknown> };
  };
  const plan = drafted.payload.plan as {
    objectives: Record<string, unknown>[];
    actions: Record<string, unknown>[];
    contingency?: unknown;
  };
  const vis = (f: boolean[] | undefined, i: number) => {
    const [child = true, parentsCarers = true, agencies = true] = f ?? [];
    return child && parentsCarers && agencies
      ? { child, parentsCarers, agencies }
      : { child, parentsCarers, agencies, withheldReason: `SECRET-REASON-${i}` };
  };
  plan.objectives = plan.objectives.map((o, i) => ({
    ...o,
    wording: `OBJ-${i}-text`,
    visibility: vis(flags.objectives[i], i),
  }));
  plan.actions = plan.actions.map((a, i) => ({
    ...a,
    description: `ACT-${i}-text`,
    visibility: vis(flags.actions[i], 100 + i),
  }));
  plan.contingency = {
    signs: ['CONTINGENCY-SIGN'],
    responses: [{ response: 'CONTINGENCY-RESPONSE', owner: { kind: 'yos' } }],
    visibility: vis(flags.contingency, 999),
  };
  return replay(
    events.slice(
      0,
      events.findIndex((e) => e.type === 'plan.revised'),
    ),
  );
}

describe('planView', () => {
  it('gives the practitioner every objective and action', () => {
    const view = planView(kai(), 'practitioner', { asOf: '2026-03-31' });
    expect(view.version).toBe(2);
    expect(view.objectives.map((o) => o.id)).toEqual([
      'o-school',
      'o-peers',
      'o-family',
      'o-thinking',
    ]);
    expect(view.withheldItems).toBe(0);
  });

  it('shows the child their own words and the status of each action', () => {
    const view = planView(kai(), 'child', { asOf: '2026-03-31' });
    const school = view.objectives.find((o) => o.id === 'o-school');
    expect(school?.childWords).toBe('Get back into school so I can do my BTEC sport');
    expect(school?.actions.find((a) => a.id === 'act-pru-place')?.status).toBe('done');
  });

  it('refuses a copy for a parent whose restrictions forbid sharing the plan', () => {
    let error: unknown;
    try {
      planView(kai(), 'parentsCarers', { personId: 'pc-dad', asOf: '2025-09-24' });
    } catch (e) {
      error = e;
    }
    expect(isYjplanError(error) && error.code).toBe('sharing_restricted');
    expect(
      planView(kai(), 'parentsCarers', { personId: 'pc-mum', asOf: '2025-09-24' }).objectives,
    ).not.toHaveLength(0);
  });

  it('applies a restriction only while it is in force', () => {
    const events = workedExampleEvents();
    const state = replay(events);
    const dad = state.record.people.find((p) => p.id === 'pc-dad');
    expect(dad?.restrictions[0]?.from).toBe('2024-11-02');
    expect(() =>
      planView(state, 'parentsCarers', { personId: 'pc-dad', asOf: '2024-11-01' }),
    ).not.toThrow();
  });

  it('answers reference_not_found for an unknown plan version or person', () => {
    expect(() => planView(kai(), 'child', { asOf: '2026-01-01', version: 9 })).toThrow(
      /no such plan version/,
    );
    expect(() =>
      planView(kai(), 'parentsCarers', { asOf: '2026-01-01', personId: 'pc-nobody' }),
    ).toThrow(/No parent\/carer/);
  });

  it('never lets a withheld item, or its reason, reach an audience it is withheld from', () => {
    const flags = fc.array(fc.boolean(), { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(
        fc.record({
          objectives: fc.array(flags, { minLength: 3, maxLength: 3 }),
          actions: fc.array(flags, { minLength: 5, maxLength: 5 }),
          contingency: flags,
        }),
        fc.constantFrom('child', 'parentsCarers', 'agencies') as fc.Arbitrary<
          'child' | 'parentsCarers' | 'agencies'
        >,
        (f, audience) => {
          const state = withVisibility(f);
          const view = planView(state, audience, {
            asOf: '2025-10-01',
            ...(audience === 'parentsCarers' && { personId: 'pc-mum' }),
          });
          const text = JSON.stringify(view);
          const slot = { child: 0, parentsCarers: 1, agencies: 2 }[audience];
          f.objectives.forEach((o, i) => {
            if (!o[slot]) expect(text).not.toContain(`OBJ-${i}-text`);
          });
          const objectiveOfAction = ['o-school', 'o-school', 'o-peers', 'o-thinking', 'o-thinking'];
          const objectiveIndex = { 'o-school': 0, 'o-peers': 1, 'o-thinking': 2 } as const;
          f.actions.forEach((a, i) => {
            const parent =
              f.objectives[objectiveIndex[objectiveOfAction[i] as keyof typeof objectiveIndex]];
            if (!a[slot] || !parent?.[slot]) expect(text).not.toContain(`ACT-${i}-text`);
            else expect(text).toContain(`ACT-${i}-text`);
          });
          if (!f.contingency[slot]) expect(text).not.toContain('CONTINGENCY');
          expect(text).not.toContain('SECRET-REASON');
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('planView: a parent/carer copy follows the restrictions that refuse a recorded copy', () => {
  it("refuses a father under a no-sharing-of-whereabouts restriction: the plan names the child's school", () => {
    const events = workedExampleEvents();
    const activated = events.findIndex((e) => e.type === 'plan.activated');
    const state = replay(events.slice(0, activated + 1));
    const whereabouts = applyEvent(state, {
      id: 'e-whereabouts',
      type: 'parentCarer.updated',
      at: '2025-10-01T09:00:00Z',
      by: 'pr-kai',
      payload: {
        person: {
          ...(state.record.people.find((p) => p.id === 'pc-mum') as object),
          restrictions: [
            {
              kind: 'no-sharing-of-whereabouts',
              reason: 'Safeguarding decision',
              source: 'safeguarding-decision',
              from: '2025-10-01',
            },
          ],
        },
      },
    } as never);
    let error: unknown;
    try {
      planView(whereabouts, 'parentsCarers', { personId: 'pc-mum', asOf: '2025-10-01' });
    } catch (e) {
      error = e;
    }
    expect(isYjplanError(error) && error.code).toBe('sharing_restricted');
    expect(
      planView(whereabouts, 'parentsCarers', { personId: 'pc-mum', asOf: '2025-09-30' }).caseId,
    ).toBe(state.caseId);
  });

  it('refuses a parent/carer copy that names no person, instead of applying no restriction', () => {
    let error: unknown;
    try {
      planView(kai(), 'parentsCarers', { asOf: '2025-10-01' });
    } catch (e) {
      error = e;
    }
    expect(isYjplanError(error) && error.code).toBe('invalid_input');
    expect(isYjplanError(error) && error.issues[0]?.path).toEqual(['personId']);
  });

  it('gives every person, on every date, exactly what their restrictions allow (simulated cases)', {
    timeout: 30_000,
  }, () => {
    let copies = 0;
    let refusals = 0;
    for (const file of simulateCaseload({ seed: 18, cases: 40 })) {
      const state = replay(file.events);
      if (state.record.plans.length === 0) continue;
      const dates = file.events.filter((_, i) => i % 11 === 0).map((e) => e.at.slice(0, 10));
      for (const person of state.record.people) {
        for (const asOf of dates) {
          const forbidden = planSharingRestrictions(person, asOf).length > 0;
          let code: string | undefined;
          try {
            planView(state, 'parentsCarers', { personId: person.id, asOf });
            copies++;
          } catch (e) {
            code = isYjplanError(e) ? e.code : 'thrown';
            refusals++;
          }
          expect(code, `${person.id} on ${asOf}`).toBe(
            forbidden ? 'sharing_restricted' : undefined,
          );
        }
      }
    }
    expect(copies).toBeGreaterThan(100);
    expect(refusals).toBeGreaterThan(0);
  });
});
