import type { DisposalCategory } from '../../law/disposals.js';
import type {
  AssessedFactor,
  Assessment,
  FactorDomain,
  InterventionLevel,
  Ratings,
  Strength,
} from '../../model/assessment.js';
import type { IsoDate } from '../../model/dates.js';
import type { ParentCarer } from '../../model/parentCarer.js';
import { type Choices, type Weighted, weights } from './choices.js';
import { DOMAIN_CONTENT, DOMAIN_KEY, DOMAIN_WEIGHTS, GENERAL_STRENGTHS } from './content.js';
import { drawRatings, shiftRatings } from './ratings.js';
import { suggestedInterventionLevel } from './scaledApproach.js';
import { involvable } from './setup.js';

/** @internal What an assessment is made from. */
export interface AssessmentPlan {
  readonly id: string;
  readonly kind: Assessment['kind'];
  readonly completedOn: IsoDate;
  readonly completedBy: string;
  readonly category: DisposalCategory;
  readonly people: readonly ParentCarer[];
  readonly choices: Choices;
  readonly ratings?: Partial<Ratings>;
  readonly interventionLevel?: InterventionLevel;
  /** When the parents'/carers' views were given (default: `completedOn`). */
  readonly viewsOn?: IsoDate;
  /** The assessment this one reassesses: its factors keep their ids. */
  readonly previous?: Assessment;
}

/** @internal `count` distinct values of a weighted table. */
function distinct<T>(choices: Choices, table: Weighted<T>, count: number): T[] {
  let left = table;
  const out: T[] = [];
  while (out.length < count && left.length > 0) {
    const value = choices.weighted(left);
    out.push(value);
    left = left.filter(([v]) => v !== value);
  }
  return out;
}

const STABILITY = weights({ stable: 60, acute: 40 });
const LOW_SIGNIFICANCE = weights({ low: 60, medium: 40 });
const SIGNIFICANCE = weights({ medium: 60, high: 25, low: 15 });
/** How many factors are assessed, by likelihood of reoffending (fewest, most). */
const FACTOR_COUNT = { low: [2, 3], medium: [3, 4], high: [4, 6] } as const;

/** A factor in `domain` as the kit's content words it (bearing on serious harm with `harm`). */
function factorIn(
  domain: FactorDomain,
  stability: AssessedFactor['stability'],
  significance: AssessedFactor['significance'],
  harm = false,
): AssessedFactor {
  const { factor, bearsOn } = DOMAIN_CONTENT[domain];
  return {
    id: `f-${DOMAIN_KEY[domain]}`,
    domain,
    description: factor,
    bearsOn: harm ? [...bearsOn, 'serious-harm'] : [...bearsOn],
    stability,
    significance,
  };
}

function factorsFor(p: AssessmentPlan, ratings: Ratings): AssessedFactor[] {
  const lor = ratings.likelihoodOfReoffending;
  const [fewest, most] = FACTOR_COUNT[lor];
  const domains = distinct(p.choices, DOMAIN_WEIGHTS, p.choices.int(fewest, most));
  const harm = ratings.riskOfSeriousHarm !== 'low';
  if (harm && !domains.includes('offending-behaviour')) domains.push('offending-behaviour');
  return domains.map((domain, i) =>
    factorIn(
      domain,
      i === 0 ? 'acute' : p.choices.weighted(STABILITY),
      i === 0
        ? lor === 'low'
          ? 'medium'
          : 'high'
        : p.choices.weighted(lor === 'low' ? LOW_SIGNIFICANCE : SIGNIFICANCE),
      harm && domain === 'offending-behaviour',
    ),
  );
}

/** @internal The previous factors (same ids), sometimes with one newly identified. */
function reassessedFactors(p: AssessmentPlan, previous: Assessment): AssessedFactor[] {
  const factors = previous.factors.map((f) => ({ ...f, bearsOn: [...f.bearsOn] }));
  const known = new Set(factors.map((f) => f.domain));
  const fresh = DOMAIN_WEIGHTS.filter(([d]) => !known.has(d));
  if (fresh.length === 0 || !p.choices.chance(0.3)) return factors;
  return [...factors, factorIn(p.choices.weighted(fresh), 'acute', 'medium')];
}

function strengthsFor(p: AssessmentPlan, factors: readonly AssessedFactor[]): Strength[] {
  const fromDomains = factors.flatMap(({ domain }): Strength[] => {
    const description = DOMAIN_CONTENT[domain].strength;
    return description
      ? [{ id: `s-${DOMAIN_KEY[domain]}`, kind: 'strength', domain, description }]
      : [];
  });
  const general = p.choices
    .some(GENERAL_STRENGTHS, p.choices.int(1, 2))
    .map((s, i) => ({ id: `s-general-${i + 1}`, ...s }));
  return [...general, ...p.choices.some(fromDomains, p.choices.int(1, 2))];
}

/** @internal A complete, valid assessment: factors, strengths, ratings and level that agree. */
export function makeAssessment(p: AssessmentPlan): Assessment {
  const drawn = p.previous
    ? shiftRatings(p.previous.ratings, p.choices)
    : drawRatings(p.category, p.choices);
  const ratings: Ratings = { ...drawn, ...p.ratings };
  const factors = p.previous ? reassessedFactors(p, p.previous) : factorsFor(p, ratings);
  const suggested = suggestedInterventionLevel(ratings);
  const level = p.interventionLevel ?? suggested;
  const parents = involvable(p.people).filter(() => p.choices.chance(0.75));
  return {
    id: p.id,
    kind: p.kind,
    completedOn: p.completedOn,
    completedBy: p.completedBy,
    factors,
    strengths: p.previous ? p.previous.strengths : strengthsFor(p, factors),
    ratings,
    interventionLevel: level,
    interventionLevelRationale:
      level === suggested
        ? `The usual level for these ratings (${ratings.likelihoodOfReoffending} likelihood of reoffending, ${ratings.riskOfSeriousHarm} risk of serious harm)`
        : 'Practitioner’s judgement, agreed with the manager: the ratings understate the support needed',
    ...(p.choices.chance(0.9) && {
      childViews: {
        inOwnWords: 'I want to get this done and get on with things',
        givenOn: p.completedOn,
      },
    }),
    parentCarerViews: parents.map((person) => ({
      personId: person.id,
      views: {
        inOwnWords: 'I want them to stay out of trouble and get back on track',
        givenOn: p.viewsOn ?? p.completedOn,
      },
    })),
  };
}
