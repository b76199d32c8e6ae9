import { describe, expect, it } from 'vitest';
import { AgreementPartySchema, AgreementSchema } from '../../src/model/agreement.js';
import { pathsOf, payloadOf } from './workedExampleParts.js';

const childAgreement = () => payloadOf('plan.agreementRecorded', 0);
const mumAgreement = () => payloadOf('plan.agreementRecorded', 1);

describe('AgreementSchema', () => {
  it('accepts the worked example’s agreements: Kai with misgivings, his mother in full', () => {
    expect(AgreementSchema.parse(childAgreement()).status).toBe('agreed-with-misgivings');
    expect(AgreementSchema.parse(mumAgreement()).party).toEqual({
      kind: 'parent-carer',
      personId: 'pc-mum',
    });
  });

  it('rejects "could not be discussed" without the reason, at reason', () => {
    const r = AgreementSchema.safeParse({ ...mumAgreement(), status: 'could-not-be-discussed' });
    expect(pathsOf(r)).toEqual([['reason']]);
    expect(r.error?.issues[0]?.message).toBe('Record why the plan could not be discussed');
  });

  it('accepts "could not be discussed" with the reason', () => {
    const agreement = {
      ...mumAgreement(),
      status: 'could-not-be-discussed',
      reason: 'Mother in hospital during the planning meeting; to be discussed on her return',
    };
    expect(AgreementSchema.safeParse(agreement).success).toBe(true);
  });

  it('rejects a blank reason as no reason', () => {
    const agreement = { ...mumAgreement(), status: 'could-not-be-discussed', reason: '   ' };
    expect(pathsOf(AgreementSchema.safeParse(agreement))).toEqual([['reason']]);
  });

  it('rejects agreement with misgivings that does not record them, at misgivings', () => {
    const { misgivings: _, ...rest } = childAgreement();
    expect(pathsOf(AgreementSchema.safeParse(rest))).toEqual([['misgivings']]);
  });

  it('accepts plain disagreement', () => {
    expect(AgreementSchema.safeParse({ ...mumAgreement(), status: 'disagreed' }).success).toBe(
      true,
    );
  });

  it('accepts plan version 1 and rejects version 0', () => {
    expect(AgreementSchema.safeParse({ ...mumAgreement(), planVersion: 1 }).success).toBe(true);
    expect(pathsOf(AgreementSchema.safeParse({ ...mumAgreement(), planVersion: 0 }))).toEqual([
      ['planVersion'],
    ]);
  });

  it('rejects an unknown status and a misspelt key', () => {
    expect(pathsOf(AgreementSchema.safeParse({ ...mumAgreement(), status: 'ok' }))).toEqual([
      ['status'],
    ]);
    const r = AgreementSchema.safeParse({ ...mumAgreement(), misgiving: 'x' });
    expect(r.error?.issues.map((i) => i.code)).toEqual(['unrecognized_keys']);
  });
});

describe('AgreementPartySchema', () => {
  it('needs the person for a parent or carer, and nothing more for the child', () => {
    expect(pathsOf(AgreementPartySchema.safeParse({ kind: 'parent-carer' }))).toEqual([
      ['personId'],
    ]);
    expect(AgreementPartySchema.safeParse({ kind: 'child', personId: 'x' }).success).toBe(false);
  });

  it('rejects an unknown kind of party at kind', () => {
    expect(pathsOf(AgreementPartySchema.safeParse({ kind: 'social-worker' }))).toEqual([['kind']]);
  });
});
