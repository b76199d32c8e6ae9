import type { CaseEventInput } from '../../lifecycle/events/index.js';
import { replay } from '../../lifecycle/replay.js';
import type { CaseState } from '../../lifecycle/state.js';
import type { Agency } from '../../model/owner.js';
import { MULTI_AGENCY_EXAMPLE, multiAgencyExampleEvents } from '../../testing/index.js';
import { handoverPlan } from '../../views/handoverPlan.js';
import { planView } from '../../views/planView.js';
import type { NameDirectory } from '../format/names.js';
import { words } from '../format/table.js';
import type { Painter } from '../io.js';

/** @internal A worked example the demo can show: its events, the names and the moments. */
export interface DemoExample {
  readonly title: string;
  readonly events: () => CaseEventInput[];
  readonly names: NameDirectory;
  readonly moments: (
    events: CaseEventInput[],
  ) => { readonly title: string; readonly state: CaseState; readonly asOf: string }[];
  /** What the example adds after its moments, as text and in the JSON output. */
  readonly extras?: (events: CaseEventInput[]) => {
    readonly text: (paint: Painter) => string[];
    readonly json: Record<string, unknown>;
  };
}

/** Names for the ids of the example, as a host's directory would hold them (invented). */
const NAMES: NameDirectory = { 'pc-mum': 'Lorraine', 'pr-mo': 'Mo', 'pr-manager-ana': 'Ana' };

const upTo = (events: CaseEventInput[], asOf: string) =>
  replay(events.filter((e) => e.at.slice(0, 10) <= asOf));

/** What each agency's own copy holds on a date: the goals and actions by wording. */
function agencyCopies(state: CaseState, asOf: string) {
  const agencies = [...new Set(state.record.sharingBases.map((b) => b.basis.agency))];
  return agencies.flatMap((agency: Agency) => {
    try {
      const view = planView(state, 'agency', { agency, asOf });
      return [
        {
          agency,
          planVersion: view.version,
          goals: view.objectives.map((o) => ({
            goal: o.wording,
            actions: o.actions.map((a) => a.description),
          })),
          contingencyResponses: view.contingency?.responses.length ?? 0,
          riskNotes: view.riskNotes?.length ?? 0,
          withheldItems: view.withheldItems,
        },
      ];
    } catch {
      return [];
    }
  });
}

/**
 * @internal The multi-agency example (Jade, 17): after the planning meeting and at closure,
 * then what each agency's copy holds after the review meeting, and the hand-over plan for
 * probation on her 18th birthday.
 */
export const multiAgencyDemo: DemoExample = {
  title: 'yjplan demo: the multi-agency example, planning meeting to the hand-over at 18',
  events: multiAgencyExampleEvents,
  names: NAMES,
  moments: (events) => {
    const { asOfDuringDelivery: during, asOfClosed } = MULTI_AGENCY_EXAMPLE;
    return [
      { title: `During delivery (as of ${during})`, state: upTo(events, during), asOf: during },
      { title: `At closure (as of ${asOfClosed})`, state: replay(events), asOf: asOfClosed },
    ];
  },
  extras: (events) => {
    const { asOfAfterReview, handedOverOn } = MULTI_AGENCY_EXAMPLE;
    const copies = agencyCopies(upTo(events, asOfAfterReview), asOfAfterReview);
    const handover = handoverPlan(replay(events), { asOf: handedOverOn });
    return {
      json: { agencyCopies: { asOf: asOfAfterReview, copies }, handoverPlan: handover },
      text: (paint) => {
        const out = [paint.bold(`What each agency's copy holds (as of ${asOfAfterReview})`)];
        for (const c of copies) {
          const extra = [
            c.contingencyResponses > 0 && `${c.contingencyResponses} contingency responses`,
            c.riskNotes > 0 && `${c.riskNotes} risk notes`,
            `${c.withheldItems} items not shared with it`,
          ].filter(Boolean);
          out.push(`  ${words(c.agency)}: plan version ${c.planVersion}; ${extra.join(', ')}`);
          for (const g of c.goals) {
            out.push(`    ${g.goal}`);
            for (const a of g.actions) out.push(paint.dim(`      - ${a}`));
          }
        }
        const t = handover.transition;
        out.push(
          '',
          paint.bold(`Hand-over plan for probation (as of ${handedOverOn})`),
          `  ${t?.decision === 'transfer' ? 'Transferred' : 'Kept'} on ${t?.handedOverOn ?? '-'}, to ${t?.receivingTeam ?? '-'}; three-way meeting on ${t?.threeWayMeetingOn ?? '-'}`,
          `  In her own words: ${handover.inOwnWords.onTheTransfer ?? '-'}`,
        );
        for (const o of handover.sentencePlan.objectives) {
          out.push(
            `  ${o.priority}. ${o.objective} (${words(o.progress)}): ${o.activities.length} activities; measured by: ${o.howProgressIsMeasured ?? '-'}`,
          );
        }
        const r = handover.risk;
        out.push(
          `  Risk: ${r.ratings ? `likelihood of reoffending ${r.ratings.likelihoodOfReoffending}, risk of serious harm ${words(r.ratings.riskOfSeriousHarm)}` : 'not rated'}; ${r.notes.length} risk notes; ${r.victims.withSafetyConcerns} victim with safety concerns`,
          '',
        );
        return out;
      },
    };
  },
};
