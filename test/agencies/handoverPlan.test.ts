import { describe, expect, it } from 'vitest';
import { isYjplanError } from '../../src/errors/YjplanError.js';
import { HandoverPlanSchema, parseHandoverPlan } from '../../src/model/handoverPlan.js';
import { handoverPlan } from '../../src/views/handoverPlan.js';
import { add, jadeClosed, jadeOn, X } from './fixtures.js';

const errorOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
};

describe('handoverPlan', () => {
  const plan = () => handoverPlan(jadeClosed(), { asOf: X.handedOverOn });

  it('gives probation an OASys-style sentence plan: objectives, activities, who, measures, timescales', () => {
    const p = plan();
    expect(HandoverPlanSchema.parse(p)).toEqual(p);
    expect(parseHandoverPlan(JSON.parse(JSON.stringify(p)))).toEqual(p);
    expect(p.sentencePlan.objectives.map((o) => o.id)).toEqual([
      'o-home',
      'o-safe',
      'o-drugs',
      'o-harm',
      'o-hair',
    ]);
    const hair = p.sentencePlan.objectives.find((o) => o.id === 'o-hair');
    expect(hair).toMatchObject({
      inOwnWords: 'Do my Level 2 and work in a salon',
      needs: [{ factorId: 'f-ete', domain: 'education-training-employment' }],
      buildsOn: ['s-hair'],
      howProgressIsMeasured: 'A place on a Level 2 hairdressing course from September',
      targetDate: '2026-07-31',
      progress: 'achieved',
    });
    expect(hair?.activities[0]).toMatchObject({
      who: { kind: 'partner-agency', agency: 'employment-and-training', name: 'Careers service' },
      startsOn: '2026-06-08',
      dueDate: '2026-07-17',
    });
  });

  it('carries her own words and strengths, the transition and the other agencies’ plans', () => {
    const p = plan();
    expect(p.inOwnWords.onTheTransfer).toContain('I have met her');
    expect(p.inOwnWords.atAssessment).toContain('somewhere to live first');
    expect(p.strengths.map((s) => s.id)).toEqual(['s-hair', 's-mum']);
    expect(p.transition).toMatchObject({
      decision: 'transfer',
      handedOverOn: X.handedOverOn,
      receivingPractitionerId: 'ext-pp-okoro',
      threeWayMeetingOn: '2026-08-20',
    });
    expect(p.otherAgencyPlans.map((o) => o.kind)).toEqual(['camhs-plan', 'pathway-plan']);
    expect(p.continuingServices).toHaveLength(2);
  });

  it('carries the risk information shared with probation, and only counts about victims', () => {
    const p = plan();
    expect(p.risk.ratings).toEqual({
      likelihoodOfReoffending: 'high',
      safetyAndWellbeing: 'high',
      riskOfSeriousHarm: 'medium',
    });
    expect(p.risk.notes.map((n) => n.about)).toEqual(['intelligence', 'victim-safety']);
    expect(p.risk.contingency?.responses).toHaveLength(3);
    expect(p.risk.victims).toEqual({
      recorded: 1,
      withSafetyConcerns: 1,
      restorativeJusticeAccepted: 1,
    });
    expect(p.withheldItems).toBe(0);
  });

  it('leaves out what the plan version in force does not share with probation, and counts it', () => {
    // Version 1 was drafted before the transfer planning added probation to who may see what.
    const early = add(
      jadeOn(X.asOfDuringDelivery),
      'sharing.basisRecorded',
      {
        basis: {
          id: 'sb-probation',
          agency: 'probation',
          basis: 'statutory-gateway',
          gateway: 'Crime and Disorder Act 1998 s.115',
          from: X.asOfDuringDelivery,
        },
      },
      X.asOfDuringDelivery,
    );
    const p = handoverPlan(early, { asOf: X.asOfDuringDelivery });
    expect(p.sentencePlan.objectives).toEqual([]);
    expect(p.risk.notes).toEqual([]);
    expect(p.withheldItems).toBeGreaterThan(10);
  });

  it('refuses without a lawful basis for sharing with probation, with bad options, or without a plan', () => {
    const noBasis = errorOf(() => handoverPlan(jadeOn('2026-08-13'), { asOf: '2026-08-13' }));
    expect(isYjplanError(noBasis) && [noBasis.code, noBasis.issues[0]?.path]).toEqual([
      'sharing_restricted',
      ['agency'],
    ]);
    const bad = errorOf(() => handoverPlan(jadeClosed(), { asOf: '14/09/2026' }));
    expect(isYjplanError(bad) && bad.issues[0]?.path).toEqual(['asOf']);
    const extra = errorOf(() =>
      handoverPlan(jadeClosed(), { asOf: X.handedOverOn, agency: 'x' } as never),
    );
    expect(isYjplanError(extra) && extra.issues[0]?.path).toEqual(['agency']);
    const noPlan = errorOf(() => handoverPlan(jadeOn('2026-03-12'), { asOf: '2026-03-12' }));
    expect(isYjplanError(noPlan)).toBe(true);
    const notAState = errorOf(() => handoverPlan({} as never, { asOf: X.handedOverOn }));
    expect(isYjplanError(notAState) && notAState.code).toBe('invalid_input');
  });
});
