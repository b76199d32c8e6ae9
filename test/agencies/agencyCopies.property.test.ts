import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentPlan } from '../../src/lifecycle/derive.js';
import { planSharingRestrictions } from '../../src/model/restrictions.js';
import { planView } from '../../src/views/planView.js';
import { AGENCIES, drawnArb, idPattern, markedCase, seenBy, type Who } from './markedCase.js';

const WHO: readonly Who[] = [
  { audience: 'child' },
  { audience: 'parentsCarers' },
  { audience: 'agencies' },
  ...AGENCIES.map((agency) => ({ audience: 'agency' as const, agency })),
];

const options = (who: Who, asOf: string, personId: string | undefined) => ({
  asOf,
  ...(who.audience === 'agency' && { agency: who.agency }),
  ...(who.audience === 'parentsCarers' && personId !== undefined && { personId }),
});

describe('every agency’s copy holds only what is shared with it (simulated cases)', () => {
  it('leaves out of each copy every item not shared with its reader, by id and by text', {
    timeout: 120_000,
  }, () => {
    let copies = 0;
    let withheldChecked = 0;
    let shownChecked = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(drawnArb(), { minLength: 5, maxLength: 40 }),
        (seed, drawn) => {
          const { state, items, asOf } = markedCase(seed, drawn);
          const shown = currentPlan(state.record)?.version;
          if (shown === undefined) return;
          const person = state.record.people.find(
            (p) => planSharingRestrictions(p, asOf).length === 0,
          );
          for (const who of WHO) {
            if (who.audience === 'parentsCarers' && person === undefined) continue;
            const view = planView(state, who.audience, options(who, asOf, person?.id));
            const text = JSON.stringify(view);
            copies++;
            expect(text).not.toMatch(/REASON/);
            for (const item of items) {
              const mayBeSeen = item.version === shown && seenBy(item.drawn, who);
              if (mayBeSeen) {
                shownChecked++;
                expect(text, `${item.id} for ${JSON.stringify(who)}`).toContain(item.markers[0]);
                continue;
              }
              withheldChecked++;
              for (const m of item.markers) expect(text).not.toContain(m);
              if (item.version === shown) {
                expect(text, `${item.id} for ${JSON.stringify(who)}`).not.toMatch(
                  idPattern(item.id),
                );
              }
            }
          }
        },
      ),
      { numRuns: 100 },
    );
    expect(copies).toBeGreaterThan(300);
    expect(withheldChecked).toBeGreaterThan(5_000);
    expect(shownChecked).toBeGreaterThan(500);
    console.info(
      `agency copies: ${copies} views, ${withheldChecked} withheld items checked, ${shownChecked} shown items checked`,
    );
  });
});
