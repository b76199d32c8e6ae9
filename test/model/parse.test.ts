/**
 * Every top-level input with a JSON Schema has a throwing `parseX` and a result-returning
 * `safeParseX` on the public entry, built the same way: `invalid_input` with the path of each
 * offending field, and messages that never quote the input, whatever the host's zod config.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import * as api from '../../src/index.js';
import { type JsonSchemaName, jsonSchemas } from '../../src/lifecycle/jsonSchemas.js';
import { payloadOf } from './workedExampleParts.js';

/** The public parser names for each JSON Schema name: 'parent-carer' -> ParentCarer. */
const PARSER_NAME: Record<JsonSchemaName, string> = {
  'case-file': 'CaseFile',
  'case-event': 'CaseEvent',
  child: 'Child',
  disposal: 'Disposal',
  assessment: 'Assessment',
  'intervention-plan': 'InterventionPlan',
  agreement: 'Agreement',
  'parent-carer': 'ParentCarer',
  'involvement-record': 'InvolvementRecord',
  policy: 'Policy',
  'handover-plan': 'HandoverPlan',
};

type Parse = (input: unknown) => unknown;
type SafeParse = (input: unknown) => api.Result<unknown>;
const fn = <T>(name: string) => (api as unknown as Record<string, T>)[name] as T;

const opened = payloadOf('case.opened');
const kinds = {
  child: {
    valid: opened.child,
    bad: { ...opened.child, dateOfBirth: '2010-02-30' },
    path: ['dateOfBirth'],
  },
  'parent-carer': {
    valid: opened.people?.[0],
    bad: { ...opened.people?.[0], parentalResponsibility: 'Kai Smith' },
    path: ['parentalResponsibility'],
  },
  assessment: {
    valid: payloadOf('assessment.submitted').assessment,
    bad: { ...payloadOf('assessment.submitted').assessment, completedOn: 'Kai Smith' },
    path: ['completedOn'],
  },
  'intervention-plan': {
    valid: payloadOf('plan.drafted').plan,
    bad: { ...payloadOf('plan.drafted').plan, childNmae: 'Kai Smith' },
    path: ['childNmae'],
  },
  agreement: {
    valid: payloadOf('plan.agreementRecorded'),
    bad: { ...payloadOf('plan.agreementRecorded'), status: 'Kai Smith' },
    path: ['status'],
  },
  'involvement-record': {
    valid: payloadOf('involvement.recorded').record,
    bad: {
      kind: 'parenting-order-made',
      id: 'inv-po',
      personId: 'pc-mum',
      on: '2025-10-01',
      months: 13,
      programmeMonths: 3,
    },
    path: ['months'],
  },
} satisfies Partial<Record<JsonSchemaName, { valid: unknown; bad: unknown; path: unknown[] }>>;

describe('the public parsers', () => {
  afterEach(() => {
    z.config({ customError: undefined });
  });

  it('exist as parseX and safeParseX for every input with a JSON Schema', () => {
    const missing = Object.keys(jsonSchemas()).flatMap((name) => {
      const base = PARSER_NAME[name as JsonSchemaName];
      return [`parse${base}`, `safeParse${base}`].filter(
        (n) => typeof fn<unknown>(n) !== 'function',
      );
    });
    expect(missing).toEqual([]);
  });

  describe.each(Object.entries(kinds))('for %s', (name, { valid, bad, path }) => {
    const base = PARSER_NAME[name as JsonSchemaName];
    const parse = fn<Parse>(`parse${base}`);
    const safeParse = fn<SafeParse>(`safeParse${base}`);

    it('returns the parsed value from both forms on valid input', () => {
      expect(safeParse(valid)).toEqual({ ok: true, value: parse(valid) });
    });

    it('throws, and returns, invalid_input at the offending field', () => {
      const r = safeParse(bad);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('invalid_input');
      expect(r.error.issues.map((i) => i.path)).toEqual([path]);
      expect(() => parse(bad)).toThrow(api.YjplanError);
      try {
        parse(bad);
      } catch (e) {
        expect((e as api.YjplanError).toJSON()).toEqual(r.error.toJSON());
      }
    });

    it('never quotes the input, even under a host error map that would', () => {
      z.config({ customError: (issue) => `Bad value: ${JSON.stringify(issue.input)}` });
      const r = safeParse(bad);
      expect(JSON.stringify(r)).not.toContain('Kai Smith');
      expect(JSON.stringify(r)).not.toContain('Bad value');
    });
  });

  it('cites the parenting order law when an order runs past 12 months', () => {
    const r = api.safeParseInvolvementRecord(kinds['involvement-record'].bad);
    expect(r.ok ? '' : r.error.issues[0]?.message).toBe(
      `A parenting order's requirements last 1 to 12 months (${api.parentingOrderLaw.source})`,
    );
    const programme = { ...kinds['involvement-record'].bad, months: 6, programmeMonths: 4 };
    const p = api.safeParseInvolvementRecord(programme);
    expect(p.ok ? [] : p.error.issues.map((i) => [i.path, i.code])).toEqual([
      [['programmeMonths'], 'too_big'],
    ]);
    const fits = { ...kinds['involvement-record'].bad, months: 12, programmeMonths: 0 };
    expect(api.safeParseInvolvementRecord(fits).ok).toBe(true);
  });
});
