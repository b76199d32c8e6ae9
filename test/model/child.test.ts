import { describe, expect, it } from 'vitest';
import {
  ChildSchema,
  ResponsivityNeedKindSchema,
  ResponsivityNeedSchema,
} from '../../src/model/child.js';
import { pathsOf, payloadOf } from './workedExampleParts.js';

const kai = () => payloadOf('case.opened').child;

describe('ChildSchema', () => {
  it('accepts the worked example’s child with two responsivity needs', () => {
    const child = ChildSchema.parse(kai());
    expect(child.dateOfBirth).toBe('2010-01-20');
    expect(child.needs.map((n) => n.kind)).toEqual(['speech-language-communication', 'learning']);
  });

  it('applies the defaults: not looked after, no needs, no interpreter', () => {
    const child = ChildSchema.parse({ id: 'child-1', dateOfBirth: '2010-05-14' });
    expect(child).toEqual({
      id: 'child-1',
      dateOfBirth: '2010-05-14',
      lookedAfter: false,
      needs: [],
      interpreterRequired: false,
    });
  });

  it('rejects an impossible date of birth at dateOfBirth', () => {
    expect(pathsOf(ChildSchema.safeParse({ ...kai(), dateOfBirth: '2010-02-30' }))).toEqual([
      ['dateOfBirth'],
    ]);
  });

  it('rejects a misspelt key rather than dropping what it holds', () => {
    const { preferredName, ...rest } = kai();
    const r = ChildSchema.safeParse({ ...rest, preferedName: preferredName });
    expect(r.error?.issues.map((i) => [i.code, i.path])).toEqual([['unrecognized_keys', []]]);
  });

  it('rejects a blank preferred name but trims one with spaces around it', () => {
    expect(pathsOf(ChildSchema.safeParse({ ...kai(), preferredName: '   ' }))).toEqual([
      ['preferredName'],
    ]);
    expect(ChildSchema.parse({ ...kai(), preferredName: ' Kai ' }).preferredName).toBe('Kai');
  });

  it('accepts a preferred name of 100 characters and rejects one of 101', () => {
    expect(ChildSchema.safeParse({ ...kai(), preferredName: 'k'.repeat(100) }).success).toBe(true);
    expect(pathsOf(ChildSchema.safeParse({ ...kai(), preferredName: 'k'.repeat(101) }))).toEqual([
      ['preferredName'],
    ]);
  });

  it('rejects an unknown need kind at its path in the list', () => {
    const needs = [...(kai().needs ?? []), { kind: 'stubbornness', description: 'x' }];
    expect(pathsOf(ChildSchema.safeParse({ ...kai(), needs }))).toEqual([['needs', 2, 'kind']]);
  });

  it('stores no age: only the date of birth', () => {
    expect(Object.keys(ChildSchema.shape)).not.toContain('age');
  });
});

describe('ResponsivityNeedSchema', () => {
  it('accepts every documented kind with a description', () => {
    for (const kind of ResponsivityNeedKindSchema.options) {
      expect(ResponsivityNeedSchema.safeParse({ kind, description: 'How we adapt' }).success).toBe(
        true,
      );
    }
  });

  it('rejects a need without a description', () => {
    expect(pathsOf(ResponsivityNeedSchema.safeParse({ kind: 'trauma' }))).toEqual([
      ['description'],
    ]);
  });
});
