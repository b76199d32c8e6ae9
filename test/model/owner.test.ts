import { describe, expect, it } from 'vitest';
import { AgencySchema, OwnerSchema } from '../../src/model/owner.js';
import { pathsOf, payloadOf } from './workedExampleParts.js';

describe('OwnerSchema', () => {
  it('accepts every owner in the worked example’s plan', () => {
    for (const action of payloadOf('plan.revised').plan.actions) {
      expect(OwnerSchema.safeParse(action.owner).success).toBe(true);
    }
  });

  it('makes a YOS owner the case manager unless another role is given', () => {
    expect(OwnerSchema.parse({ kind: 'yos' })).toEqual({ kind: 'yos', role: 'case-manager' });
    expect(OwnerSchema.parse({ kind: 'yos', role: 'panel' })).toEqual({
      kind: 'yos',
      role: 'panel',
    });
  });

  it('needs the person for a parent or carer', () => {
    expect(pathsOf(OwnerSchema.safeParse({ kind: 'parent-carer' }))).toEqual([['personId']]);
  });

  it('needs the agency and the service’s name for a partner agency', () => {
    expect(pathsOf(OwnerSchema.safeParse({ kind: 'partner-agency', name: 'CAMHS' }))).toEqual([
      ['agency'],
    ]);
    expect(
      pathsOf(OwnerSchema.safeParse({ kind: 'partner-agency', agency: 'health', name: '' })),
    ).toEqual([['name']]);
  });

  it('rejects an unknown kind of owner at kind', () => {
    expect(pathsOf(OwnerSchema.safeParse({ kind: 'court' }))).toEqual([['kind']]);
  });

  it('rejects a practitioner id that is not an identifier', () => {
    expect(pathsOf(OwnerSchema.safeParse({ kind: 'yos', practitionerId: 'Sam Jones' }))).toEqual([
      ['practitionerId'],
    ]);
  });
});

describe('AgencySchema', () => {
  it('lists the agencies plans coordinate with, including social care and education', () => {
    expect(AgencySchema.options).toEqual(expect.arrayContaining(['social-care', 'education']));
  });
});
