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

  it('keeps error severity for the law and structural impossibilities', () => {
    const errors = planRules.filter((r) => r.severity === 'error');
    expect(errors.map((r) => r.id)).toEqual([
      'disposal.requirement-unaddressed',
      'disposal.requirement-not-permitted',
      'disposal.not-permitted',
      'plan.sequence-cycle',
    ]);
    expect(errors.every((r) => r.source.kind === 'law' || r.source.kind === 'structure')).toBe(
      true,
    );
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
