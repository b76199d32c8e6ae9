/**
 * Privacy at the boundary: however a host's input goes wrong, no error message, issue message
 * or serialised error repeats the personal data in it (names, free text, dates it was given).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CaseEventInput,
  type CaseState,
  checkCase,
  explain,
  isYjplanError,
  type Result,
  replay,
  safeApplyEvent,
  safeDeserializeCase,
  safeOpenCase,
  safeReplay,
  YjplanError,
} from '../../src/index.js';
import {
  IdSchema,
  safeParseCaseEvent,
  safeParseCaseFile,
  safeParsePolicy,
} from '../../src/schemas.js';
import { workedExampleEvents } from '../../src/testing/index.js';

const EXAMPLE = workedExampleEvents();
type AnyEvent = { type: string; payload: Record<string, unknown> } & Record<string, unknown>;
// biome-ignore lint/suspicious/noExplicitAny: the placements edit the example's JSON by hand
type Editable = Record<string, any>;

/** A fresh copy of the worked example's first event of `type`. */
const example = (type: CaseEventInput['type']): AnyEvent =>
  structuredClone(EXAMPLE.find((e) => e.type === type)) as unknown as AnyEvent;

/** The state just before the worked example's first event of `type`. */
const stateBefore = (type: CaseEventInput['type']): CaseState =>
  replay(
    EXAMPLE.slice(
      0,
      EXAMPLE.findIndex((e) => e.type === type),
    ),
  );

/** Personal data as hosts hold it: names, and free text in any script. */
const personal = fc
  .oneof(
    fc.stringMatching(/^[A-Z][a-z]{2,10} [A-Z][a-z]{2,12}$/),
    fc.string({ minLength: 8, maxLength: 60 }),
    fc.string({ unit: 'grapheme', minLength: 8, maxLength: 30 }),
  )
  // Ids are opaque by contract, never personal data: a string that is a valid id is not one.
  .filter((s) => s.trim().length >= 8 && !IdSchema.safeParse(s).success);

/** A string longer than `limit` code points once trimmed (zod counts code points), made of repeats of `s`. */
const longerThan = (limit: number, s: string) =>
  `x${s.repeat(Math.ceil(limit / [...s].length) + 1)}x`;

/** Runs `edit` on the `case.opened` event's payload. */
function opened(edit: (p: Editable, s: string) => void) {
  return (s: string) => {
    const e = example('case.opened');
    edit(e.payload, s);
    return e;
  };
}

/**
 * Ways the personal string ends up in invalid input: in a valid personal field while another
 * field is wrong, or itself in the wrong place (a date, an id, an enum, a number, an event type).
 */
const CASE_OPENED_PLACEMENTS: Record<string, (s: string) => AnyEvent> = {
  'preferred name, order too long': opened((p, s) => {
    p.child.preferredName = s;
    p.disposal.lengthMonths = 14;
  }),
  'need described, impossible date of birth': opened((p, s) => {
    p.child.needs[0].description = s;
    p.child.dateOfBirth = '2010-02-30';
  }),
  'restriction reason, unknown key': opened((p, s) => {
    p.people[1].restrictions[0].reason = s;
    p.people[1].nickname = 'x';
  }),
  'name as date of birth': opened((p, s) => {
    p.child.dateOfBirth = s;
  }),
  'name as child id': opened((p, s) => {
    p.child.id = s;
  }),
  'name as disposal type': opened((p, s) => {
    p.disposal.type = s;
  }),
  'name as relationship kind': opened((p, s) => {
    p.people[0].role = s;
  }),
  'name as order length': opened((p, s) => {
    p.disposal.lengthMonths = s;
  }),
  'name as the child': opened((p, s) => {
    p.child = s;
  }),
  'name in a list of needs': opened((p, s) => {
    p.child.needs = [s];
  }),
  'name under a misspelt key': opened((p, s) => {
    p.child.preferedName = s;
  }),
  'preferred name too long': opened((p, s) => {
    p.child.preferredName = longerThan(100, s);
  }),
  'name as event type': (s) => ({ ...example('case.opened'), type: s }),
  'name as timestamp': (s) => ({ ...example('case.opened'), at: s }),
};

/** Later events: personal free text in the plan, the agreement and a warning. */
const LATER_PLACEMENTS: Record<string, [CaseEventInput['type'], (p: Editable, s: string) => void]> =
  {
    'objective wording, no focus': [
      'plan.drafted',
      (p, s) => {
        p.plan.objectives[0].wording = s;
        p.plan.objectives[0].childWords = s;
        p.plan.objectives[0].focus = [];
      },
    ],
    'name as a focus': ['plan.drafted', (p, s) => (p.plan.objectives[1].focus = [s])],
    'action described, owner missing': [
      'plan.drafted',
      (p, s) => {
        p.plan.actions[0].description = s;
        delete p.plan.actions[0].owner;
      },
    ],
    'free text too long': ['plan.drafted', (p, s) => (p.plan.childViews = longerThan(4000, s))],
    'misgivings, could not be discussed without reason': [
      'plan.agreementRecorded',
      (p, s) => {
        p.misgivings = s;
        p.status = 'could-not-be-discussed';
      },
    ],
    'name as agreement status': ['plan.agreementRecorded', (p, s) => (p.status = s)],
    'child views, impossible date': [
      'assessment.submitted',
      (p, s) => {
        p.assessment.childViews = { inOwnWords: s, givenOn: '2025-09-31' };
      },
    ],
    'child’s account, warning date impossible': [
      'compliance.warningIssued',
      (p, s) => {
        p.warning.childAccount = s;
        p.warning.on = s;
      },
    ],
  };

/** Whether the error repeats `s` anywhere a host could log it. */
function leaks(error: YjplanError, s: string): string[] {
  const escaped = JSON.stringify(s).slice(1, -1);
  const json = JSON.stringify(error);
  const places = [
    ['message', error.message],
    ...error.issues.map((i, n) => [`issues[${n}].message`, i.message]),
    ['JSON.stringify', json],
  ] as const;
  return places
    .filter(
      ([where, text]) => text.includes(s) || (where === 'JSON.stringify' && text.includes(escaped)),
    )
    .map(([where]) => where);
}

/** Every failed result's error leaks nothing; a success fails the test (the input was invalid). */
function expectNoLeak(results: Result<unknown>[], s: string): void {
  for (const r of results) {
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(isYjplanError(r.error)).toBe(true);
      expect(leaks(r.error, s)).toEqual([]);
    }
  }
}

describe('errors for a case.opened event carrying personal data', () => {
  const state = replay(EXAMPLE.slice(0, 1));

  it('never repeat it, through any entry point', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(CASE_OPENED_PLACEMENTS)),
        personal,
        (placement, s) => {
          const event = CASE_OPENED_PLACEMENTS[placement]?.(s);
          expectNoLeak(
            [
              safeParseCaseEvent(event),
              safeOpenCase(event),
              safeApplyEvent(state, event),
              safeParseCaseFile({ schemaVersion: 1, events: [event] }),
              safeReplay([event]),
              safeDeserializeCase(JSON.stringify({ schemaVersion: 1, events: [event] })),
            ],
            s,
          );
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('errors for a later event carrying personal data', () => {
  const states = new Map(
    Object.values(LATER_PLACEMENTS).map(([type]) => [type, stateBefore(type)] as const),
  );

  it('never repeat it, when parsed or applied to the case', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(LATER_PLACEMENTS)), personal, (placement, s) => {
        const [type, edit] = LATER_PLACEMENTS[placement] ?? ['case.opened', () => undefined];
        const event = example(type);
        edit(event.payload as Editable, s);
        const state = states.get(type) as CaseState;
        expectNoLeak([safeParseCaseEvent(event), safeApplyEvent(state, event)], s);
      }),
      { numRuns: 300 },
    );
  });
});

describe('errors from the other entry points given personal data', () => {
  const closed = replay(EXAMPLE);

  const thrown = (f: () => unknown): Result<unknown> => {
    try {
      return { ok: true, value: f() };
    } catch (e) {
      return { ok: false, error: e as YjplanError };
    }
  };

  it('never repeat it: policy, check date, rule id, case file text', () => {
    fc.assert(
      fc.property(personal, (s) => {
        expectNoLeak(
          [
            safeParsePolicy({ reviews: { intervalMonths: s } }),
            safeParsePolicy({
              byDisposalType: { 'referral-order': { reviews: { intervalMonths: s } } },
            }),
            thrown(() => checkCase(closed, { asOf: s })),
            thrown(() => explain(s)),
            safeDeserializeCase(s),
            safeDeserializeCase(JSON.stringify({ schemaVersion: 1, events: s })),
          ],
          s,
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('the leak detector', () => {
  it('catches a message that repeats the value, raw or JSON-escaped', () => {
    const error = new YjplanError('invalid_input', 'Bad name Kai "The Kid" Smith');
    expect(leaks(error, 'Kai "The Kid" Smith')).toEqual(['message', 'JSON.stringify']);
  });
});

describe('an unknown key named with personal data', () => {
  it('is reported in the issue path, which locates it, and never in a message', () => {
    fc.assert(
      fc.property(personal, (s) => {
        const event = example('case.opened');
        Object.defineProperty(event.payload.child, s, { value: 'x', enumerable: true });
        const r = safeOpenCase(event);
        expect(r.ok ? [] : r.error.issues.map((i) => i.path)).toEqual([['payload', 'child', s]]);
        if (!r.ok) {
          expect(r.error.message).not.toContain(s);
          for (const issue of r.error.issues) expect(issue.message).not.toContain(s);
        }
      }),
      { numRuns: 100 },
    );
  });
});
