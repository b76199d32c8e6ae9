/**
 * Simulated cases whose plan items carry text unique to each item and version (so a leak is
 * found by its text), visibility drawn per item (the child, parents/carers, every agency, none,
 * or agencies by name; information about a victim), a lawful basis for sharing with every
 * agency, and a victim whose contact record carries text of its own. With each item, who may see
 * it, worked out here apart from the library's own redaction.
 */
import fc from 'fast-check';
import type { CaseEvent, CaseEventInput } from '../../src/lifecycle/events/index.js';
import { replay } from '../../src/lifecycle/replay.js';
import { type Agency, AgencySchema } from '../../src/model/owner.js';
import { simulateCase } from '../../src/testing/index.js';

export const AGENCIES: readonly Agency[] = AgencySchema.options;

/** Who a copy is for. */
export type Who =
  | { readonly audience: 'child' }
  | { readonly audience: 'parentsCarers' }
  | { readonly audience: 'agencies' }
  | { readonly audience: 'agency'; readonly agency: Agency };

/** Who may see one item, as drawn. */
export interface Drawn {
  readonly child: boolean;
  readonly parents: boolean;
  readonly agencies: boolean | readonly Agency[];
  readonly victim: boolean;
}

/** An arbitrary of who may see an item. */
export const drawnArb = (): fc.Arbitrary<Drawn> =>
  fc.record({
    child: fc.boolean(),
    parents: fc.boolean(),
    agencies: fc.oneof(
      fc.boolean(),
      fc.uniqueArray(fc.constantFrom(...AGENCIES), { minLength: 1, maxLength: 4 }),
    ),
    // Information about a victim in about one item of four.
    victim: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
  });

/** Whether `who` may see an item drawn so: the oracle, written apart from `mayShow`. */
export function seenBy(d: Drawn, who: Who): boolean {
  switch (who.audience) {
    case 'child':
      return d.child && !d.victim;
    case 'parentsCarers':
      return d.parents && !d.victim;
    case 'agencies':
      return d.agencies === true;
    case 'agency':
      return d.agencies === true || (Array.isArray(d.agencies) && d.agencies.includes(who.agency));
  }
}

const both = (a: Drawn, b: Drawn): Drawn => ({
  child: a.child && b.child && !a.victim && !b.victim,
  parents: a.parents && b.parents && !a.victim && !b.victim,
  agencies:
    a.agencies === true
      ? b.agencies
      : b.agencies === true
        ? a.agencies
        : Array.isArray(a.agencies) && Array.isArray(b.agencies)
          ? a.agencies.filter((x) => (b.agencies as Agency[]).includes(x))
          : false,
  victim: a.victim || b.victim,
});

/** The item's visibility as a case file writes it. */
function visibility(d: Drawn, reason: string) {
  if (d.victim) {
    return { child: false, parentsCarers: false, agencies: d.agencies, victimInformation: true };
  }
  const withheld = !d.child || !d.parents || d.agencies === false;
  return {
    child: d.child,
    parentsCarers: d.parents,
    agencies: d.agencies,
    ...(withheld && { withheldReason: reason }),
  };
}

/** One item of a marked case: its version, id, unique text and who may see it. */
export interface MarkedItem {
  readonly version: number;
  readonly id: string;
  readonly markers: readonly string[];
  readonly drawn: Drawn;
}

type Obj = Record<string, unknown> & { id: string };

const NOBODY: Drawn = { child: false, parents: false, agencies: false, victim: true };

/** A simulated case marked for leak tests; `drawn` is used in turn, item by item. */
export function markedCase(seed: number, drawn: readonly Drawn[]) {
  let next = 0;
  const draw = (): Drawn =>
    drawn[next++ % Math.max(1, drawn.length)] ?? {
      child: true,
      parents: true,
      agencies: true,
      victim: false,
    };
  const items: MarkedItem[] = [];
  const source = simulateCase({ seed }).events;
  const opened = source[0] as CaseEventInput;
  const on = opened.at.slice(0, 10);
  const extra = (id: string, type: string, payload: unknown) =>
    ({ id, type, at: opened.at, by: 'pr-case-manager', payload }) as CaseEventInput;
  const bases = AGENCIES.map((agency) =>
    extra(`basis-${agency}`, 'sharing.basisRecorded', {
      basis: {
        id: `sb-${agency}`,
        agency,
        basis: 'statutory-gateway',
        gateway: 'CDA 1998 s.115',
        from: on,
      },
    }),
  );
  const victim = [
    extra('victim-1', 'victim.recorded', {
      victim: { id: 'v-1', kind: 'person', safetyConcerns: true },
      on,
    }),
    extra('victim-2', 'victim.contacted', {
      victimId: 'v-1',
      on,
      outcome: 'contacted',
      views: 'VICTIMVIEWS wants no contact at all',
    }),
  ];
  items.push({ version: 0, id: 'v-1', markers: ['VICTIMVIEWS'], drawn: NOBODY });
  const events = source.map((e) => {
    if (e.type !== 'plan.drafted' && e.type !== 'plan.revised') return e;
    const payload = e.payload as { version: number; plan: Record<string, unknown> };
    const v = payload.version;
    const plan = { ...payload.plan };
    const objectiveDrawn = new Map<string, Drawn>();
    plan.objectives = (plan.objectives as Obj[]).map((o, i) => {
      const d = draw();
      objectiveDrawn.set(o.id, d);
      const m = `OBJ${v}x${i}`;
      items.push({ version: v, id: o.id, markers: [`${m}W`, `${m}C`, `${m}M`], drawn: d });
      return {
        ...o,
        wording: `${m}W`,
        childWords: `${m}C`,
        measureOfSuccess: `${m}M`,
        visibility: visibility(d, `REASON${v}o${i}`),
      };
    });
    plan.actions = (plan.actions as (Obj & { objectiveId: string })[]).map((a, i) => {
      const d = draw();
      const parent = objectiveDrawn.get(a.objectiveId) ?? d;
      const m = `ACT${v}x${i}`;
      items.push({ version: v, id: a.id, markers: [`${m}D`, `${m}C`], drawn: both(d, parent) });
      return {
        ...a,
        description: `${m}D`,
        childWords: `${m}C`,
        visibility: visibility(d, `REASON${v}a${i}`),
      };
    });
    if (plan.contingency) {
      const d = draw();
      const c = plan.contingency as { responses: Record<string, unknown>[] };
      items.push({ version: v, id: `contingency-${v}`, markers: [`CONT${v}S`], drawn: d });
      plan.contingency = {
        ...c,
        signs: [`CONT${v}S`],
        responses: c.responses.map((r, i) => {
          const own = i % 2 === 0 ? draw() : undefined;
          items.push({
            version: v,
            id: `response-${v}-${i}`,
            markers: [`CONT${v}R${i}X`],
            drawn: own ? both(d, own) : d,
          });
          return {
            ...r,
            response: `CONT${v}R${i}X`,
            ...(own && { visibility: visibility(own, `REASON${v}r${i}`) }),
          };
        }),
        visibility: visibility(d, `REASON${v}c`),
      };
    }
    plan.riskNotes = [0, 1].map((i) => {
      const d = draw();
      const id = `rn-${v}-${i}`;
      items.push({ version: v, id, markers: [`NOTE${v}x${i}`], drawn: d });
      return {
        id,
        about: d.victim ? 'victim-safety' : 'other',
        note: `NOTE${v}x${i}`,
        visibility: visibility(d, `REASON${v}n${i}`),
      };
    });
    return { ...e, payload: { ...payload, plan } };
  });
  const all = [events[0], ...bases, ...victim, ...events.slice(1)] as CaseEvent[];
  return {
    state: replay(all),
    items,
    asOf: all.at(-1)?.at.slice(0, 10) ?? '2026-01-01',
  };
}

/** A pattern that finds an id standing on its own (not inside a longer id). */
export const idPattern = (id: string) =>
  new RegExp(`(?<![A-Za-z0-9._:-])${id.replace(/[.]/g, '\\.')}(?![A-Za-z0-9._:-])`);
