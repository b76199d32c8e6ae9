/**
 * Type-level tests: the public types are inferred from the schemas, so a host's compiler rejects
 * what the parsers would reject. Checked by `tsc` (vitest runs them as ordinary tests too).
 */
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { Immutable } from '../../src/_lib/immutable.js';
import type {
  Agreement,
  CaseEvent,
  CaseEventInput,
  CaseOpened,
  Child,
  ChildInput,
  Disposal,
  DisposalOf,
  ErrorCode,
  InterventionPlan,
  IsoDate,
  IssueCode,
  Objective,
  Result,
  YjplanError,
  YjplanIssue,
} from '../../src/index.js';
import {
  type ChildSchema,
  parseCaseEvent,
  parseDisposal,
  safeParseCaseEvent,
} from '../../src/schemas.js';

describe('model types', () => {
  it('are inferred from the schemas', () => {
    expectTypeOf<Child>().toEqualTypeOf<Immutable<z.infer<typeof ChildSchema>>>();
    expectTypeOf<Child['dateOfBirth']>().toBeString();
    expectTypeOf<IsoDate>().toBeString();
  });

  it('apply defaults in the parsed type but not in the input type', () => {
    expectTypeOf<Child['lookedAfter']>().toBeBoolean();
    expectTypeOf<ChildInput['lookedAfter']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<Objective['status']>().toEqualTypeOf<
      'proposed' | 'active' | 'paused' | 'completed' | 'withdrawn'
    >();
  });

  it('narrow a disposal on its type', () => {
    const describe = (d: Disposal) => {
      if (d.type === 'referral-order') {
        expectTypeOf(d.lengthMonths).toBeNumber();
        expectTypeOf(d).toEqualTypeOf<DisposalOf<'referral-order'>>();
      }
      if (d.type === 'detention-and-training-order') expectTypeOf(d.termMonths).toBeNumber();
      // @ts-expect-error: only some disposals have a length in months
      d.lengthMonths;
    };
    expectTypeOf(describe).parameter(0).toEqualTypeOf<Disposal>();
    expectTypeOf(parseDisposal).returns.toEqualTypeOf<Disposal>();
  });

  it('keep the three foci and the agreement statuses as literal unions', () => {
    expectTypeOf<InterventionPlan['objectives'][number]['focus'][number]>().toEqualTypeOf<
      'desistance' | 'safety-and-wellbeing' | 'safety-of-others'
    >();
    expectTypeOf<Agreement['status']>().toEqualTypeOf<
      'agreed' | 'agreed-with-misgivings' | 'disagreed' | 'could-not-be-discussed'
    >();
  });
});

describe('event types', () => {
  it('tie each payload to its event type', () => {
    expectTypeOf<CaseOpened['payload']['child']>().toEqualTypeOf<Child>();
    expectTypeOf<
      Extract<CaseEvent, { type: 'plan.drafted' }>['payload']['plan']
    >().toEqualTypeOf<InterventionPlan>();
  });

  it('reject an event whose payload belongs to another type', () => {
    const started: CaseEventInput = {
      id: 'e2',
      type: 'assessment.started',
      at: '2025-09-04T09:00:00Z',
      by: 'pr-sam',
      payload: { assessmentId: 'a-1', on: '2025-09-04' },
    };
    const wrong: CaseEventInput = {
      id: 'e3',
      type: 'assessment.started',
      at: '2025-09-04T09:00:00Z',
      by: 'pr-sam',
      // @ts-expect-error: assessment.started carries an assessment id and a date, not a plan
      payload: { version: 1, on: '2025-09-22', plan: { objectives: [], actions: [] } },
    };
    // @ts-expect-error: no such event type
    const unknown: CaseEventInput = { ...started, type: 'assessment.deleted' };
    expectTypeOf([started, wrong, unknown]).items.toEqualTypeOf<CaseEventInput>();
  });

  it('come back from the parsers as the parsed event type', () => {
    expectTypeOf(parseCaseEvent).returns.toEqualTypeOf<CaseEvent>();
    expectTypeOf(safeParseCaseEvent).returns.toEqualTypeOf<Result<CaseEvent>>();
  });
});

describe('error types', () => {
  it('give a code from the documented list and issues with paths', () => {
    expectTypeOf<YjplanError['code']>().toEqualTypeOf<ErrorCode>();
    expectTypeOf<YjplanIssue['path']>().toEqualTypeOf<readonly (string | number)[]>();
    expectTypeOf<'disposal_age'>().toExtend<IssueCode>();
    // @ts-expect-error: not a documented error code
    const code: ErrorCode = 'oops';
    expectTypeOf(code).toEqualTypeOf<ErrorCode>();
  });

  it('narrow a result on ok', () => {
    const r = {} as Result<Disposal>;
    if (r.ok) expectTypeOf(r.value).toEqualTypeOf<Disposal>();
    else expectTypeOf(r.error).toEqualTypeOf<YjplanError>();
  });
});
