import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentPlan } from '../../src/lifecycle/derive.js';
import type { CaseEvent } from '../../src/lifecycle/events/index.js';
import { replay } from '../../src/lifecycle/replay.js';
import { planSharingRestrictions } from '../../src/model/restrictions.js';
import { renderPlan } from '../../src/render/index.js';
import { simulateCase } from '../../src/testing/index.js';

type Seen = 'child' | 'parentsCarers' | 'agencies';
const SLOT: Record<Seen, 0 | 1 | 2> = { child: 0, parentsCarers: 1, agencies: 2 };
type Flags = readonly [boolean, boolean, boolean];

interface Item {
  readonly version: number;
  readonly id: string;
  readonly markers: readonly string[];
  /** Who may see it, once its objective's visibility is applied too. */
  readonly seen: Flags;
}

type Obj = Record<string, unknown> & { id: string };

/**
 * A simulated case whose plan items carry text unique to each item and version (so a leak is
 * found by text) and visibility drawn from `flags`; with the list of items and who may see each.
 */
function markedCase(seed: number, flags: readonly Flags[]) {
  let next = 0;
  const draw = (): Flags => flags[next++ % flags.length] ?? [true, true, true];
  const visibility = (f: Flags, reason: string) =>
    f.every(Boolean)
      ? { child: true, parentsCarers: true, agencies: true }
      : { child: f[0], parentsCarers: f[1], agencies: f[2], withheldReason: reason };
  const items: Item[] = [];
  const events = simulateCase({ seed }).events.map((e) => {
    if (e.type !== 'plan.drafted') return e;
    const payload = e.payload as { version: number; plan: Record<string, unknown> };
    const v = payload.version;
    const plan = { ...payload.plan };
    const objectiveFlags = new Map<string, Flags>();
    plan.objectives = (plan.objectives as Obj[]).map((o, i) => {
      const f = draw();
      objectiveFlags.set(o.id, f);
      const m = `OBJ${v}x${i}`;
      items.push({ version: v, id: o.id, markers: [`${m}W`, `${m}C`, `${m}M`], seen: f });
      return {
        ...o,
        wording: `${m}W`,
        childWords: `${m}C`,
        measureOfSuccess: `${m}M`,
        visibility: visibility(f, `REASON${v}o${i}`),
      };
    });
    plan.actions = (plan.actions as (Obj & { objectiveId: string })[]).map((a, i) => {
      const f = draw();
      const parent = objectiveFlags.get(a.objectiveId) ?? [true, true, true];
      const m = `ACT${v}x${i}`;
      items.push({
        version: v,
        id: a.id,
        markers: [`${m}D`, `${m}C`],
        seen: [f[0] && parent[0], f[1] && parent[1], f[2] && parent[2]],
      });
      return {
        ...a,
        description: `${m}D`,
        childWords: `${m}C`,
        visibility: visibility(f, `REASON${v}a${i}`),
      };
    });
    if (plan.contingency) {
      const f = draw();
      const c = plan.contingency as { responses: Record<string, unknown>[] };
      items.push({
        version: v,
        id: `contingency-${v}`,
        markers: [`CONT${v}S`, `CONT${v}R`],
        seen: f,
      });
      plan.contingency = {
        ...c,
        signs: [`CONT${v}S`],
        responses: c.responses.map((r) => ({ ...r, response: `CONT${v}R` })),
        visibility: visibility(f, `REASON${v}c`),
      };
    }
    return { ...e, payload: { ...payload, plan } };
  });
  return {
    state: replay(events as CaseEvent[]),
    items,
    asOf: events.at(-1)?.at.slice(0, 10) ?? '2026-01-01',
  };
}

const idPattern = (id: string) =>
  new RegExp(`(?<![A-Za-z0-9._:-])${id.replace(/[.]/g, '\\.')}(?![A-Za-z0-9._:-])`);

describe('plan documents never show an audience what is withheld from it', () => {
  it('holds no withheld item (by id or text) and no reason for withholding, over simulated cases', () => {
    const flags = fc.tuple(fc.boolean(), fc.boolean(), fc.boolean());
    let rendered = 0;
    let withheldSeen = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(flags, { minLength: 5, maxLength: 40 }),
        fc.constantFrom<Seen>('child', 'parentsCarers', 'agencies'),
        fc.constantFrom<'en' | 'cy'>('en', 'cy'),
        (seed, drawn, audience, lang) => {
          const { state, items, asOf } = markedCase(seed, drawn);
          const shown = currentPlan(state.record)?.version;
          if (shown === undefined) return;
          // A parent/carer's copy is for a person no restriction keeps from the plan.
          const person = state.record.people.find(
            (p) => planSharingRestrictions(p, asOf).length === 0,
          );
          if (audience === 'parentsCarers' && person === undefined) return;
          const html = renderPlan(state, audience, {
            asOf,
            lang,
            ...(audience === 'parentsCarers' && person && { personId: person.id }),
          });
          rendered++;
          expect(html).not.toMatch(/REASON/);
          for (const item of items) {
            const visible = item.seen[SLOT[audience]];
            if (visible) continue;
            withheldSeen++;
            for (const m of item.markers) expect(html).not.toContain(m);
            if (item.version === shown) expect(html).not.toMatch(idPattern(item.id));
          }
        },
      ),
      { numRuns: 60 },
    );
    expect(rendered).toBeGreaterThan(30);
    expect(withheldSeen).toBeGreaterThan(50);
  });

  it('still shows the practitioner every item of the version in force', () => {
    const { state, items, asOf } = markedCase(42, [
      [false, false, true],
      [true, false, false],
    ]);
    const shown = currentPlan(state.record)?.version;
    const html = renderPlan(state, 'practitioner', { asOf });
    const current = items.filter((i) => i.version === shown && !i.id.startsWith('contingency'));
    expect(current.length).toBeGreaterThan(0);
    for (const item of current) expect(html).toContain(item.markers[0]);
    expect(html).toMatch(/REASON/);
  });
});
