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
import { DOMAIN_CONTENT, DOMAIN_WEIGHTS, GENERAL_STRENGTHS } from './content.js';
import { drawRatings, shiftRatings } from './ratings.js';
import { suggestedInterventionLevel } from './scaledApproach.js';
import { involvable } from './setup.js';

/** @internal Short, readable ids per domain: `f-ete`, `o-ete`, `s-ete`. */
export const DOMAIN_KEY: Readonly<Record<FactorDomain, string>> = {
  'living-arrangements': 'living',
  'family-and-relationships': 'family',
  'education-training-employment': 'ete',
  'substance-use': 'substances',
  'physical-health': 'health',
  'emotional-mental-health': 'mood',
  'speech-language-communication-neurodisability': 'slcn',
  lifestyle: 'lifestyle',
  finances: 'money',
  'exploitation-and-victimisation': 'exploitation',
  'offending-behaviour': 'offending',
  'attitudes-and-thinking': 'thinking',
  'motivation-and-maturity': 'goals',
  parenting: 'parenting',
  other: 'other',
};

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
  const left = [...table];
  const out: T[] = [];
  while (out.length < count && left.length > 0) {
    const value = choices.weighted(left);
    out.push(value);
    left.splice(
      left.findIndex(([v]) => v === value),
      1,
    );
  }
  return out;
}

const STABILITY = weights({ stable: 60, acute: 40 });
const LOW_SIGNIFICANCE = weights({ low: 60, medium: 40 });
const SIGNIFICANCE = weights({ medium: 60, high: 25, low: 15 });

function factorsFor(p: AssessmentPlan, ratings: Ratings): AssessedFactor[] {
  const lor = ratings.likelihoodOfReoffending;
  const count =
    lor === 'low'
      ? p.choices.int(2, 3)
      : lor === 'medium'
        ? p.choices.int(3, 4)
        : p.choices.int(4, 6);
  const domains = distinct(p.choices, DOMAIN_WEIGHTS, count);
  const harm = ratings.riskOfSeriousHarm !== 'low';
  if (harm && !domains.includes('offending-behaviour')) domains.push('offending-behaviour');
  return domains.map((domain, i) => {
    const content = DOMAIN_CONTENT[domain];
    const bearsOn =
      harm && domain === 'offending-behaviour'
        ? [...content.bearsOn, 'serious-harm' as const]
        : [...content.bearsOn];
    return {
      id: `f-${DOMAIN_KEY[domain]}`,
      domain,
      description: content.factor,
      bearsOn,
      stability: i === 0 ? 'acute' : p.choices.weighted(STABILITY),
      significance:
        i === 0
          ? lor === 'low'
            ? 'medium'
            : 'high'
          : p.choices.weighted(lor === 'low' ? LOW_SIGNIFICANCE : SIGNIFICANCE),
    };
  });
}

/** @internal The previous factors (same ids), sometimes with one newly identified. */
function reassessedFactors(p: AssessmentPlan, previous: Assessment): AssessedFactor[] {
  const factors = previous.factors.map((f) => ({ ...f, bearsOn: [...f.bearsOn] }));
  const known = new Set(factors.map((f) => f.domain));
  const fresh = DOMAIN_WEIGHTS.filter(([d]) => !known.has(d));
  if (fresh.length === 0 || !p.choices.chance(0.3)) return factors;
  const domain = p.choices.weighted(fresh);
  const content = DOMAIN_CONTENT[domain];
  return [
    ...factors,
    {
      id: `f-${DOMAIN_KEY[domain]}`,
      domain,
      description: content.factor,
      bearsOn: [...content.bearsOn],
      stability: 'acute',
      significance: 'medium',
    },
  ];
}

function strengthsFor(p: AssessmentPlan, factors: readonly AssessedFactor[]): Strength[] {
  const fromDomains = factors.flatMap((f) => {
    const text = DOMAIN_CONTENT[f.domain].strength;
    return text
      ? [
          {
            id: `s-${DOMAIN_KEY[f.domain]}`,
            kind: 'strength' as const,
            domain: f.domain,
            description: text,
          },
        ]
      : [];
  });
  const general = p.choices.some(GENERAL_STRENGTHS, p.choices.int(1, 2)).map((s, i) => ({
    id: `s-general-${i + 1}`,
    kind: s.kind,
    domain: s.domain,
    description: s.text,
  }));
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
