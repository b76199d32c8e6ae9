import { describe, expect, it } from 'vitest';
import { educationRequirementResidenceUnknown } from '../../src/model/disposal/index.js';
import {
  InvolvementRecordSchema,
  parentingOrderProgrammeIssue,
} from '../../src/model/involvement.js';
import { parseDisposal } from '../../src/schemas.js';

const yro = (requirement: Record<string, unknown>, convictionDate = '2025-02-10') =>
  parseDisposal({
    type: 'youth-rehabilitation-order',
    id: 'yro-1',
    convictionDate,
    sentenceDate: '2025-03-03',
    endDate: '2026-03-02',
    requirements: [
      { id: 'req-sup', kind: 'supervision' },
      { id: 'req-edu', kind: 'education', ...requirement },
    ],
  });

describe('educationRequirementResidenceUnknown', () => {
  it('reports an education requirement past school-leaving age when residence is not recorded', () => {
    // Born 2009-03-01: compulsory school age ends on 26 June 2025; 12 months from 3 March 2025 run past it.
    expect(educationRequirementResidenceUnknown(yro({ months: 12 }), '2009-03-01')).toEqual([
      {
        path: ['requirements', 1, 'residentInEngland'],
        code: 'education_residence_not_recorded',
        message: expect.stringMatching(/resident in England/),
      },
    ]);
  });

  it('reports nothing when residence is recorded, the period ends by school-leaving age, or the conviction predates the 2022 change', () => {
    expect(
      educationRequirementResidenceUnknown(
        yro({ months: 12, residentInEngland: true }),
        '2009-03-01',
      ),
    ).toEqual([]);
    expect(educationRequirementResidenceUnknown(yro({ months: 3 }), '2009-03-01')).toEqual([]);
    expect(
      educationRequirementResidenceUnknown(
        parseDisposal({
          ...yro({ months: 12 }),
          convictionDate: '2022-06-27',
          sentenceDate: '2022-06-27',
          endDate: '2023-06-26',
        }),
        '2009-03-01',
      ),
    ).toEqual([]);
  });

  it('reports every unrecorded residence when the date of birth is not given, and nothing for other disposals', () => {
    expect(educationRequirementResidenceUnknown(yro({ months: 3 }))).toHaveLength(1);
    expect(
      educationRequirementResidenceUnknown(
        parseDisposal({ type: 'youth-caution', id: 'yc', decisionDate: '2025-01-01' }),
      ),
    ).toEqual([]);
  });
});

describe('a parenting order without a programme', () => {
  const order = {
    kind: 'parenting-order-made',
    id: 'po-1',
    personId: 'pc-mum',
    on: '2025-03-10',
    months: 6,
    programmeMonths: 0,
  };

  it('is refused when the record says the parent had no parenting order before', () => {
    const r = InvolvementRecordSchema.safeParse({ ...order, previousParentingOrder: false });
    expect(r.success ? [] : r.error.issues.map((i) => i.path)).toEqual([['programmeMonths']]);
  });

  it('is accepted after an earlier order', () => {
    const r = InvolvementRecordSchema.parse({ ...order, previousParentingOrder: true });
    expect(parentingOrderProgrammeIssue(r)).toEqual([]);
  });

  it('loads when the record is silent (older records), and is reported for a finding', () => {
    const r = InvolvementRecordSchema.parse(order);
    expect(parentingOrderProgrammeIssue(r)).toEqual([
      {
        path: ['previousParentingOrder'],
        code: 'parenting_order_programme_missing',
        message: expect.stringMatching(/unless the parent has had a parenting order before/),
      },
    ]);
    expect(
      parentingOrderProgrammeIssue(InvolvementRecordSchema.parse({ ...order, programmeMonths: 3 })),
    ).toEqual([]);
  });
});
