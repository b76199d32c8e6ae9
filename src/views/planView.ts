import * as z from 'zod';
import { parsers } from '../errors/parse.js';
import { YjplanError } from '../errors/YjplanError.js';
import { sharingBasisOn } from '../lifecycle/agencyFacts.js';
import { actionNow, currentPlan, objectiveNow } from '../lifecycle/derive.js';
import { readCaseOrThrow } from '../lifecycle/readCase.js';
import type { CaseState } from '../lifecycle/state.js';
import { type IsoDate, IsoDateSchema } from '../model/dates.js';
import { type Id, IdSchema } from '../model/ids.js';
import { type Agency, AgencySchema } from '../model/owner.js';
import type {
  Achievement,
  ActionStatus,
  ExitPlan,
  ObjectiveFocus,
  ObjectiveStatus,
  RiskNoteAbout,
} from '../model/plan.js';
import { planSharingRestrictions } from '../model/restrictions.js';
import type { Audience } from '../model/visibility.js';
import { mayShow } from './redact.js';

/** An action as an audience sees it. */
export interface ActionView {
  readonly id: Id;
  readonly description: string;
  readonly childWords?: string;
  readonly owner: string;
  readonly dueDate?: IsoDate;
  readonly status: ActionStatus;
  readonly voluntary: boolean;
}

/** An objective as an audience sees it, with its actions. */
export interface ObjectiveView {
  readonly id: Id;
  readonly wording: string;
  readonly childWords?: string;
  readonly focus: readonly ObjectiveFocus[];
  readonly priority: number;
  readonly measureOfSuccess?: string;
  readonly targetDate?: IsoDate;
  readonly status: ObjectiveStatus;
  readonly achievement: Achievement;
  readonly actions: readonly ActionView[];
}

/** A risk note as an audience sees it. */
export interface RiskNoteView {
  readonly id: Id;
  readonly about: RiskNoteAbout;
  readonly note: string;
}

/** A plan version as one audience may see it: withheld items are left out, not blanked. */
export interface PlanView {
  readonly audience: Audience;
  /** For one agency's copy (`audience: 'agency'`): the agency. */
  readonly agency?: Agency;
  readonly caseId: Id;
  readonly version: number;
  readonly status: string;
  readonly objectives: readonly ObjectiveView[];
  readonly contingency?: {
    readonly signs: readonly string[];
    readonly responses: readonly string[];
  };
  /** The risk notes this audience may see (absent when there are none to show). */
  readonly riskNotes?: readonly RiskNoteView[];
  readonly plannedContactsPerMonth: number;
  readonly nextReviewDate?: IsoDate;
  readonly exitPlan?: ExitPlan;
  /** How many items were left out for this audience (practitioners see 0). */
  readonly withheldItems: number;
}

const AudienceSchema = z.enum(['child', 'parentsCarers', 'agency', 'agencies', 'practitioner']);

const PlanViewOptionsSchema = z.strictObject({
  /** For a parent/carer's copy: the person, whose contact restrictions are applied. */
  personId: IdSchema.optional(),
  /** For one agency's copy (`'agency'`): the agency, whose lawful basis for sharing is applied. */
  agency: AgencySchema.optional(),
  /** The date the copy is made (restrictions apply by date). */
  asOf: IsoDateSchema,
  /** The plan version; the active (else newest) version by default. */
  version: z.int().min(1).optional(),
});

/**
 * Options for {@link planView}: the date the copy is made, the person (for a parent/carer's
 * copy) or the agency (for one agency's copy), and optionally the plan version.
 *
 * @example
 * const options: PlanViewOptions = { asOf: '2025-09-24', personId: 'pc-mum' };
 * const forSchool: PlanViewOptions = { asOf: '2026-06-08', agency: 'education' };
 */
export type PlanViewOptions = z.input<typeof PlanViewOptionsSchema>;

const { safeParse: safeParseAudience } = parsers(AudienceSchema, 'audience');
const { safeParse: safeParseOptions } = parsers(PlanViewOptionsSchema, 'plan view options');

const ownerText = (owner: { kind: string; name?: string; role?: string }) =>
  owner.kind === 'partner-agency'
    ? (owner.name ?? 'partner agency')
    : owner.kind === 'yos'
      ? 'YOS'
      : owner.kind === 'child'
        ? 'you'
        : 'parent/carer';

/**
 * The plan as one audience may see it: the child's copy, a parent/carer's copy, one agency's
 * copy (`'agency'` with `agency`: what is shared with every agency or with it by name), the
 * copy of what every agency may see (`'agencies'`), or the practitioner's full view. Items
 * withheld from the audience are left out (with their reasons: the reason itself can be
 * sensitive); information about a victim never reaches the child or a parent/carer. A
 * parent/carer whose contact restrictions forbid sharing the plan gets no copy at all, and
 * neither does an agency with no lawful basis for sharing recorded for `asOf`: the same
 * refusals a recorded copy meets.
 *
 * @throws {YjplanError} `invalid_input` (not a case state, an unknown audience, bad options; a
 * parent/carer's copy without `personId`, an agency's without `agency`, `agency` for another
 * audience), `reference_not_found` (no plan, unknown version or person),
 * `sharing_restricted` (the person's restrictions forbid sharing the plan on `asOf`; no lawful
 * basis for sharing with the agency on `asOf`).
 * @example
 * const copy = planView(state, 'child', { asOf: '2025-09-24' });
 * copy.objectives.map((o) => o.childWords ?? o.wording);
 * planView(state, 'agency', { agency: 'education', asOf: '2026-06-08' }).objectives.length;
 */
export function planView(state: CaseState, audience: Audience, options: PlanViewOptions): PlanView {
  const who = safeParseAudience(audience);
  if (!who.ok) throw who.error;
  const opts = safeParseOptions(options);
  if (!opts.ok) throw opts.error;
  return readCaseOrThrow(state, ({ state: own }) => viewOf(own, who.value, opts.value));
}

function viewOf(
  state: CaseState,
  audience: Audience,
  options: z.output<typeof PlanViewOptionsSchema>,
): PlanView {
  const { record } = state;
  const version =
    options.version === undefined
      ? currentPlan(record)
      : record.plans.find((p) => p.version === options.version);
  if (!version) {
    throw new YjplanError('reference_not_found', 'The case has no such plan version', [
      { path: ['version'], code: 'reference_not_found', message: 'No plan version' },
    ]);
  }
  const agency = agencyFor(record, audience, options);
  if (audience === 'parentsCarers') {
    // A copy is always for someone: the restrictions that refuse a recorded copy (the one list
    // the library keeps of them) refuse this one too.
    if (options.personId === undefined) {
      throw new YjplanError(
        'invalid_input',
        "A parent/carer's copy needs the person's id, so their restrictions can be applied",
        [{ path: ['personId'], code: 'invalid_type', message: 'Expected the person id' }],
      );
    }
    const person = record.people.find((p) => p.id === options.personId);
    if (!person) {
      throw new YjplanError('reference_not_found', 'No parent/carer in the case has this id', [
        { path: ['personId'], code: 'reference_not_found', message: 'Unknown person' },
      ]);
    }
    if (planSharingRestrictions(person, options.asOf).length > 0) {
      throw new YjplanError(
        'sharing_restricted',
        'A restriction forbids sharing the plan with this person',
        [{ path: ['personId'], code: 'sharing_restricted', message: 'Plan sharing is restricted' }],
      );
    }
  }
  const plan = version.plan;
  let withheld = 0;
  const objectives: ObjectiveView[] = [];
  for (const o of [...plan.objectives].sort((a, b) => a.priority - b.priority)) {
    const actions = plan.actions.filter((a) => a.objectiveId === o.id);
    if (!mayShow(o.visibility, audience, agency)) {
      withheld += 1 + actions.length;
      continue;
    }
    const now = objectiveNow(record, version.version, o.id) ?? o;
    const shown: ActionView[] = [];
    for (const a of actions) {
      if (!mayShow(a.visibility, audience, agency)) {
        withheld++;
        continue;
      }
      shown.push({
        id: a.id,
        description: a.description,
        ...(a.childWords !== undefined && { childWords: a.childWords }),
        owner: ownerText(a.owner),
        ...(a.dueDate !== undefined && { dueDate: a.dueDate }),
        status: actionNow(record, version.version, a.id)?.status ?? a.status,
        voluntary: a.voluntary,
      });
    }
    objectives.push({
      id: o.id,
      wording: o.wording,
      ...(o.childWords !== undefined && { childWords: o.childWords }),
      focus: o.focus,
      priority: o.priority,
      ...(o.measureOfSuccess !== undefined && { measureOfSuccess: o.measureOfSuccess }),
      ...(o.targetDate !== undefined && { targetDate: o.targetDate }),
      status: now.status,
      achievement: now.achievement,
      actions: shown,
    });
  }
  const contingency = plan.contingency;
  const showContingency =
    contingency !== undefined && mayShow(contingency.visibility, audience, agency);
  if (contingency && !showContingency) withheld++;
  const responses: string[] = [];
  if (contingency && showContingency) {
    for (const r of contingency.responses) {
      if (r.visibility === undefined || mayShow(r.visibility, audience, agency)) {
        responses.push(r.response);
      } else withheld++;
    }
  }
  const riskNotes: RiskNoteView[] = [];
  for (const n of plan.riskNotes ?? []) {
    if (mayShow(n.visibility, audience, agency)) {
      riskNotes.push({ id: n.id, about: n.about, note: n.note });
    } else withheld++;
  }
  return {
    audience,
    ...(agency !== undefined && { agency }),
    caseId: record.caseId,
    version: version.version,
    status: version.status,
    objectives,
    ...(showContingency && {
      contingency: {
        signs: contingency.signs,
        responses,
      },
    }),
    ...(riskNotes.length > 0 && { riskNotes }),
    plannedContactsPerMonth: plan.plannedContactsPerMonth,
    ...(plan.nextReviewDate !== undefined && { nextReviewDate: plan.nextReviewDate }),
    ...(plan.exitPlan !== undefined && { exitPlan: plan.exitPlan }),
    withheldItems: withheld,
  };
}

/**
 * The agency an agency's copy is for, checked: named for `'agency'` and for no other audience,
 * and with a lawful basis for sharing in force on `asOf` (the one list a recorded copy is
 * refused by too).
 */
function agencyFor(
  record: CaseState['record'],
  audience: Audience,
  options: z.output<typeof PlanViewOptionsSchema>,
): Agency | undefined {
  if (audience !== 'agency') {
    if (options.agency !== undefined) {
      throw new YjplanError('invalid_input', "Only an agency's copy names an agency", [
        { path: ['agency'], code: 'invalid_value', message: "Use the 'agency' audience" },
      ]);
    }
    return undefined;
  }
  if (options.agency === undefined) {
    throw new YjplanError('invalid_input', "An agency's copy needs the agency it is for", [
      { path: ['agency'], code: 'invalid_type', message: 'Expected the agency' },
    ]);
  }
  if (!sharingBasisOn(record, options.agency, options.asOf)) {
    throw new YjplanError(
      'sharing_restricted',
      'No lawful basis for sharing with this agency is recorded for this date',
      [{ path: ['agency'], code: 'sharing_restricted', message: 'No basis for sharing' }],
    );
  }
  return options.agency;
}
