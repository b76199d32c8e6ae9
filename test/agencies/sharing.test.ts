import { describe, expect, it } from 'vitest';
import { isYjplanError } from '../../src/errors/YjplanError.js';
import { replay } from '../../src/lifecycle/replay.js';
import { SHARED_WITH_ALL, VisibilitySchema } from '../../src/model/visibility.js';
import { renderPlan } from '../../src/render/index.js';
import { workedExampleEvents } from '../../src/testing/index.js';
import { planView } from '../../src/views/planView.js';
import { mayShow } from '../../src/views/redact.js';
import { add, jadeOn, pathsOf, refusal, X } from './fixtures.js';

const afterReview = () => jadeOn(X.asOfAfterReview);
const asOf = X.asOfAfterReview;

function errorOf(f: () => unknown) {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('VisibilitySchema: items shared with agencies by name', () => {
  it('accepts a list of agencies, with no reason needed: naming them is the decision', () => {
    expect(VisibilitySchema.parse({ agencies: ['education', 'social-care'] })).toEqual({
      child: true,
      parentsCarers: true,
      agencies: ['education', 'social-care'],
    });
  });

  it('still reads the boolean of older case files, unchanged', () => {
    expect(VisibilitySchema.parse({ agencies: false, withheldReason: 'x' }).agencies).toBe(false);
    expect(VisibilitySchema.parse({}).agencies).toBe(true);
    expect(replay(workedExampleEvents()).stage).toBe('closed');
  });

  it('refuses an empty list, an agency named twice and an unknown agency, at the field (an unknown name fails the whole union)', () => {
    const paths = (v: unknown) =>
      VisibilitySchema.safeParse(v).error?.issues.map((i) => i.path) ?? [];
    expect(paths({ agencies: [] })).toEqual([['agencies']]);
    expect(paths({ agencies: ['police', 'police'] })).toEqual([['agencies', 1]]);
    expect(paths({ agencies: ['nasa'] })).toEqual([['agencies']]);
  });

  it('refuses information about a victim shared with the child or parents/carers', () => {
    const r = VisibilitySchema.safeParse({ agencies: ['police'], victimInformation: true });
    expect(r.error?.issues.map((i) => i.path)).toEqual([['child'], ['parentsCarers']]);
    const ok = {
      child: false,
      parentsCarers: false,
      agencies: ['police'],
      victimInformation: true,
    };
    expect(VisibilitySchema.parse(ok)).toEqual(ok);
  });
});

describe('mayShow', () => {
  const named = { ...SHARED_WITH_ALL, agencies: ['mental-health'] as const };
  it('shows an item shared by name to that agency only, never to "every agency"', () => {
    expect(mayShow(named, 'agency', 'mental-health')).toBe(true);
    expect(mayShow(named, 'agency', 'education')).toBe(false);
    expect(mayShow(named, 'agencies')).toBe(false);
    expect(mayShow(named, 'agency')).toBe(false);
    expect(mayShow(SHARED_WITH_ALL, 'agency', 'education')).toBe(true);
  });

  it('never shows victim information to the child or a parent, whatever the flags say', () => {
    const forged = { ...SHARED_WITH_ALL, victimInformation: true as const };
    expect(mayShow(forged, 'child')).toBe(false);
    expect(mayShow(forged, 'parentsCarers')).toBe(false);
    expect(mayShow(forged, 'practitioner')).toBe(true);
  });
});

describe("planView(state, 'agency', { agency })", () => {
  it('gives the college its copy: the hairdressing work, not the CAMHS or the police actions', () => {
    const copy = planView(afterReview(), 'agency', { agency: 'education', asOf });
    expect(copy.agency).toBe('education');
    expect(copy.objectives.map((o) => o.id)).toEqual(['o-hair']);
    expect(copy.objectives[0]?.actions.map((a) => a.id)).toEqual(['act-careers', 'act-college']);
    const text = JSON.stringify(copy);
    for (const hidden of ['act-camhs', 'self-harm', 'act-police-intelligence', 'intelligence']) {
      expect(text).not.toContain(hidden);
    }
    expect(copy.contingency).toBeUndefined();
    expect(copy.riskNotes).toBeUndefined();
  });

  it('gives the police the intelligence action, the risk notes and the victim’s safety response', () => {
    const copy = planView(afterReview(), 'agency', { agency: 'police', asOf });
    expect(copy.objectives.flatMap((o) => o.actions.map((a) => a.id))).toEqual([
      'act-police-intelligence',
      'act-letter',
    ]);
    expect(copy.riskNotes?.map((n) => n.id)).toEqual(['rn-intelligence', 'rn-victim']);
    expect(copy.contingency?.responses).toHaveLength(3);
    const mentalHealth = planView(afterReview(), 'agency', { agency: 'mental-health', asOf });
    expect(mentalHealth.contingency?.responses).toHaveLength(2);
    expect(JSON.stringify(mentalHealth)).not.toContain('victim');
  });

  it('keeps the copy for "every agency" to what is shared with all of them', () => {
    const every = planView(afterReview(), 'agencies', { asOf });
    expect(every.objectives).toEqual([]);
    expect(every.withheldItems).toBeGreaterThan(15);
  });

  it('refuses a copy for an agency with no lawful basis for sharing on the day', () => {
    const e = errorOf(() => planView(afterReview(), 'agency', { agency: 'probation', asOf }));
    expect(isYjplanError(e) && e.code).toBe('sharing_restricted');
    expect(isYjplanError(e) && e.issues[0]?.path).toEqual(['agency']);
    // The college's basis runs from 1 June.
    const early = errorOf(() =>
      planView(afterReview(), 'agency', { agency: 'education', asOf: '2026-05-31' }),
    );
    expect(isYjplanError(early) && early.code).toBe('sharing_restricted');
  });

  it('refuses a copy, and a recorded copy alike, once consent is withdrawn', () => {
    const withdrawn = add(
      afterReview(),
      'sharing.basisEnded',
      { basisId: 'sb-education', on: '2026-06-15', reason: 'consent-withdrawn' },
      '2026-06-15',
    );
    expect(() =>
      planView(withdrawn, 'agency', { agency: 'education', asOf: '2026-06-14' }),
    ).not.toThrow();
    const e = errorOf(() =>
      planView(withdrawn, 'agency', { agency: 'education', asOf: '2026-06-15' }),
    );
    expect(isYjplanError(e) && e.code).toBe('sharing_restricted');
    const copy = { agency: 'education', on: '2026-06-15', planVersion: 2 };
    const recorded = refusal(withdrawn, 'agency.copySent', copy, '2026-06-15');
    expect(recorded.code).toBe('sharing_restricted');
    expect(pathsOf(recorded)).toEqual([['payload', 'agency']]);
    expect(
      add(withdrawn, 'agency.copySent', { ...copy, on: '2026-06-14' }, '2026-06-15').record
        .agencyCopies,
    ).toHaveLength(1 + afterReview().record.agencyCopies.length);
  });

  it('needs the agency for an agency’s copy, and refuses it for any other audience', () => {
    const none = errorOf(() => planView(afterReview(), 'agency', { asOf }));
    expect(isYjplanError(none) && [none.code, none.issues[0]?.path]).toEqual([
      'invalid_input',
      ['agency'],
    ]);
    const child = errorOf(() => planView(afterReview(), 'child', { agency: 'education', asOf }));
    expect(isYjplanError(child) && child.issues[0]?.path).toEqual(['agency']);
    const unknown = errorOf(() =>
      planView(afterReview(), 'agency', { agency: 'nasa' as never, asOf }),
    );
    expect(isYjplanError(unknown) && unknown.code).toBe('invalid_input');
    expect(JSON.stringify(unknown)).not.toContain('nasa');
  });
});

describe('renderPlan for one agency', () => {
  it('prints the agency’s own copy, its risk information, and nothing shared with others only', () => {
    const html = renderPlan(afterReview(), 'agency', { agency: 'police', asOf });
    expect(html).toContain('Copy for the police.');
    expect(html).toContain('Risk information shared with your agency');
    expect(html).toContain('Two older men are seen collecting Jade');
    expect(html).not.toContain('CAMHS assessment');
    const college = renderPlan(afterReview(), 'agencies', { agency: 'education', asOf });
    expect(college).toContain('Apply for the Level 2 hairdressing course');
    expect(college).not.toContain('Risk information');
    expect(college).not.toContain('older men');
  });

  it('shows the practitioner who each item is shared with, by name, and what is about a victim', () => {
    const html = renderPlan(afterReview(), 'practitioner', { asOf });
    expect(html).toContain('Of the agencies, shared only with the police, children’s social care');
    expect(html).toContain('Information about a victim: never shared with the child');
  });
});
