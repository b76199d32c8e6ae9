import fc from 'fast-check';
import { PCSC_ACT_2022_COMMENCEMENT } from '../../law/commencement.js';
import type { YroRequirement } from '../../model/disposal/index.js';
import { textArb, withOptional } from './primitives.js';

/**
 * What the requirements must respect: the child's age at conviction and the conviction date.
 *
 * @example
 * const ctx: RequirementContext = { age: 15, convictionDate: '2021-05-01' };
 */
export interface RequirementContext {
  /** Age at conviction; when absent, only the limits that do not depend on age are kept. */
  readonly age?: number;
  readonly convictionDate: string;
}

type Draft = Omit<YroRequirement, 'id'>;

const months = (max: number) => fc.integer({ min: 1, max });
const described = <T extends object>(shape: { [K in keyof T]: fc.Arbitrary<T[K]> }) =>
  withOptional<T, { description: string }>(shape, {
    description: textArb('As directed by the responsible officer', 'Weekly sessions'),
  });

/** The attendance centre hours allowed at an age (Sentencing Act 2020 Sch. 6 para. 14). */
function attendanceHours(age: number | undefined) {
  if (age === undefined) return fc.integer({ min: 1, max: 36 });
  if (age >= 16) return fc.integer({ min: 12, max: 36 });
  if (age >= 14) return fc.integer({ min: 12, max: 24 });
  return fc.integer({ min: 1, max: 12 });
}

/**
 * @internal Requirements that stand on their own (not drug testing or electronic monitoring,
 * which need another; not fostering, only in a YRO with fostering), within the law for the
 * context: unpaid work and residence at a place only at 16+, attendance centre hours by age, a
 * curfew of at most 16 hours a day before 28 June 2022 (with its week total), local authority
 * residence only well before 18, education only at 13 or under.
 */
export function standaloneRequirement(ctx: RequirementContext): fc.Arbitrary<Draft> {
  const older = ctx.age === undefined || ctx.age >= 16;
  const young = ctx.age === undefined || ctx.age <= 15;
  const maxCurfew = ctx.convictionDate < PCSC_ACT_2022_COMMENCEMENT ? 16 : 20;
  const options: fc.Arbitrary<Draft>[] = [
    described({ kind: fc.constant('supervision' as const) }),
    described({ kind: fc.constant('activity' as const), days: fc.integer({ min: 1, max: 90 }) }),
    described({
      kind: fc.constant('programme' as const),
      sessions: fc.integer({ min: 1, max: 40 }),
    }),
    described({ kind: fc.constant('attendance-centre' as const), hours: attendanceHours(ctx.age) }),
    described({
      kind: fc.constant('prohibited-activity' as const),
      days: fc.integer({ min: 1, max: 365 }),
    }),
    fc
      .record({
        hoursPerDay: fc.integer({ min: 2, max: maxCurfew }),
        days: fc.integer({ min: 1, max: 7 }),
        months: months(12),
      })
      .map(({ hoursPerDay, days, months: m }) => ({
        kind: 'curfew' as const,
        hoursPerDay,
        hoursPer7Days: Math.min(112, hoursPerDay * days),
        months: m,
      })),
    described({ kind: fc.constant('exclusion' as const), months: months(3) }),
    fc.constant({
      kind: 'residence' as const,
      arrangement: 'with-individual' as const,
      individualConsented: true,
    }),
    described({ kind: fc.constant('mental-health-treatment' as const), months: months(12) }),
    described({ kind: fc.constant('drug-treatment' as const), months: months(12) }),
    described({
      kind: fc.constant('intoxicating-substance-treatment' as const),
      months: months(12),
    }),
  ];
  // Education ends by the end of compulsory school age (or 18): a child of 13 or under at
  // conviction is far enough from it for any period here.
  if (ctx.age === undefined || ctx.age <= 13) {
    options.push(described({ kind: fc.constant('education' as const), months: months(12) }));
  }
  if (older) {
    options.push(
      described({
        kind: fc.constant('unpaid-work' as const),
        hours: fc.integer({ min: 40, max: 240 }),
      }),
    );
    options.push(
      fc.constant({ kind: 'residence' as const, arrangement: 'at-specified-place' as const }),
    );
  }
  if (young)
    options.push(
      described({ kind: fc.constant('local-authority-residence' as const), months: months(6) }),
    );
  return fc.oneof(...options);
}

/**
 * @internal The requirements of a YRO: `base` first, then up to three more of different kinds,
 * drug testing only with drug treatment, electronic monitoring only with another requirement;
 * ids `req-1`, `req-2`... in order.
 */
export function requirementList(
  ctx: RequirementContext,
  base: readonly Draft[] = [],
): fc.Arbitrary<YroRequirement[]> {
  const baseKinds = new Set(base.map((r) => r.kind));
  return fc
    .tuple(
      fc.uniqueArray(standaloneRequirement(ctx), {
        minLength: base.length === 0 ? 1 : 0,
        maxLength: 3,
        selector: (r) => r.kind,
      }),
      fc.boolean(),
      fc.boolean(),
    )
    .map(([extra, testing, monitoring]) => {
      const list: Draft[] = [...base, ...extra.filter((r) => !baseKinds.has(r.kind))];
      if (testing && list.some((r) => r.kind === 'drug-treatment'))
        list.push({ kind: 'drug-testing' });
      if (monitoring && !list.some((r) => r.kind === 'electronic-monitoring'))
        list.push({ kind: 'electronic-monitoring' });
      return list.map((r, i) => ({ id: `req-${i + 1}`, ...r }) as YroRequirement);
    });
}
