import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planSharingRestrictions } from '../../src/model/restrictions.js';
import { renderPlan } from '../../src/render/index.js';
import { planView } from '../../src/views/planView.js';
import { type Drawn, drawnArb, markedCase } from './markedCase.js';

/** Items drawn as information about a victim, whatever else is drawn for the child and parents. */
const victimArb: fc.Arbitrary<Drawn> = drawnArb().map((d) => ({ ...d, victim: true }));

describe('nothing about a victim reaches the child or a parent (simulated cases)', () => {
  it('leaves every victim item and the victim’s own words out of the child’s and parents’ views and documents', {
    timeout: 120_000,
  }, () => {
    let copies = 0;
    let victimItems = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(fc.oneof(victimArb, drawnArb()), { minLength: 4, maxLength: 30 }),
        fc.constantFrom<'en' | 'cy'>('en', 'cy'),
        (seed, drawn, lang) => {
          const { state, items, asOf } = markedCase(seed, drawn);
          if (state.record.plans.length === 0) return;
          const victims = items.filter((i) => i.drawn.victim);
          const person = state.record.people.find(
            (p) => planSharingRestrictions(p, asOf).length === 0,
          );
          const texts = [
            JSON.stringify(planView(state, 'child', { asOf })),
            renderPlan(state, 'child', { asOf, lang }),
            ...(person
              ? [
                  JSON.stringify(planView(state, 'parentsCarers', { asOf, personId: person.id })),
                  renderPlan(state, 'parentsCarers', { asOf, lang, personId: person.id }),
                ]
              : []),
          ];
          for (const text of texts) {
            copies++;
            for (const item of victims) {
              victimItems++;
              for (const m of item.markers) expect(text).not.toContain(m);
            }
          }
        },
      ),
      { numRuns: 80 },
    );
    expect(copies).toBeGreaterThan(150);
    expect(victimItems).toBeGreaterThan(1_000);
    console.info(`victim checks: ${copies} copies, ${victimItems} victim items checked`);
  });
});
