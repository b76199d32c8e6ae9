import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AgreementSchema } from '../../src/model/agreement.js';
import { AbsenceResponseSchema } from '../../src/model/delivery.js';
import { DisposalSchema } from '../../src/model/disposal/index.js';
import {
  AddressedElsewhereSchema,
  ExitPlanSchema,
  InterventionPlanSchema,
  MonitoringArrangementSchema,
  ObjectiveSchema,
} from '../../src/model/plan.js';
import { ReviewOutcomeSchema } from '../../src/model/review.js';
import { nth, payloadOf } from './workedExampleParts.js';

const planV1 = () => payloadOf('plan.drafted').plan;
const issuePaths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  r.success ? [] : (r.error?.issues ?? []).map((i) => i.path.join('.'));

describe('the fields the checks read as evidence (all optional, so older records still parse)', () => {
  it('parses the worked example’s plan unchanged, with none of the new lists filled in', () => {
    const plan = InterventionPlanSchema.parse(planV1());
    expect(plan.monitoring).toBeUndefined();
    expect(plan.contactSchedule).toBeUndefined();
    expect(plan.addressedElsewhere).toBeUndefined();
  });

  it('records how a restriction is monitored: the requirement, who and how', () => {
    const m = MonitoringArrangementSchema.parse({
      requirementId: 'req-curfew',
      monitoredBy: { kind: 'partner-agency', agency: 'other', name: 'Electronic monitoring' },
      how: 'Tag; violations reported the next working day',
    });
    expect(m.visibility).toEqual({ child: true, parentsCarers: true, agencies: true });
    expect(
      issuePaths(MonitoringArrangementSchema.safeParse({ requirementId: 'req-curfew', how: 'x' })),
    ).toEqual(['monitoredBy']);
  });

  it('keeps a contact schedule in date order, each period after the one before', () => {
    const schedule = [
      { from: '2026-01-05', contactsPerMonth: 2, reason: 'Tapering' },
      { from: '2026-01-05', contactsPerMonth: 1 },
    ];
    expect(
      issuePaths(InterventionPlanSchema.safeParse({ ...planV1(), contactSchedule: schedule })),
    ).toEqual(['contactSchedule.1.from']);
  });

  it('refuses an action that starts after it is due', () => {
    const actions = planV1().actions.map((a, i) =>
      i === 0 ? { ...a, startsOn: '2026-01-01', dueDate: '2025-12-01' } : a,
    );
    expect(issuePaths(InterventionPlanSchema.safeParse({ ...planV1(), actions }))).toEqual([
      'actions.0.startsOn',
    ]);
  });

  it('names the needs an objective’s adaptations serve, from the child’s need kinds only', () => {
    const o = nth(planV1().objectives, 0);
    expect(ObjectiveSchema.parse({ ...o, adaptedFor: ['learning'] }).adaptedFor).toEqual([
      'learning',
    ]);
    expect(ObjectiveSchema.safeParse({ ...o, adaptedFor: ['astrology'] }).success).toBe(false);
  });

  it('records a factor addressed in another agency’s plan, and a decision to keep the case to its end', () => {
    expect(
      AddressedElsewhereSchema.parse({
        factorId: 'f-family',
        agency: 'social-care',
        plan: 'Child protection plan',
      }).agency,
    ).toBe('social-care');
    const exit = ExitPlanSchema.parse({
      retainedUntilOrderEnds: { decidedOn: '2026-01-10', reason: 'Order ends soon after 18' },
    });
    expect(exit.retainedUntilOrderEnds?.decidedOn).toBe('2026-01-10');
    expect(
      issuePaths(ExitPlanSchema.safeParse({ retainedUntilOrderEnds: { decidedOn: '2026-01-10' } })),
    ).toEqual(['retainedUntilOrderEnds.reason']);
  });

  it('records on the child’s agreement that the order and the consequences were explained', () => {
    const a = AgreementSchema.parse({
      planVersion: 1,
      party: { kind: 'child' },
      status: 'agreed',
      requirementsExplained: true,
      consequencesExplained: true,
      recordedBy: 'pr-1',
      recordedOn: '2025-09-23',
    });
    expect([a.requirementsExplained, a.consequencesExplained]).toEqual([true, true]);
  });

  it('lets a review re-set the intervention level with its rationale', () => {
    const outcome = ReviewOutcomeSchema.parse({
      completedOn: '2025-11-18',
      progress: [],
      ratings: {
        likelihoodOfReoffending: 'high',
        safetyAndWellbeing: 'high',
        riskOfSeriousHarm: 'high',
      },
      interventionLevel: 'intensive',
      decision: 'revise-plan',
      nextReviewDate: '2025-12-18',
    });
    expect(outcome.interventionLevel).toBe('intensive');
    expect(
      ReviewOutcomeSchema.safeParse({ ...outcome, interventionLevel: 'maximum' }).success,
    ).toBe(false);
  });

  it('records on an out-of-court disposal whether it is the child’s first', () => {
    const caution = DisposalSchema.parse({
      type: 'youth-caution',
      id: 'yc-1',
      decisionDate: '2025-09-02',
      firstOutOfCourtDisposal: true,
    });
    expect(caution).toMatchObject({ firstOutOfCourtDisposal: true });
    expect(
      DisposalSchema.safeParse({
        type: 'community-resolution',
        id: 'cr-1',
        decisionDate: '2025-09-02',
        firstOutOfCourtDisposal: 'yes',
      }).success,
    ).toBe(false);
  });

  it('never accepts an informal response to absences that names none, whatever else it holds', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'conversation',
          'home-visit',
          'rearranged-appointment',
          'reminder-arrangement',
        ),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { maxLength: 3 }),
        (kind, reasonableExcuse, contactIds) => {
          const r = AbsenceResponseSchema.safeParse({
            id: 'ar-1',
            contactIds,
            kind,
            on: '2025-10-16',
            ...(reasonableExcuse !== undefined && { reasonableExcuse }),
          });
          expect(r.success).toBe(contactIds.length > 0);
        },
      ),
    );
  });
});
