import { describe, expect, it } from 'vitest';
import { explain, rulesMarkdown } from '../../src/checks/explain.js';
import { planRules } from '../../src/checks/rules/planRules.js';
import { isYjplanError } from '../../src/errors/YjplanError.js';

describe('explain', () => {
  it.each(planRules.map((r) => [r.id]))('explains %s with its description and its source', (id) => {
    const e = explain(id);
    expect(e.rule).toBe(id);
    expect(e.title.length).toBeGreaterThan(0);
    expect(e.description.length).toBeGreaterThan(40);
    expect(['law', 'yjb-guidance', 'inspection', 'evidence', 'structure']).toContain(e.source.kind);
    expect(e.source.citation.length).toBeGreaterThan(10);
  });

  it('keeps error severity for what the law forbids and structural impossibilities', () => {
    const errors = planRules.filter((r) => r.severity === 'error');
    expect(errors.map((r) => r.id)).toEqual([
      'disposal.requirement-not-permitted',
      'disposal.not-permitted',
      'plan.sequence-cycle',
    ]);
    expect(errors.every((r) => r.source.kind === 'law' || r.source.kind === 'structure')).toBe(
      true,
    );
  });

  it('reports a requirement with no arrangement as a warning cited to the responsible officer’s duty', () => {
    expect(explain('disposal.requirement-unaddressed')).toMatchObject({
      severity: 'warning',
      source: { kind: 'law' },
    });
    expect(explain('disposal.requirement-unaddressed').source.citation).toContain('s.192(2)');
  });

  it('shows the new sources: the child’s load, sequencing, contact and the child’s agreement', () => {
    expect(explain('plan.front-loaded').source.citation).toContain('"Planning" (youth justice');
    expect(explain('plan.sequence-order').source.citation).toContain('keeping the child safe');
    expect(explain('plan.contact-level-mismatch').source.citation).toContain('Hughes (2012)');
    expect(explain('plan.child-agreement-not-recorded').source.citation).toContain(
      '"Planning" (youth justice',
    );
    expect(explain('compliance.absences-not-addressed').source.citation).toContain(
      'Sch. 7 para. 4',
    );
    expect(explain('review.risk-rise-not-planned').source.kind).toBe('inspection');
    expect(explain('involvement.panel-attendance-required')).toMatchObject({
      severity: 'warning',
      source: { kind: 'law' },
    });
  });

  it('cites the Sentencing Act for the disposal rules', () => {
    expect(explain('disposal.requirement-unaddressed').source).toMatchObject({ kind: 'law' });
    expect(explain('disposal.requirement-unaddressed').source.citation).toContain(
      'Sentencing Act 2020',
    );
  });

  it('throws unknown_rule for an id no rule has', () => {
    expect(() => explain('nope')).toThrow(expect.objectContaining({ code: 'unknown_rule' }));
    try {
      explain('nope');
    } catch (e) {
      expect(isYjplanError(e)).toBe(true);
    }
  });

  it('gives every plan rule a unique id of the form area.kebab-name', () => {
    const ids = planRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(plan|disposal|assessment)\.[a-z0-9-]+$/);
  });

  it('lists every plan rule in the Markdown catalogue', () => {
    const md = rulesMarkdown();
    for (const r of planRules) expect(md).toContain(`\`${r.id}\``);
  });
});
