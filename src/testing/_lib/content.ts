/**
 * Invented wording for generated cases, one entry per assessment domain: what an assessed factor
 * says, the objective that addresses it (with the child's own words and a measure of success),
 * and the actions that deliver it, each with its usual owner. Every word is fictional.
 * @internal
 */
import type { FactorBearing, FactorDomain, Strength } from '../../model/assessment.js';
import type { Agency, Owner } from '../../model/owner.js';
import { type Weighted, weights } from './choices.js';

/** @internal Who usually does an action: an owner, or a parent/carer named once the case is known. */
export type OwnerHint =
  | Exclude<Owner, { kind: 'parent-carer' }>
  | { readonly kind: 'parent-carer' };

/** @internal The wording for one domain. */
export interface DomainContent {
  readonly factor: string;
  readonly bearsOn: readonly FactorBearing[];
  readonly objective: string;
  readonly childWords: string;
  readonly measure: string;
  readonly actions: readonly { readonly description: string; readonly owner: OwnerHint }[];
  readonly strength?: string;
}

const yos = { kind: 'yos', role: 'case-manager' } as const;
const child = { kind: 'child' } as const;
const parent = { kind: 'parent-carer' } as const;
const agency = (a: Agency, name: string): OwnerHint => ({
  kind: 'partner-agency',
  agency: a,
  name,
});

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

/** @internal The wording per domain, in the order generators prefer them. */
export const DOMAIN_CONTENT: Readonly<Record<FactorDomain, DomainContent>> = {
  'education-training-employment': {
    factor: 'Out of education since an exclusion; no timetable',
    bearsOn: ['desistance', 'safety-and-wellbeing'],
    objective: 'Return to a full education timetable',
    childWords: 'Get back into school or college',
    measure: 'Attends at least 80% of timetabled sessions for 6 weeks',
    actions: [
      {
        description: 'Agree an education placement and a start date',
        owner: agency('education', 'Local authority inclusion team'),
      },
      { description: 'Get up and out in time on school days', owner: child },
    ],
    strength: 'Enjoys practical subjects and wants a trade',
  },
  lifestyle: {
    factor: 'Unstructured evenings with an older peer group linked to offending',
    bearsOn: ['desistance', 'safety-and-wellbeing'],
    objective: 'Spend evenings in structured activities',
    childWords: 'Do something with my evenings',
    measure: 'Goes to a club or activity twice a week for 8 weeks',
    actions: [
      { description: 'Try two local activities and choose one', owner: child },
      {
        description: 'Introduce the child to a youth club mentor',
        owner: agency('voluntary-sector', 'Youth club mentoring'),
      },
    ],
    strength: 'Plays for a local sports team',
  },
  'attitudes-and-thinking': {
    factor: 'Acts on impulse when under pressure from others',
    bearsOn: ['desistance'],
    objective: 'Practise stopping to think before acting',
    childWords: 'Think before I do stuff',
    measure: 'Completes six consequential-thinking sessions',
    actions: [{ description: 'Consequential-thinking sessions with the case manager', owner: yos }],
  },
  'offending-behaviour': {
    factor: 'Does not yet see the harm the offence caused',
    bearsOn: ['desistance'],
    objective: 'Understand the harm caused and make amends',
    childWords: 'Put things right',
    measure: 'Completes victim awareness work and a piece of reparation',
    actions: [
      { description: 'Victim awareness sessions', owner: yos },
      { description: 'Complete a reparation project', owner: child },
    ],
  },
  'family-and-relationships': {
    factor: 'Frequent arguments at home',
    bearsOn: ['safety-and-wellbeing'],
    objective: 'Calmer relationships at home',
    childWords: 'Stop the rows at home',
    measure: 'Child and carer both report fewer arguments at review',
    actions: [
      {
        description: 'Family support sessions at home',
        owner: agency('social-care', 'Early help family support'),
      },
      { description: 'Agree house rules together', owner: parent },
    ],
    strength: 'A grandparent the child trusts and visits weekly',
  },
  'substance-use': {
    factor: 'Regular cannabis use, most days',
    bearsOn: ['desistance', 'safety-and-wellbeing'],
    objective: 'Cut down cannabis use',
    childWords: 'Smoke less',
    measure: 'Self-reported use down to weekends only for 4 weeks',
    actions: [
      {
        description: 'Sessions with the young people’s substance service',
        owner: agency('substance-misuse', 'Young people’s substance service'),
      },
    ],
  },
  'emotional-mental-health': {
    factor: 'Low mood and poor sleep',
    bearsOn: ['safety-and-wellbeing'],
    objective: 'Get support with mood and sleep',
    childWords: 'Feel less down',
    measure: 'Attends an assessment and agrees a support plan',
    actions: [
      {
        description: 'Referral to children’s mental health services',
        owner: agency('mental-health', 'Children’s mental health service'),
      },
    ],
  },
  'speech-language-communication-neurodisability': {
    factor: 'Struggles to follow spoken instructions',
    bearsOn: ['desistance', 'safety-and-wellbeing'],
    objective: 'Have communication needs understood by everyone working with the child',
    childWords: 'People explain things properly',
    measure: 'Speech and language screening done; advice shared with the team',
    actions: [
      {
        description: 'Speech and language screening',
        owner: agency('health', 'Speech and language therapy'),
      },
    ],
  },
  'living-arrangements': {
    factor: 'Moving between relatives; no settled address',
    bearsOn: ['desistance', 'safety-and-wellbeing'],
    objective: 'Secure a settled place to live',
    childWords: 'Somewhere I can stay',
    measure: 'Settled at one address for 8 weeks',
    actions: [
      {
        description: 'Housing and placement assessment',
        owner: agency('housing', 'Housing options team'),
      },
    ],
  },
  finances: {
    factor: 'No money of their own; pressure to earn quickly',
    bearsOn: ['desistance'],
    objective: 'Have a legitimate source of money',
    childWords: 'Earn my own money',
    measure: 'Opens a bank account and starts a work-related course',
    actions: [
      {
        description: 'Employability and money skills sessions',
        owner: agency('employment-and-training', 'Youth employment service'),
      },
    ],
  },
  'exploitation-and-victimisation': {
    factor: 'Concerns about criminal exploitation by older associates',
    bearsOn: ['safety-and-wellbeing', 'serious-harm'],
    objective: 'Stay safe from people who exploit the child',
    childWords: 'Stay away from people who use me',
    measure: 'No missing episodes for 8 weeks; safety plan in place',
    actions: [
      {
        description: 'Exploitation safety plan agreed with social care',
        owner: agency('social-care', 'Exploitation team'),
      },
      { description: 'Safety planning sessions', owner: yos },
    ],
  },
  'physical-health': {
    factor: 'Not registered with a doctor',
    bearsOn: ['safety-and-wellbeing'],
    objective: 'Register with a doctor and a dentist',
    childWords: 'Sort out my health',
    measure: 'Registered with a GP and attended a health check',
    actions: [{ description: 'Register with a GP practice', owner: parent }],
  },
  'motivation-and-maturity': {
    factor: 'Unsure what they want for the future',
    bearsOn: ['desistance'],
    objective: 'Set goals for the next year',
    childWords: 'Work out what I want to do',
    measure: 'Writes down three goals and a first step for each',
    actions: [{ description: 'Goal-setting sessions', owner: yos }],
    strength: 'Says they want to stay out of trouble',
  },
  parenting: {
    factor: 'Carer finds it hard to set boundaries',
    bearsOn: ['safety-and-wellbeing'],
    objective: 'Consistent boundaries at home',
    childWords: 'Know where I stand',
    measure: 'Carer completes a parenting programme',
    actions: [
      {
        description: 'Parenting programme',
        owner: agency('social-care', 'Parenting support team'),
      },
    ],
  },
  other: {
    factor: 'Other circumstances affecting the child',
    bearsOn: ['desistance'],
    objective: 'Address other circumstances',
    childWords: 'Sort things out',
    measure: 'Agreed steps completed',
    actions: [{ description: 'Agreed steps with the case manager', owner: yos }],
  },
};

/** @internal How likely each domain is to be assessed as a factor, for generated cases. */
export const DOMAIN_WEIGHTS: Weighted<FactorDomain> = weights({
  'education-training-employment': 60,
  lifestyle: 55,
  'attitudes-and-thinking': 45,
  'offending-behaviour': 45,
  'family-and-relationships': 40,
  'substance-use': 35,
  'emotional-mental-health': 30,
  'speech-language-communication-neurodisability': 25,
  'exploitation-and-victimisation': 15,
  'living-arrangements': 12,
  finances: 10,
  'motivation-and-maturity': 10,
  parenting: 8,
  'physical-health': 5,
});

/** @internal Strengths that do not come from a factor's domain. */
export const GENERAL_STRENGTHS: readonly Omit<Strength, 'id'>[] = [
  {
    kind: 'protective-factor',
    domain: 'family-and-relationships',
    description: 'A parent who wants to help',
  },
  { kind: 'strength', domain: 'lifestyle', description: 'Keen on music and making tracks' },
  {
    kind: 'strength',
    domain: 'education-training-employment',
    description: 'Good with their hands; likes building things',
  },
  {
    kind: 'strength',
    domain: 'motivation-and-maturity',
    description: 'Honest about what happened',
  },
];
