import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/checks/checkCase.js';
import type { CaseState } from '../../../src/lifecycle/state.js';
import { type AbsenceResponse, AbsenceResponseSchema } from '../../../src/model/delivery.js';
import { DeliveryPolicySchema } from '../../../src/policy/deliveryPolicy.js';
import { aCase } from '../../../src/testing/index.js';
import {
  add,
  missedOn14October,
  referralOrderInDelivery,
  warning,
} from '../../delivery/fixtures.js';

const RULE = 'compliance.absences-not-addressed';
type State = CaseState;
const run = (state: State, asOf: string, policy?: object) =>
  checkCase(state, { asOf, rules: [RULE], ...(policy && { policy }) });
/** Every unacceptable absence needs a response (the 0.1.0 default). */
const EACH = { delivery: { absenceThreshold: 1 } };

/** The child of `referralOrderInDelivery` on a 12-month youth rehabilitation order with supervision. */
const onYro = aCase({ start: '2025-09-01' }).yro().active();
const absent = { attendance: 'unacceptable-absence' } as const;

/** An unacceptable absence on Tuesday 14 October 2025: a response is due by Tuesday 21st. */
const missed = missedOn14October;

/** And a second unacceptable absence, on Tuesday 21 October. */
const missedTwice = (): State =>
  referralOrderInDelivery
    .withContacts(2, { ...absent, ids: ['c-03', 'c-04'], dates: ['2025-10-14', '2025-10-21'] })
    .state();

/** The case with informal responses recorded, each with its own `compliance.absenceAddressed`. */
const withResponses = (state: CaseState, responses: AbsenceResponse[]): CaseState =>
  responses.reduce(
    (s, response) => add(s, 'compliance.absenceAddressed', response.on, { response }),
    state,
  );

/** The worker's home visit the week after the absence, agreeing text reminders (review, section 5 C). */
const homeVisit = (contactIds: string[], extra: Partial<AbsenceResponse> = {}) =>
  AbsenceResponseSchema.parse({
    id: 'ar-1',
    contactIds,
    kind: 'home-visit',
    on: '2025-10-16',
    notes: 'Agreed text reminders the day before sessions',
    ...extra,
  });

describe('compliance.absences-not-addressed', () => {
  it('defaults to two unanswered absences: one missed session is taken up at the next contact', () => {
    expect(DeliveryPolicySchema.parse({}).absenceThreshold).toBe(2);
    expect(run(missed(), '2025-12-01')).toEqual([]);
  });

  it('reports two unanswered absences 5 working days after the second, offering informal responses first', () => {
    expect(run(missedTwice(), '2025-10-28')).toEqual([]);
    expect(run(missedTwice(), '2025-10-29')).toEqual([
      {
        rule: RULE,
        severity: 'warning',
        message:
          '2 unacceptable absences have no recorded response (an informal response such as a conversation, home visit or rearranged appointment, or a warning or breach action naming them)',
        path: ['contacts', 'c-04'],
        evidence: { contactIds: ['c-03', 'c-04'], threshold: 2, respondBy: '2025-10-28' },
      },
    ]);
  });

  it('counts a recorded home visit as the response: the review’s example is no longer a finding', () => {
    // 0.1.0: "1 unacceptable absence has no recorded response (a warning or breach action
    // naming it)" for a missed session answered by a home visit and text reminders.
    expect(run(missed(), '2025-10-22', EACH)).toHaveLength(1);
    expect(run(withResponses(missed(), [homeVisit(['c-03'])]), '2025-10-22', EACH)).toEqual([]);
  });

  it('still reports the absences an informal response does not name', () => {
    const state = withResponses(missedTwice(), [homeVisit(['c-03'])]);
    expect(run(state, '2025-10-29', EACH)).toMatchObject([{ path: ['contacts', 'c-04'] }]);
  });

  it('passes once a warning names the absence', () => {
    const state = add(
      missed(),
      'compliance.warningIssued',
      '2025-10-15',
      warning('w-1', '2025-10-15', ['c-03']),
    );
    expect(run(state, '2025-12-01', EACH)).toEqual([]);
  });

  it('never counts an acceptable absence', () => {
    const state = referralOrderInDelivery
      .withContacts(1, { attendance: 'acceptable-absence', ids: ['c-03'], dates: ['2025-10-14'] })
      .state();
    expect(run(state, '2025-12-01', EACH)).toEqual([]);
  });

  it('reports each unanswered absence separately when the policy asks for a response to each', () => {
    expect(run(missedTwice(), '2025-11-03', EACH).map((f) => f.path.join('/'))).toEqual([
      'contacts/c-03',
      'contacts/c-04',
    ]);
  });

  it('reads a case without any record of informal responses as having none', () => {
    expect(missed().record.absenceResponses).toEqual([]);
    expect(run(missed(), '2025-10-22', EACH)).toHaveLength(1);
  });

  describe('under a youth rehabilitation order (Sentencing Act 2020 Sch. 7 para. 4)', () => {
    it('reports each unacceptable absence without a warning or breach action, whatever the threshold', () => {
      const [finding] = run(missed(onYro), '2025-10-22', { delivery: { absenceThreshold: 3 } });
      expect(finding).toMatchObject({
        path: ['contacts', 'c-03'],
        evidence: { contactIds: ['c-03'], threshold: 1, warningDuty: true },
      });
      expect(finding?.message).toContain('unless the child had a reasonable excuse');
    });

    it('does not take an informal response alone as discharging the duty to warn', () => {
      const [finding] = run(withResponses(missed(onYro), [homeVisit(['c-03'])]), '2025-10-22');
      expect(finding?.message).toContain('has an informal response but no warning');
    });

    it('takes a response recording that the child had a reasonable excuse as the answer', () => {
      const excused = homeVisit(['c-03'], { reasonableExcuse: true });
      expect(run(withResponses(missed(onYro), [excused]), '2025-10-22')).toEqual([]);
    });

    it('takes a warning naming the absence as the answer', () => {
      const state = add(
        missed(onYro),
        'compliance.warningIssued',
        '2025-10-15',
        warning('w-1', '2025-10-15', ['c-03']),
      );
      expect(run(state, '2025-12-01')).toEqual([]);
    });
  });
});

describe('an informal response to an absence (AbsenceResponseSchema)', () => {
  it('names at least one absence, and says what was done when it is "other"', () => {
    expect(homeVisit(['c-03']).kind).toBe('home-visit');
    expect(
      AbsenceResponseSchema.safeParse({
        id: 'ar',
        contactIds: [],
        kind: 'conversation',
        on: '2025-10-16',
      }).success,
    ).toBe(false);
    expect(
      AbsenceResponseSchema.safeParse({
        id: 'ar',
        contactIds: ['c-1'],
        kind: 'other',
        on: '2025-10-16',
      }).success,
    ).toBe(false);
  });
});
