import type { DisposalType } from '../../../law/disposals.js';
import type { CaseEventInput } from '../../../lifecycle/events/index.js';
import { CASE_FILE_SCHEMA_VERSION, type CaseFile } from '../../../lifecycle/persist.js';
import type { CaseState } from '../../../lifecycle/state.js';
import type { Disposal } from '../../../model/disposal/schema.js';
import type { ParentCarerInput } from '../../../model/parentCarer.js';
import type { ReviewDecision } from '../../../model/review.js';
import type { CaseWriter } from '../../_lib/caseWriter.js';
import type { ChildOverrides } from '../child.js';
import { BUILDER_IDS } from '../defaults.js';
import type { LengthOptions } from '../disposal.js';
import { buildCase } from './build.js';
import {
  type AssessedOptions,
  CASE_STAGES,
  type CaseBuilderOptions,
  type CaseBuilderStage,
  type CaseConfig,
  type ContactOptions,
  type PlannedOptions,
  type ReviewedOptions,
} from './config.js';

/**
 * A fluent, immutable builder of a whole case: every call returns a new builder, so a test
 * suite can share a base (`const base = aCase().child({ age: 13 })`) and branch from it. Steps
 * say what the case should have reached; the builder adds every event each stage needs, with
 * consistent ids and dates counted from the start date, and applies each one with the real
 * lifecycle. Stages come in lifecycle order whatever the call order; delivery steps
 * (`withContacts`, `reviewed`) in the order called; `closed`/`transferred` last.
 *
 * @example
 * const state = aCase().child({ age: 15 }).referralOrder({ months: 6 }).withContacts(6).reviewed('continue').closed().state();
 * state.stage; // 'closed'
 */
export class CaseBuilder {
  private built: CaseWriter | undefined;

  /** @internal Use {@link aCase}. */
  constructor(private readonly config: CaseConfig) {}

  private with(change: Partial<CaseConfig>): CaseBuilder {
    return new CaseBuilder({ ...this.config, ...change });
  }

  private atLeast(stage: CaseBuilderStage): CaseBuilderStage {
    return CASE_STAGES.indexOf(stage) > CASE_STAGES.indexOf(this.config.stage)
      ? stage
      : this.config.stage;
  }

  /** The child: any field, or `age` at the decision or conviction (default 15). */
  child(overrides: ChildOverrides): CaseBuilder {
    return this.with({ child: { ...this.config.child, ...overrides } });
  }

  /**
   * Adds a parent/carer to the case's (by default the child's mother, `pc-1`); without an `id`
   * the next `pc-N` is used.
   */
  withParentCarer(overrides: Partial<ParentCarerInput> = {}): CaseBuilder {
    return this.with({ people: [...(this.config.people ?? [{}]), overrides] });
  }

  /** Sets the parents/carers (`[]` for none); without an `id`, each is `pc-N` by position. */
  parentCarers(people: readonly Partial<ParentCarerInput>[]): CaseBuilder {
    return this.with({ people: [...people] });
  }

  /** The disposal: a built one, or a type with builder options (dated from the start date). */
  disposal<T extends DisposalType>(
    disposal: Disposal | T,
    options: LengthOptions<T> = {},
  ): CaseBuilder {
    return this.with({
      disposal:
        typeof disposal === 'string'
          ? { type: disposal, options: options as LengthOptions<DisposalType> }
          : { built: disposal },
    });
  }

  /** A referral order (default 6 months). */
  referralOrder(options: LengthOptions<'referral-order'> = {}): CaseBuilder {
    return this.disposal('referral-order', options);
  }

  /** A youth rehabilitation order (default 12 months, supervision and activity). */
  yro(options: LengthOptions<'youth-rehabilitation-order'> = {}): CaseBuilder {
    return this.disposal('youth-rehabilitation-order', options);
  }

  /** A detention and training order (default 8 months). */
  dto(options: LengthOptions<'detention-and-training-order'> = {}): CaseBuilder {
    return this.disposal('detention-and-training-order', options);
  }

  /** The assessment is signed off; optionally with given ratings, level, content or dates. */
  assessed(options: AssessedOptions = {}): CaseBuilder {
    return this.with({
      stage: this.atLeast('assessed'),
      assessed: { ...this.config.assessed, ...options },
    });
  }

  private plan(stage: CaseBuilderStage, options: PlannedOptions): CaseBuilder {
    return this.with({
      stage: this.atLeast(stage),
      planned: { ...this.config.planned, ...options },
    });
  }

  /** The first plan version is drafted from the assessment; optionally with content or dates. */
  planned(options: PlannedOptions = {}): CaseBuilder {
    return this.plan('planned', options);
  }

  /**
   * The child and each parent/carer with parental responsibility have given their agreement
   * (with `aCase({ involvement: false })`, none is recorded: the plan stays drafted).
   */
  agreed(options: PlannedOptions = {}): CaseBuilder {
    return this.plan('agreed', options);
  }

  /** The plan is signed off and active: the case is in delivery. */
  active(options: PlannedOptions = {}): CaseBuilder {
    return this.plan('active', options);
  }

  /** `count` contacts at the plan's contact frequency (attended unless told otherwise). */
  withContacts(count: number, options: ContactOptions = {}): CaseBuilder {
    return this.with({
      stage: this.atLeast('active'),
      delivery: [...this.config.delivery, { kind: 'contacts', count, options }],
    });
  }

  /** A review when the plan says one is due, with its decision and what follows from it. */
  reviewed(decision: ReviewDecision = 'continue', options: ReviewedOptions = {}): CaseBuilder {
    return this.with({
      stage: this.atLeast('active'),
      delivery: [...this.config.delivery, { kind: 'review', decision, options }],
    });
  }

  /** The end-of-order review decides to close, and the case closes when supervision ends. */
  closed(): CaseBuilder {
    return this.with({ stage: this.atLeast('active'), ending: 'closed' });
  }

  /** The case is transferred to another youth justice service after the last step. */
  transferred(): CaseBuilder {
    return this.with({ stage: this.atLeast('active'), ending: 'transferred' });
  }

  private writer(): CaseWriter {
    this.built ??= buildCase(this.config);
    return this.built;
  }

  /**
   * The case's event log, every event accepted by the lifecycle.
   *
   * @throws {YjplanError} when the overrides make an invalid child, disposal or event.
   */
  events(): CaseEventInput[] {
    return [...this.writer().events];
  }

  /** The case state: what `replay(this.events())` gives. */
  state(): CaseState {
    return this.writer().state();
  }

  /** The case file `{ schemaVersion: 1, events }`. */
  caseFile(): CaseFile {
    return { schemaVersion: CASE_FILE_SCHEMA_VERSION, events: [...this.writer().events] };
  }
}

/**
 * A whole case, built fluently: by default a 15-year-old on a 6-month referral order with their
 * mother, opened on the builder start date. See {@link CaseBuilder} for the steps.
 *
 * @example
 * aCase().referralOrder({ months: 6 }).child({ age: 15 }).assessed({ ratings: { likelihoodOfReoffending: 'high' } }).active().events();
 * aCase({ start: '2025-03-03' }).dto({ months: 8 }).withContacts(10).closed().caseFile();
 * aCase({ involvement: false }).yro().active({ objectives: [], actions: [] }).state();
 */
export function aCase(options: CaseBuilderOptions = {}): CaseBuilder {
  return new CaseBuilder({
    ...(options.start !== undefined && { start: options.start }),
    caseId: options.caseId ?? BUILDER_IDS.caseId,
    caseManager: options.caseManager ?? BUILDER_IDS.caseManager,
    manager: options.manager ?? BUILDER_IDS.manager,
    involvement: options.involvement ?? true,
    child: {},
    disposal: { type: 'referral-order', options: {} },
    assessed: {},
    planned: {},
    stage: 'opened',
    delivery: [],
  });
}
