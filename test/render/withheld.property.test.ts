import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentPlan } from '../../src/lifecycle/derive.js';
import { planSharingRestrictions } from '../../src/model/restrictions.js';
import { renderPlan } from '../../src/render/index.js';
import {
  AGENCIES,
  drawnArb,
  idPattern,
  markedCase,
  seenBy,
  type Who,
} from '../agencies/markedCase.js';

const whoArb: fc.Arbitrary<Who> = fc.oneof(
  fc.constant<Who>({ audience: 'child' }),
  fc.constant<Who>({ audience: 'parentsCarers' }),
  fc.constant<Who>({ audience: 'agencies' }),
  fc.constantFrom(...AGENCIES).map((agency): Who => ({ audience: 'agency', agency })),
);

describe('plan documents never show an audience what is withheld from it', () => {
  it('holds no withheld item (by id or text) and no reason for withholding, over simulated cases, for every audience and each agency by name', () => {
    let rendered = 0;
    let withheldSeen = 0;
    const readers = new Set<string>();
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(drawnArb(), { minLength: 5, maxLength: 40 }),
        whoArb,
        fc.constantFrom<'en' | 'cy'>('en', 'cy'),
        (seed, drawn, who, lang) => {
          const { state, items, asOf } = markedCase(seed, drawn);
          const shown = currentPlan(state.record)?.version;
          if (shown === undefined) return;
          // A parent/carer's copy is for a person no restriction keeps from the plan.
          const person = state.record.people.find(
            (p) => planSharingRestrictions(p, asOf).length === 0,
          );
          if (who.audience === 'parentsCarers' && person === undefined) return;
          const html = renderPlan(state, who.audience, {
            asOf,
            lang,
            ...(who.audience === 'parentsCarers' && person && { personId: person.id }),
            ...(who.audience === 'agency' && { agency: who.agency }),
          });
          rendered++;
          readers.add(who.audience === 'agency' ? who.agency : who.audience);
          expect(html).not.toMatch(/REASON/);
          for (const item of items) {
            if (item.version === shown && seenBy(item.drawn, who)) continue;
            withheldSeen++;
            for (const m of item.markers) expect(html).not.toContain(m);
            if (item.version === shown) expect(html).not.toMatch(idPattern(item.id));
          }
        },
      ),
      { numRuns: 120 },
    );
    expect(rendered).toBeGreaterThan(80);
    expect(withheldSeen).toBeGreaterThan(500);
    expect(readers.size).toBeGreaterThan(8);
    console.info(`documents: ${rendered} rendered, ${withheldSeen} withheld items checked`);
  }, 30_000);

  it('still shows the practitioner every item of the version in force', () => {
    const all = { child: true, parents: true, agencies: true, victim: false };
    const { state, items, asOf } = markedCase(42, [
      { child: false, parents: false, agencies: ['police'], victim: false },
      { child: true, parents: false, agencies: false, victim: false },
      { ...all, child: false, parents: false, victim: true },
      all,
    ]);
    const shown = currentPlan(state.record)?.version;
    const html = renderPlan(state, 'practitioner', { asOf });
    const current = items.filter(
      (i) => i.version === shown && !i.id.startsWith('contingency') && !i.id.startsWith('response'),
    );
    expect(current.length).toBeGreaterThan(0);
    for (const item of current) expect(html).toContain(item.markers[0]);
    expect(html).toMatch(/REASON/);
  });
});
