import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/_lib/calendar.js';
import { checkCase } from '../../../src/checks/checkCase.js';
import { applyEvent, openCase } from '../../../src/lifecycle/reducer.js';
import { replay } from '../../../src/lifecycle/replay.js';
import type { CaseState } from '../../../src/lifecycle/state.js';
import {
  WORKED_EXAMPLE,
  workedExampleEvents,
  YRO_EXAMPLE,
  yroExampleEvents,
} from '../../../src/testing/index.js';
import { PLAN_RULE_IDS } from './_fixtures.js';

/** The case as it stood at the end of each day, from the first event to `until`. */
function dayByDay(
  events: ReturnType<typeof workedExampleEvents>,
  until: string,
): [string, CaseState][] {
  const [first, ...rest] = events;
  if (!first) return [];
  let state = openCase(first);
  let day = first.at.slice(0, 10);
  let next = 0;
  const out: [string, CaseState][] = [];
  for (; day <= until; day = addDays(day, 1)) {
    while (next < rest.length && (rest[next]?.at.slice(0, 10) ?? '') <= day) {
      state = applyEvent(state, rest[next] as (typeof rest)[number]);
      next++;
    }
    out.push([day, state]);
  }
  return out;
}

describe('the worked example (Kai, referral order)', () => {
  it('checks clean for every plan rule on every day from opening to a week after closure', () => {
    const noisy = dayByDay(workedExampleEvents(), WORKED_EXAMPLE.asOfClosed).flatMap(
      ([asOf, state]) =>
        checkCase(state, { asOf, rules: PLAN_RULE_IDS }).map(
          (f) => `${asOf} ${f.rule} ${f.path.join('/')}`,
        ),
    );
    expect(noisy).toEqual([]);
  });
});

describe('the YRO example (Remi, high risk of serious harm)', () => {
  const state = replay(yroExampleEvents());
  const findings = checkCase(state, { asOf: YRO_EXAMPLE.asOf, rules: PLAN_RULE_IDS });
  const at = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => f.path.join('/'));

  it('replays to delivery', () => {
    expect(state.stage).toBe('delivery');
  });

  it('triggers at least eight distinct plan rules', () => {
    expect(new Set(findings.map((f) => f.rule)).size).toBeGreaterThanOrEqual(8);
  });

  it.each([
    ['disposal.requirement-unaddressed', ['disposal/requirements/req-upw']],
    ['plan.beyond-disposal', ['plan/actions/act-thinking-programme']],
    ['plan.exceeds-proportionate-load', ['plan/objectives']],
    ['plan.front-loaded', ['plan/actions']],
    ['plan.contact-level-mismatch', ['plan/plannedContactsPerMonth']],
    ['assessment.intervention-level-unexplained', ['assessment/interventionLevel']],
    ['plan.no-others-safety-focus', ['plan/objectives']],
    ['plan.no-contingency', ['plan/contingency']],
    ['plan.unlinked-objective', ['plan/objectives/o-curfew']],
    ['plan.unaddressed-factor', ['assessment/factors/f-exploitation']],
    [
      'plan.agency-not-involved',
      [
        'assessment/factors/f-housing',
        'assessment/factors/f-cannabis',
        'assessment/factors/f-exploitation',
      ],
    ],
    ['plan.no-strengths', ['plan/objectives']],
    ['plan.not-specific', ['plan/objectives/o-cannabis']],
    ['plan.no-child-voice', ['plan/objectives']],
    [
      'plan.sequence-order',
      ['plan/objectives/o-college', 'plan/objectives/o-college', 'plan/objectives/o-housing'],
    ],
    ['plan.needs-not-adapted', ['child/needs/neurodiversity']],
    ['plan.no-review-date', ['plan/nextReviewDate']],
  ])('triggers %s at %j', (rule, paths) => {
    expect(at(rule)).toEqual(paths);
  });

  it('raises nothing else', () => {
    expect(new Set(findings.map((f) => f.rule)).size).toBe(17);
  });

  it('explains exactly these findings in the guide', () => {
    const guide = readFileSync(new URL('../../../docs/guide.md', import.meta.url), 'utf8');
    const table =
      guide.split('<!-- remi-plan-findings -->')[1]?.split('<!-- /remi-plan-findings -->')[0] ?? '';
    const explained = [...table.matchAll(/^\| `([a-z.-]+)` \|/gm)].map((m) => m[1]).sort();
    expect(explained).toEqual([...new Set(findings.map((f) => f.rule))].sort());
  });

  it('reports practice warnings only: the order is lawful, the plan is weak', () => {
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(
      findings.find((f) => f.rule === 'disposal.requirement-unaddressed')?.evidence,
    ).toMatchObject({ requirementId: 'req-upw', nature: 'delivered' });
  });

  it('takes the curfew as arranged by the action confirming its monitoring', () => {
    expect(at('disposal.requirement-unaddressed')).not.toContain(
      'disposal/requirements/req-curfew',
    );
  });

  // The free text a case holds (names, descriptions of factors and needs, views): no rule
  // copies it into a message, a path or the evidence.
  const SECRETS = [
    'Remi',
    '2010-05-18',
    'knife',
    'ADHD',
    'grandmother',
    'cannabis use',
    'supplier',
  ];

  it('never puts a name, a date of birth or the case’s free text in a finding it raises', () => {
    expect(findings.some((f) => f.overridden || f.staleOverride)).toBe(false);
    const text = JSON.stringify(findings);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
  });

  it('copies one piece of free text, an override’s rationale, verbatim and nowhere but there', () => {
    // The rationale is the practitioner's own words, kept with the finding for defensibility
    // (docs/rules.md): views must redact `overridden.rationale` for readers not cleared for
    // case notes. Everything else in the overridden finding stays free of it.
    const rationale = 'Remi’s grandmother drives him to every appointment';
    const overridden = applyEvent(state, {
      id: 'ov-free-text',
      type: 'finding.overridden',
      at: `${YRO_EXAMPLE.asOf}T10:00:00Z`,
      by: YRO_EXAMPLE.manager,
      payload: {
        rule: 'plan.contact-level-mismatch',
        target: 'plan/plannedContactsPerMonth',
        rationale,
        on: YRO_EXAMPLE.asOf,
      },
    });
    const all = checkCase(overridden, { asOf: YRO_EXAMPLE.asOf });
    const marked = all.filter((f) => f.overridden);
    expect(marked.map((f) => f.overridden?.rationale)).toEqual([rationale]);
    const { overridden: note, ...rest } = marked[0] ?? {};
    const withoutRationale = JSON.stringify([
      rest,
      { ...note, rationale: '' },
      all.filter((f) => !f.overridden),
    ]);
    for (const secret of SECRETS) expect(withoutRationale).not.toContain(secret);
  });

  it('does not change the case it checks', () => {
    const before = structuredClone(state);
    checkCase(state, { asOf: YRO_EXAMPLE.asOf });
    expect(state).toEqual(before);
  });
});
